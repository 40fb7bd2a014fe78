from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "dondoc.apps.api"
    label = "api"
    verbose_name = "API"
