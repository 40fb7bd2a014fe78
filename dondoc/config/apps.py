from django.apps import AppConfig


class ConfigChecks(AppConfig):
    """Registers dondoc's system checks (see checks.py)."""

    name = "dondoc.config"
    label = "dondoc_config"

    def ready(self) -> None:
        # The checks register themselves; the worker's Celery app becomes the one tasks use.
        from dondoc.config import checks, worker  # noqa: F401, PLC0415
