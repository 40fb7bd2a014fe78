from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkSessionsConfig(AppConfig):
    name = "dondoc.apps.work_sessions"
    verbose_name = _("Working sessions")
