"""Indicators with their targets and the values as reported on a day (unit × period × vintage)."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from dondoc.apps.api import reads
from dondoc.apps.api.errors import READ_ERRORS
from dondoc.apps.api.paging import DayIn, ObjectId, PageIn, day_of, page_of, scope_of
from dondoc.apps.api.schemas import IndicatorDetailOut, IndicatorOut, IndicatorPageOut
from dondoc.apps.indicators.selectors import indicator_values_as_reported

router = Router(tags=["indicators"])


@router.get(
    "/indicators",
    response={200: IndicatorPageOut} | READ_ERRORS,
    summary="Indicators of your units",
)
def indicator_list(request: HttpRequest, paging: Query[PageIn]) -> dict[str, Any]:
    return page_of(reads.indicator_list(scope=scope_of(request)), paging)


@router.get(
    "/indicators/{indicator_id}",
    response={200: IndicatorDetailOut} | READ_ERRORS,
    summary="An indicator, its targets, and each unit's value per period as read on a day",
)
def indicator_detail(
    request: HttpRequest, indicator_id: ObjectId, day: Query[DayIn]
) -> dict[str, Any]:
    indicator = reads.object_visible(reads.indicator_list(scope=scope_of(request)), indicator_id)
    on = day_of(day)
    shown = indicator_values_as_reported(indicator, on=on)
    return IndicatorOut.from_orm(indicator).dict() | {
        "as_of": on,
        "targets": list(indicator.targets.order_by("pk")),
        "values_as_reported": [shown[key] for key in sorted(shown)],
    }
