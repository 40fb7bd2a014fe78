"""The directives of the intake review: each row as the intake read it or as the reviewer posted
it, the units a row may choose (the reviewer's area as of the document's date), and the drafts
the confirmation stores (#9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext as _

from dondoc.apps.intake_review.drafts import DirectiveDraft
from dondoc.apps.intake_review.selectors import directives_found
from dondoc.apps.orgs.access import UnitScope
from dondoc.apps.orgs.models import OrgUnit
from dondoc.apps.orgs.selectors import org_unit_match
from dondoc.apps.web.entry_forms import UnitTreeField, unit_tree
from dondoc.apps.web.requests import id_given
from dondoc.core.progress import deadline_day


@dataclass(frozen=True)
class DirectiveRow:
    """One directive on the review page; ``found`` is what the intake read for it."""

    index: int
    found: dict[str, Any]
    is_kept: bool
    text: str
    speaker: str
    lead_id: int | None
    co_ids: frozenset[int]
    has_deadline: bool
    due_on: str  # ISO, as a date input holds it

    @property
    def unmatched_co_units(self) -> list[str]:
        """The co-operating units the intake named that no unit of the area matched."""
        return list(self.found.get("unmatched", []))


def review_day(result: dict[str, Any]) -> date | None:
    """The day the units are matched on: the document's own date, else the event's day."""
    header = result.get("document") or {}
    for text in (header.get("date"), result.get("event_date")):
        try:
            return date.fromisoformat(text or "")
        except ValueError:
            continue
    return None


def directive_rows_found(
    result: dict[str, Any],
    *,
    scope: UnitScope,
    on: date | None,
    default_lead: OrgUnit | None,
) -> list[DirectiveRow]:
    """The rows as the intake read them, with the units matched as of ``on``: a speech directive
    with no lead named goes to ``default_lead`` (the unit visited)."""
    found = directives_found(result)
    names = [item.get("lead") or "" for item in found]
    names += [name for item in found for name in item.get("cooperating", [])]
    matches = org_unit_match([name for name in names if name], scope=scope, on=on)
    rows = []
    for index, item in enumerate(found):
        lead = matches.get(item.get("lead") or "") if item.get("lead") else default_lead
        co_units = [matches.get(name) for name in item.get("cooperating", [])]
        unmatched = [n for n, u in zip(item.get("cooperating", []), co_units, strict=True) if not u]
        due_on = deadline_day(item.get("deadline"), given_on=on)
        rows.append(
            DirectiveRow(
                index=index,
                found={**item, "unmatched": unmatched},
                is_kept=True,
                text=item.get("text", ""),
                speaker=item.get("speaker") or "",
                lead_id=lead.pk if lead else None,
                co_ids=frozenset(unit.pk for unit in co_units if unit),
                has_deadline=bool(item.get("deadline")),
                due_on=due_on.isoformat() if due_on else "",
            )
        )
    return rows


def posted_rows(post: QueryDict, name: str, *, count: int) -> list[tuple[int, str, bool]]:
    """The rows a review form posted under ``name`` ("directive", "figure"): each row's index
    (below ``count``, the items read), the prefix of its fields, and whether it is kept."""
    kept = set(post.getlist(name))
    indices = [id_given(raw) for raw in post.getlist(f"{name}-row")]
    return [
        (index, f"{name}-{index}-", str(index) in kept)
        for index in dict.fromkeys(indices)
        if index is not None and index < count
    ]


def directive_rows_posted(post: QueryDict, result: dict[str, Any]) -> list[DirectiveRow]:
    """The rows as the reviewer posted them (to show them again when a confirmation is refused)."""
    found = directives_found(result)
    return [
        DirectiveRow(
            index=index,
            found=found[index],
            is_kept=is_kept,
            text=post.get(f"{prefix}text", ""),
            speaker=post.get(f"{prefix}speaker", ""),
            lead_id=id_given(post.get(f"{prefix}lead", "")),
            co_ids=frozenset(
                i for i in map(id_given, post.getlist(f"{prefix}co")) if i is not None
            ),
            has_deadline=post.get(f"{prefix}deadline_kind") != "none",
            due_on=post.get(f"{prefix}due_on", ""),
        )
        for index, prefix, is_kept in posted_rows(post, "directive", count=len(found))
    ]


def directive_drafts(rows: list[DirectiveRow], *, scope: UnitScope) -> list[DirectiveDraft]:
    """The kept rows as drafts; a row without a lead unit, with a unit outside the area or a
    deadline kind without its day is refused with a message that names it."""
    kept = [row for row in rows if row.is_kept]
    ids = {row.lead_id for row in kept if row.lead_id} | {i for row in kept for i in row.co_ids}
    units = OrgUnit.objects.in_bulk(list(ids))
    if any(not scope.holds(unit) for unit in units.values()) or len(units) < len(ids):
        raise ValidationError(
            _("Choose the units of the directives within your area."), code="directive_units"
        )
    return [_draft(row, units) for row in kept]


def _draft(row: DirectiveRow, units: dict[int, OrgUnit]) -> DirectiveDraft:
    text = " ".join(row.text.split())
    short = text if len(text) <= 60 else f"{text[:59]}…"
    if row.lead_id is None:
        raise ValidationError(
            _("Choose the lead unit of “%(text)s”, or drop it."),
            code="directive_lead_required",
            params={"text": short},
        )
    try:
        due_on = date.fromisoformat(row.due_on) if row.has_deadline else None
    except ValueError as error:
        raise ValidationError(
            _("Give the deadline of “%(text)s” as a day, or choose “no deadline”."),
            code="directive_deadline_required",
            params={"text": short},
        ) from error
    return DirectiveDraft(
        text=text,
        lead_unit=units[row.lead_id],
        co_units=tuple(units[i] for i in sorted(row.co_ids)),
        due_on=due_on,
        speaker=row.speaker.strip(),
    )


def unit_choices(
    scope: UnitScope, *, on: date | None, rows: list[DirectiveRow]
) -> list[tuple[int, str]]:
    """The units a directive may be given to: the area's tree as of ``on``, and every unit a row
    holds already (matched deeper than the tree shows), labelled as the unit pickers label them."""
    tree = unit_tree(scope)
    if on is not None:
        tree = tree.filter(valid_from__lte=on).exclude(valid_until__lte=on)
    held = {row.lead_id for row in rows if row.lead_id} | {i for row in rows for i in row.co_ids}
    units = {unit.pk: unit for unit in tree}
    units |= OrgUnit.objects.filter(scope.q()).in_bulk([i for i in held if i not in units])
    field = UnitTreeField(queryset=OrgUnit.objects.none())
    ordered = sorted(units.values(), key=lambda unit: unit.path)
    return [(unit.pk, field.label_from_instance(unit)) for unit in ordered]
