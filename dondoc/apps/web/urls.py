from django.contrib.auth import views as auth_views
from django.urls import path

from dondoc.apps.web.views import (
    directives,
    documents,
    entry,
    evidence,
    figures,
    inbox,
    intake,
    pages,
    queues,
    users,
)
from dondoc.apps.web.views.auth import LoginView

app_name = "web"

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("dang-nhap/", LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("don-vi/", pages.units, name="units"),
    path("don-vi/<int:pk>/", pages.unit_detail, name="unit"),
    path("buoi-lam-viec/", pages.sessions, name="sessions"),
    path("buoi-lam-viec/them/", entry.session_new, name="session_new"),
    path("buoi-lam-viec/<int:pk>/", pages.session_detail, name="session"),
    path(
        "buoi-lam-viec/<int:pk>/thanh-phan/",
        entry.session_participant_add,
        name="session_participant_add",
    ),
    path(
        "buoi-lam-viec/<int:pk>/kien-nghi/",
        entry.session_recommendation_add,
        name="session_recommendation_add",
    ),
    path(
        "kien-nghi/<int:pk>/tra-loi/",
        entry.recommendation_answer_save,
        name="recommendation_answer",
    ),
    path(
        "buoi-lam-viec/<int:pk>/chi-dao/", entry.session_directive_add, name="session_directive_add"
    ),
    path("chi-tieu/", pages.indicators, name="indicators"),
    path("chi-tieu/<int:pk>/", pages.indicator_detail, name="indicator"),
    path("nhiem-vu/", pages.key_tasks, name="key_tasks"),
    path("nhiem-vu/them/", entry.key_task_new, name="key_task_new"),
    path("nhiem-vu/<int:pk>/", pages.key_task_detail, name="key_task"),
    path("van-ban/", pages.documents, name="documents"),
    path("van-ban/them/", documents.document_new, name="document_new"),
    path("van-ban/<int:pk>/", documents.document_detail, name="document"),
    path("can-bo/", pages.people, name="people"),
    path("tim-kiem/", pages.search, name="search"),
    path("chi-dao/", directives.directives, name="directives"),
    path("chi-dao/dong-loat/", directives.directives_bulk, name="directives_bulk"),
    path("chi-dao/<int:pk>/", directives.directive_detail, name="directive"),
    path("can-quyet-dinh/", queues.queues, name="queues"),
    path("thong-bao/", inbox.inbox, name="inbox"),
    path("nguoi-dung/", users.users, name="users"),
    path("nguoi-dung/<int:pk>/khoa/", users.user_deactivate_view, name="user_deactivate"),
    path("nguoi-dung/<int:pk>/mat-khau/", users.user_password_view, name="user_password"),
    path("thong-bao/da-doc/", inbox.inbox_read, name="inbox_read"),
    path("nhac-viec/", directives.reminders, name="reminders"),
    path("chi-dao/<int:pk>/cap-nhat/", directives.directive_update, name="directive_update"),
    path("chi-dao/<int:pk>/gia-han/", directives.directive_extension, name="directive_extension"),
    path("bang-chung/<int:pk>/", evidence.evidence_download, name="evidence"),
    path("so-lieu/", figures.figures, name="figures"),
    path("so-lieu/bang/", figures.figures_grid, name="figures_grid"),
    path("so-lieu/<int:pk>/duyet/", figures.figure_approve, name="figure_approve"),
    path("doc-van-ban/", intake.intake, name="intake"),
    path("doc-van-ban/<int:pk>/", intake.intake_review, name="intake_review"),
]
