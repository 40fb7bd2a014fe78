from django.urls import path, re_path

from dondoc.apps.exports import views

app_name = "exports"

urlpatterns = [
    re_path(r"^chi-dao\.(?P<file_format>xlsx|csv)$", views.directives_file, name="directives"),
    re_path(r"^nhiem-vu\.(?P<file_format>xlsx|csv)$", views.key_tasks_file, name="key_tasks"),
    re_path(r"^chi-tieu\.(?P<file_format>xlsx|csv)$", views.indicators_file, name="indicators"),
    re_path(r"^so-lieu\.(?P<file_format>xlsx|csv)$", views.figures_file, name="figures"),
    re_path(r"^nhac-viec\.(?P<file_format>xlsx|csv)$", views.reminders_file, name="reminders"),
    re_path(r"^bao-cao\.(?P<file_format>docx|pdf|xlsx)$", views.report_file, name="report"),
    path("buoi-lam-viec/<int:pk>/cap-so/", views.notice_issue, name="notice_issue"),
    path(
        "buoi-lam-viec/<int:pk>/thong-bao.docx",
        views.notice_file,
        {"file_format": "docx"},
        name="notice_docx",
    ),
    path(
        "buoi-lam-viec/<int:pk>/thong-bao.pdf",
        views.notice_file,
        {"file_format": "pdf"},
        name="notice_pdf",
    ),
]
