from django.urls import path

from dondoc.apps.exports import import_views

app_name = "imports"

urlpatterns = [
    path("so-lieu/", import_views.values_import, name="values"),
    path("chi-dao/", import_views.directives_import, name="directives"),
]
