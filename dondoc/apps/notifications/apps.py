from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "dondoc.apps.notifications"
    label = "notifications"
    verbose_name = "notifications"
    default_auto_field = "django.db.models.BigAutoField"
