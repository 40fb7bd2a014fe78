from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KeyTasksConfig(AppConfig):
    name = "dondoc.apps.key_tasks"
    verbose_name = _("Key tasks")
