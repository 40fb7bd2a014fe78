from datetime import date
from decimal import Decimal

from django.db.models import QuerySet

from dondoc.apps.documents.models import Document
from dondoc.apps.indicators.models import Basis, Indicator, IndicatorValue, Target
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.core import indicators as core
from dondoc.core.periods import Period


def indicator_value_as_reported(
    indicator: Indicator, *, org_unit: OrgUnit, on: date, is_approved: bool = False
) -> IndicatorValue | None:
    """The latest-period value known on day ``on``, most final vintage first (only approved
    values when ``is_approved``)."""
    known = [
        v
        for v in indicator.values.all()
        if v.org_unit_id == org_unit.pk and v.reported_on <= on and (v.is_locked or not is_approved)
    ]
    if not known:
        return None
    latest_end = max(value.period_end_on for value in known)
    return core.as_reported_on([value for value in known if value.period_end_on == latest_end], on)


def indicator_target_for(indicator: Indicator, *, period: Period) -> Target | None:
    """The primary target whose period holds ``period``; the narrowest one wins."""
    holding = [t for t in indicator.targets.all() if t.is_primary and t.period.contains(period)]
    return min(holding, key=lambda t: t.period.days, default=None)


def indicator_evaluate(
    indicator: Indicator, *, org_unit: OrgUnit, on: date
) -> core.Evaluation | None:
    """Judge the value known on ``on`` against its primary target.

    A cumulative value (budget revenue so far) is judged against the share of the target's period
    elapsed; a level (a rate, a count reached) is judged against the target itself.
    """
    # A figure still waiting for its reviewer counts in no tally (#8).
    value = indicator_value_as_reported(indicator, org_unit=org_unit, on=on, is_approved=True)
    if value is None:
        return None
    target = indicator_target_for(indicator, period=value.period)
    if target is None:
        return None
    is_cumulative = indicator.basis == Basis.CUMULATIVE
    elapsed = target.period.elapsed_share(value.period_end_on) if is_cumulative else None
    return core.evaluate(target.as_core(), value.value, elapsed=elapsed)


def indicator_value_change(indicator_value: IndicatorValue) -> Decimal | None:
    """Per-cent change against the same period a year earlier ("tăng 45% so với cùng kỳ")."""
    base_period = indicator_value.period.year_earlier()
    bases = IndicatorValue.objects.filter(
        indicator_id=indicator_value.indicator_id,
        org_unit_id=indicator_value.org_unit_id,
        period_code=base_period.code,
        reported_on__lte=indicator_value.reported_on,
    )
    base = core.as_reported_on(list(bases), indicator_value.reported_on)
    return core.change(indicator_value.value, base.value) if base is not None else None


def indicator_list_for_document(document: Document) -> QuerySet[Indicator]:
    return document.indicators.prefetch_related("targets", "values").select_related("org_unit")


def document_tally(document: Document, *, on: date) -> core.Tally:
    """ "16/25 chỉ tiêu đạt", counted from the values known on ``on``, never typed in."""
    return core.tally(
        indicator_evaluate(indicator, org_unit=indicator.org_unit, on=on)
        for indicator in indicator_list_for_document(document)
    )


def indicator_values_as_reported(
    indicator: Indicator, *, on: date
) -> dict[tuple[int, str], IndicatorValue]:
    """For each unit and period, the value one would have read on ``on``: the most final
    vintage (estimate → preliminary → official, by ``core``), never the order of their codes."""
    values = indicator.values.filter(reported_on__lte=on).select_related("org_unit")
    groups: dict[tuple[int, str], list[IndicatorValue]] = {}
    for value in values:
        groups.setdefault((value.org_unit_id, value.period_code), []).append(value)
    chosen = {key: core.as_reported_on(group, on) for key, group in groups.items()}
    return {key: value for key, value in chosen.items() if value is not None}


def indicator_values_pending(*, scope: UnitScope) -> QuerySet[IndicatorValue]:
    """The figures of the units in ``scope`` waiting for a reviewer, the latest reported first
    (the order of the reviewing office's queue)."""
    return (
        IndicatorValue.objects.filter(scope.q("org_unit"), is_locked=False)
        .select_related("indicator", "org_unit", "created_by")
        .order_by("-reported_on", "pk")
    )
