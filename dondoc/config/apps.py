from django.apps import AppConfig


class ConfigChecks(AppConfig):
    """Registers dondoc's system checks (see checks.py)."""

    name = "dondoc.config"
    label = "dondoc_config"

    def ready(self) -> None:
        from dondoc.config import checks  # noqa: F401, PLC0415 - registers the checks
        from dondoc.config import worker  # noqa: F401, PLC0415 - tasks are sent through its broker
