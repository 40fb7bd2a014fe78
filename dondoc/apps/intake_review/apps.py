from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeReviewConfig(AppConfig):
    name = "dondoc.apps.intake_review"
    verbose_name = _("Intake")
