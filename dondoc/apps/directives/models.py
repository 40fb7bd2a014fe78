from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Indicator
from dondoc.apps.key_tasks.models import KeyTask
from dondoc.apps.orgs.models import PATH_WIDTH, OrgUnit, Person
from dondoc.apps.provenance import Tracked
from dondoc.apps.work_sessions.models import Recommendation, WorkingSession
from dondoc.core import progress as core
from dondoc.core.errors import DeadlineError
from dondoc.core.text import fold
from dondoc.core.timeline import FOREVER, Fact, FactKind, StateSpan, Timeline


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


# What each rule of the timeline says to the person whose fact breaks it (#7).
TIMELINE_MESSAGES = {
    "fact_in_future": _("This day is in the future."),
    "fact_before_assignment": _("This day is before the directive was given."),
    "fact_out_of_order": _("This day is before the directive's last change of status."),
    "extension_not_fixed": _("Only a directive with a fixed deadline can be extended."),
    "extension_done": _("A directive reported done cannot be extended."),
    "extension_not_later": _("An extension must move the deadline later than the one in force."),
    "already_done": _("This directive is already reported done."),
    "not_done": _("Only a completion not yet decided can be accepted or returned."),
    "accepted": _("An accepted completion is reopened, not returned."),
}


def timeline_message(code: str) -> str:
    """What a broken rule of the timeline says to the person whose fact breaks it."""
    return str(TIMELINE_MESSAGES.get(code, _("This fact contradicts the directive's timeline.")))


class Directive(Tracked):
    """An instruction to carry out (kết luận, chỉ đạo, giao nhiệm vụ), followed up until done."""

    # Who sees it: its lead unit and each co-operating unit, and the units above them (#8).
    scope_units: ClassVar[tuple[str, ...]] = ("lead_unit", "co_units")

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
    search_key = models.TextField(editable=False, default="")
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
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"

    def save(self, *args: object, **kwargs: object) -> None:
        self.search_key = " ".join(fold(self.text).split())
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def deadline(self) -> core.Deadline:
        """The deadline as assigned (extensions are facts of the timeline)."""
        recurrence = core.Recurrence(self.recurrence) if self.recurrence else None
        return core.Deadline(core.DeadlineKind(self.deadline_kind), self.due_on, recurrence)

    @property
    def timeline(self) -> Timeline:
        """The assignment and every fact recorded since (extensions and updates)."""
        facts = [ext.as_fact() for ext in self.extensions.all()]
        facts += [update.as_fact() for update in self.updates.all()]
        return Timeline(self.assigned_on, self.deadline, tuple(facts))

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

    def as_fact(self) -> Fact:
        return Fact(FactKind.EXTENSION_GRANTED, self.granted_on, self.due_on, self.pk or 0)


class UpdateKind(models.TextChoices):
    PROGRESS = FactKind.PROGRESS.value, _("progress report")
    DONE = FactKind.DONE.value, _("reported done")
    ACCEPTED = FactKind.ACCEPTED.value, _("completion accepted")
    RETURNED = FactKind.RETURNED.value, _("returned for correction")
    EXTENSION_REQUESTED = FactKind.EXTENSION_REQUESTED.value, _("asked for an extension")
    REOPENED = FactKind.REOPENED.value, _("reopened")


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

    def as_fact(self) -> Fact:
        return Fact(FactKind(self.kind), self.reported_on, key=self.pk or 0)


class DirectiveState(models.Model):
    """One state of a directive's timeline: the days ``starts_on`` ≤ d < ``ends_on`` over which
    its deadline in force and its completion did not change. Written only by the services, from
    ``dondoc.core.timeline``, in the transaction that records each fact; read by the board."""

    directive = models.ForeignKey(Directive, on_delete=models.CASCADE, related_name="states")
    lead_unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    starts_on = models.DateField()
    ends_on = models.DateField(default=FOREVER)
    due_on = models.DateField(null=True)
    done_on = models.DateField(null=True)
    is_late = models.BooleanField(default=False)
    is_accepted = models.BooleanField(default=False)
    problem = models.CharField(max_length=40, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="directive_state_interval"
            ),
            models.UniqueConstraint(
                fields=["directive"],
                condition=Q(ends_on=FOREVER),
                name="directive_state_one_current",
            ),
        ]
        indexes = [
            models.Index(fields=["directive", "starts_on"], name="directive_state_by_directive"),
            models.Index(fields=["starts_on", "ends_on"], name="directive_state_days"),
            models.Index(
                fields=["due_on"],
                condition=Q(ends_on=FOREVER, done_on__isnull=True),
                name="directive_state_open_now",
            ),
            models.Index(
                fields=["lead_unit", "due_on"],
                condition=Q(ends_on=FOREVER),
                name="directive_state_unit_now",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.directive_id}: {self.starts_on} – {self.ends_on}"

    def as_core(self) -> StateSpan:
        return StateSpan(
            self.starts_on,
            self.ends_on,
            self.due_on,
            self.done_on,
            self.is_accepted,
            self.directive.due_on if self.directive.deadline_kind == DeadlineKind.DATE else None,
        )


# A top-level area is a unit right below a root (a province below the national office) with
# everything below it; a root's own directives are its own area. Its path is the first two
# segments of a unit's path ("/0000001/0000042/"), or the root's path ("/0000001/").
AREA_PATH_LENGTH = 2 * (PATH_WIDTH + 1) + 1


class BoardVersion(models.Model):
    """The number of writes to the states of the directives led within one top-level area
    (decision 0015): a cached count is keyed on the versions of the areas it can reach, so a
    write makes the counts of its own area stale, and leaves the other areas' warm (#7)."""

    area = models.CharField(max_length=AREA_PATH_LENGTH, unique=True)
    number = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.area}: {self.number}"

    @staticmethod
    def area_of(path: str) -> str:
        """The path of the top-level area that holds the unit with ``path``."""
        return path[:AREA_PATH_LENGTH]
