from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import OrgUnit, Person
from dondoc.apps.provenance import Tracked
from dondoc.apps.work_sessions.models import Recommendation, WorkingSession
from dondoc.core import progress as core
from dondoc.core.errors import DeadlineError


class DeadlineKind(models.TextChoices):
    DATE = core.DeadlineKind.DATE.value, _("a fixed day")
    RECURRING = core.DeadlineKind.RECURRING.value, _("recurring")
    NONE = core.DeadlineKind.NONE.value, _("no deadline")


class Recurrence(models.TextChoices):
    MONTHLY = core.Recurrence.MONTHLY.value, _("every month")
    QUARTERLY = core.Recurrence.QUARTERLY.value, _("every quarter")
    YEARLY = core.Recurrence.YEARLY.value, _("every year")


# The four states' labels, for the admin and the pages alike.
STATUS_LABELS = {
    core.DirectiveStatus.DONE_ON_TIME: _("done on time"),
    core.DirectiveStatus.DONE_LATE: _("done late"),
    core.DirectiveStatus.OPEN_WITHIN_DEADLINE: _("open, within deadline"),
    core.DirectiveStatus.OPEN_OVERDUE: _("open, overdue"),
}


class Directive(Tracked):
    """An instruction to carry out (kết luận, chỉ đạo, giao nhiệm vụ), followed up until done."""

    text = models.TextField(_("directive"))
    assigned_on = models.DateField(_("assigned on"))
    work_session = models.ForeignKey(
        WorkingSession,
        verbose_name=_("working session"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directives",
    )
    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("answer to recommendation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directives",
    )
    document = models.ForeignKey(
        Document,
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directives",
    )
    speaker = models.ForeignKey(
        Person,
        verbose_name=_("given by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directives_given",
    )
    lead_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("lead unit"),
        on_delete=models.PROTECT,
        related_name="directives_led",
    )
    co_units = models.ManyToManyField(
        OrgUnit,
        verbose_name=_("co-operating units"),
        blank=True,
        related_name="directives_supported",
    )
    responsible_person = models.ForeignKey(
        Person,
        verbose_name=_("responsible person"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directives_owned",
    )
    deadline_kind = models.CharField(
        _("deadline kind"), max_length=16, choices=DeadlineKind.choices, default=DeadlineKind.DATE
    )
    due_on = models.DateField(_("deadline"), null=True, blank=True)
    recurrence = models.CharField(
        _("recurrence"), max_length=16, choices=Recurrence.choices, blank=True
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)
    key_tasks = models.ManyToManyField(
        KeyTask, verbose_name=_("key tasks"), blank=True, related_name="directives"
    )
    indicators = models.ManyToManyField(
        Indicator, verbose_name=_("indicators"), blank=True, related_name="directives"
    )

    class Meta:
        verbose_name = _("directive")
        verbose_name_plural = _("directives")
        ordering = ["-assigned_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_on__isnull=True)
                | Q(due_on__gte=F("assigned_on"))
                | ~Q(deadline_kind="date"),
                name="directive_deadline_after_assignment",
                violation_error_message=_("The deadline cannot be before the day of assignment."),
            ),
            models.CheckConstraint(
                condition=Q(deadline_kind="none", due_on__isnull=True)
                | (~Q(deadline_kind="none") & Q(due_on__isnull=False)),
                name="directive_deadline_kind",
                violation_error_message=_("A deadline needs a day unless it is 'no deadline'."),
            ),
            models.CheckConstraint(
                condition=Q(done_on__isnull=True) | Q(done_on__gte=F("assigned_on")),
                name="directive_done_after_assignment",
                violation_error_message=_("A directive cannot be done before it was given."),
            ),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"

    @property
    def deadline(self) -> core.Deadline:
        extensions = tuple(ext.as_core() for ext in self.extensions.all())
        recurrence = core.Recurrence(self.recurrence) if self.recurrence else None
        return core.Deadline(
            core.DeadlineKind(self.deadline_kind), self.due_on, recurrence, extensions
        )

    def progress_on(self, today: date) -> core.Progress:
        return core.progress_on(self.deadline, today=today, done_on=self.done_on)

    def clean(self) -> None:
        if self.lead_unit_id and self.assigned_on:
            self.lead_unit.require_valid_on(self.assigned_on, field="lead_unit")
        recurrence = core.Recurrence(self.recurrence) if self.recurrence else None
        try:
            deadline = core.Deadline(core.DeadlineKind(self.deadline_kind), self.due_on, recurrence)
            core.check_deadline(deadline, assigned_on=self.assigned_on)
        except DeadlineError as error:
            message = _(
                "The deadline does not fit its kind, or falls before the day of assignment."
            )
            raise ValidationError({"due_on": message}, code=error.code) from error


class Extension(Tracked):
    """A deadline extension (gia hạn): the new day and the reason; the original day is kept."""

    directive = models.ForeignKey(
        Directive, verbose_name=_("directive"), on_delete=models.CASCADE, related_name="extensions"
    )
    granted_on = models.DateField(_("granted on"))
    due_on = models.DateField(_("new deadline"))
    reason = models.CharField(_("reason"), max_length=500)

    class Meta:
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")
        ordering = ["directive", "granted_on", "due_on"]

    def __str__(self) -> str:
        return f"{self.directive} → {self.due_on}"

    def clean(self) -> None:
        if not self.directive_id or self.due_on is None or self.granted_on is None:
            return
        current = self.directive.deadline
        try:
            current.extend(self.as_core())
        except DeadlineError as error:
            message = _(
                "An extension must move the deadline later, on a directive with a fixed deadline."
            )
            raise ValidationError({"due_on": message}, code=error.code) from error

    def as_core(self) -> core.Extension:
        return core.Extension(self.granted_on, self.due_on, self.reason)


class UpdateKind(models.TextChoices):
    PROGRESS = "progress", _("progress report")
    DONE = "done", _("reported done")
    RETURNED = "returned", _("returned for correction")
    EXTENSION_REQUESTED = "extension_requested", _("asked for an extension")
    REOPENED = "reopened", _("reopened")


class DirectiveUpdate(Tracked):
    """One entry in a directive's status history, with a note and optional evidence."""

    directive = models.ForeignKey(
        Directive, verbose_name=_("directive"), on_delete=models.CASCADE, related_name="updates"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=UpdateKind.choices)
    reported_on = models.DateField(_("on"))
    note = models.TextField(_("note"))
    evidence = models.FileField(_("evidence"), upload_to="evidence/%Y/", blank=True)

    class Meta:
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        ordering = ["directive", "reported_on", "pk"]

    def __str__(self) -> str:
        return f"{self.reported_on} – {self.get_kind_display()}"
