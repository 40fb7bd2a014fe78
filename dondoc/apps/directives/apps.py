from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectivesConfig(AppConfig):
    name = "dondoc.apps.directives"
    verbose_name = _("Directives")

    def ready(self) -> None:
        from dondoc.apps.directives.signals import connect  # noqa: PLC0415 - app registry

        connect()
