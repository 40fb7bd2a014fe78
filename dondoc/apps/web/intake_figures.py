"""The figures of the intake review: each kept or dropped; a kept one becomes an estimate of an
indicator for a unit and a period, chosen by the reviewer, waiting for approval (#9)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext as _

from dondoc.apps.indicators.models import Indicator, Reference
from dondoc.apps.intake_review.drafts import FigureDraft
from dondoc.apps.number_labels import number_label
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.web.intake_directives import posted_rows
from dondoc.apps.web.requests import id_given
from dondoc.core.errors import PeriodParseError
from dondoc.core.periods import Period


@dataclass(frozen=True)
class FigureRow:
    """One figure on the review page; ``found`` is what the intake read."""

    index: int
    found: dict[str, Any]
    is_kept: bool
    indicator_id: int | None
    org_unit_id: int | None
    period: str

    @property
    def label(self) -> str:
        """The figure as read, its numbers in the page's language: "16/25 chỉ tiêu", "86,2 %"
        ("86.2 %" in English)."""
        amount = number_label(Decimal(str(self.found["value"])))
        total = self.found.get("total")
        if total is not None:
            amount = f"{amount}/{number_label(Decimal(str(total)))}"
        return f"{amount} {self.found.get('unit') or ''}".strip()


def figure_rows_found(result: dict[str, Any], *, org_unit: OrgUnit | None) -> list[FigureRow]:
    """The figures as read, none kept yet, for ``org_unit`` (the draft's) and the first period
    the text names."""
    periods = result.get("periods", [])
    return [
        FigureRow(
            index=index,
            found=item,
            is_kept=False,
            indicator_id=None,
            org_unit_id=org_unit.pk if org_unit else None,
            period=periods[0]["label"] if periods else "",
        )
        for index, item in enumerate(result.get("figures", []))
    ]


def figure_rows_posted(post: QueryDict, result: dict[str, Any]) -> list[FigureRow]:
    """The figures as the reviewer posted them."""
    found = result.get("figures", [])
    return [
        FigureRow(
            index=index,
            found=found[index],
            is_kept=is_kept,
            indicator_id=id_given(post.get(f"{prefix}indicator", "")),
            org_unit_id=id_given(post.get(f"{prefix}unit", "")),
            period=post.get(f"{prefix}period", "")[:40],
        )
        for index, prefix, is_kept in posted_rows(post, "figure", count=len(found))
    ]


def figure_drafts(rows: list[FigureRow], *, scope: UnitScope) -> list[FigureDraft]:
    """The kept figures as drafts: each needs an indicator, a unit of the area and a period."""
    kept = [row for row in rows if row.is_kept]
    indicators = Indicator.objects.filter(scope.q("org_unit")).in_bulk(
        [row.indicator_id for row in kept if row.indicator_id]
    )
    units = OrgUnit.objects.filter(scope.q()).in_bulk(
        [row.org_unit_id for row in kept if row.org_unit_id]
    )
    return [_draft(row, indicators, units) for row in kept]


def _draft(
    row: FigureRow, indicators: dict[int, Indicator], units: dict[int, OrgUnit]
) -> FigureDraft:
    params = {"figure": row.label}
    indicator = indicators.get(row.indicator_id or 0)
    org_unit = units.get(row.org_unit_id or 0)
    if indicator is None or org_unit is None:
        raise ValidationError(
            _("Choose the indicator and the unit of the figure %(figure)s within your area."),
            code="figure_indicator_required",
            params=params,
        )
    try:
        period = Period.parse(row.period)
    except PeriodParseError as error:
        raise ValidationError(
            _("Give the period of the figure %(figure)s as reports write it, e.g. quý IV/2017."),
            code="figure_period_required",
            params=params,
        ) from error
    reference = row.found.get("reference") or ""
    start, end = row.found["span"]
    total = row.found.get("total")
    return FigureDraft(
        indicator=indicator,
        org_unit=org_unit,
        period=period,
        value=Decimal(str(row.found["value"])),
        total=Decimal(str(total)) if total is not None else None,
        reference=Reference(reference) if reference in Reference.values else Reference.NONE,
        span=(int(start), int(end)),
    )


def indicator_choices(scope: UnitScope) -> list[tuple[int, str]]:
    """The indicators a figure may be a value of: those of the units of the area."""
    indicators = Indicator.objects.filter(scope.q("org_unit")).select_related("org_unit")
    return [
        (indicator.pk, f"{indicator} – {indicator.org_unit}")
        for indicator in indicators.order_by("org_unit__path", "code", "pk")
    ]
