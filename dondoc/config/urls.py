from django.contrib import admin
from django.urls import include, path

from dondoc.apps.web.views.auth import ThrottledAdminAuthenticationForm, admin_login

admin.site.site_header = "dondoc"
admin.site.site_title = "dondoc"
# One throttle for every sign-in form (#8): the admin's too.
admin.site.login_form = ThrottledAdminAuthenticationForm

urlpatterns = [
    path("admin/login/", admin_login),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("dondoc.apps.api.urls")),
    path("xuat/", include("dondoc.apps.exports.urls")),
    path("nhap/", include("dondoc.apps.exports.import_urls")),
    path("", include("dondoc.apps.web.urls")),
]
