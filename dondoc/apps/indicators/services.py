from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import (
    Basis,
    Indicator,
    IndicatorValue,
    Reference,
    Target,
    Vintage,
)
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.provenance import Origin, tracked_save
from dondoc.core import indicators as core
from dondoc.core.periods import Period


@transaction.atomic
def indicator_create(
    *,
    org_unit: OrgUnit,
    name: str,
    span: Period,
    targets: Sequence[core.Target | tuple[core.Target, Period]],
    document: Document | None = None,
    code: str = "",
    unit: str = "",
    basis: Basis = Basis.CUMULATIVE,
    origin: Origin = Origin.TYPED,
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
) -> Indicator:
    """Create an indicator with its targets, each for the whole span or for a period of it.

    The first target given for a period is that period's primary target, the one values are judged
    against; the others (set by other bodies) are shown beside it.
    """
    indicator = tracked_save(
        Indicator(
            org_unit=org_unit,
            name=name,
            span_code=span.code,
            document=document,
            code=code,
            unit=unit,
            basis=basis,
            origin=origin,
            is_illustrative=is_illustrative,
        ),
        user=user,
    )
    primaries: set[str] = set()
    for item in targets:
        target, period = item if isinstance(item, tuple) else (item, None)
        period_code = period.code if period else ""
        tracked_save(
            Target(
                indicator=indicator,
                period_code=period_code,
                value=target.value,
                direction=target.direction.value,
                due_on=target.due_on,
                issuer_name=target.issuer,
                label=target.label,
                is_primary=period_code not in primaries,
                origin=origin,
                is_illustrative=is_illustrative,
            ),
            user=user,
        )
        primaries.add(period_code)
    return indicator


@transaction.atomic
def indicator_value_record(
    indicator: Indicator,
    *,
    org_unit: OrgUnit,
    period: Period,
    value: Decimal,
    reported_on: date,
    total: Decimal | None = None,
    reference: Reference = Reference.NONE,
    vintage: Vintage = Vintage.OFFICIAL,
    source_document: Document | None = None,
    source_text: str = "",
    source_span: tuple[int, int] | None = None,
    origin: Origin = Origin.TYPED,
    origin_note: str = "",
    is_illustrative: bool = False,
    is_approved: bool = False,
    user: AbstractBaseUser | None = None,
) -> IndicatorValue:
    """Record a value. A revision is a new vintage; the same vintage twice is refused.

    A value a reporter enters waits for a reviewer's approval before it counts in any computed
    tally (#8); ``is_approved`` is for figures that are the record already (the published
    report a loader reads)."""
    start, end = source_span if source_span else (None, None)
    indicator_value = IndicatorValue(
        indicator=indicator,
        org_unit=org_unit,
        period_code=period.code,
        value=value,
        total=total,
        reference=reference,
        vintage=vintage,
        reported_on=reported_on,
        source_document=source_document,
        source_text=source_text,
        source_start=start,
        source_end=end,
        origin=origin,
        origin_note=origin_note,
        is_illustrative=is_illustrative,
        is_locked=is_approved,
    )
    return tracked_save(indicator_value, user=user)


@transaction.atomic
def indicator_value_approve(
    indicator_value: IndicatorValue, *, user: AbstractBaseUser | None = None
) -> IndicatorValue:
    """Lock an approved value; a later correction must be a new vintage."""
    # The row is locked while it is checked, so that two reviewers cannot both approve it (#8).
    indicator_value = IndicatorValue.objects.select_for_update().get(pk=indicator_value.pk)
    if indicator_value.is_locked:
        raise ValidationError(_("This value is already approved and locked."), code="value_locked")
    if user is not None and user.pk is not None and indicator_value.created_by_id == user.pk:
        raise ValidationError(
            _("A figure is approved by someone other than the person who entered it."),
            code="approver_is_entrant",
        )
    indicator_value.is_locked = True
    return tracked_save(indicator_value, user=user)


@transaction.atomic
def indicator_value_return(
    indicator_value: IndicatorValue, *, note: str, user: AbstractBaseUser | None = None
) -> None:
    """Return a figure to its reporter: it is taken off the record (kept, with every value it
    had, in the change history) so that the unit enters it again (#10)."""
    from dondoc.apps.audit.services import change_record_removal  # noqa: PLC0415 - app registry

    if indicator_value.is_locked:
        raise ValidationError(_("This value is already approved and locked."), code="value_locked")
    change_record_removal(indicator_value, user=user)
    indicator_value.delete()


@transaction.atomic
def indicator_values_record_many(
    entries: Sequence[tuple[Indicator, Decimal, Decimal | None]],
    *,
    org_unit: OrgUnit,
    period: Period,
    vintage: Vintage,
    reported_on: date,
    user: AbstractBaseUser | None = None,
) -> list[IndicatorValue]:
    """Record a unit's values for one period, all or none (#10: the data-entry grid). Every
    entry is checked; the errors are raised together, keyed by the indicator's id."""
    errors: dict[str, list[str]] = {}
    saved: list[IndicatorValue] = []
    for indicator, value, total in entries:
        try:
            with transaction.atomic():  # a savepoint: the next entries are still checked
                saved.append(
                    indicator_value_record(
                        indicator,
                        org_unit=org_unit,
                        period=period,
                        value=value,
                        total=total,
                        vintage=vintage,
                        reported_on=reported_on,
                        user=user,
                    )
                )
        except ValidationError as error:
            errors[str(indicator.pk)] = error.messages
    if errors:
        raise ValidationError(errors)
    return saved
