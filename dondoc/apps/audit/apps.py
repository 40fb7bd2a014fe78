from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "dondoc.apps.audit"
    verbose_name = _("History")

    def ready(self) -> None:
        from dondoc.apps.audit.signals import connect  # noqa: PLC0415 - app registry

        connect()
