from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "dondoc"
admin.site.site_title = "dondoc"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("dondoc.apps.web.urls")),
]
