"""Organisations and units named in the text: "Ban Thường vụ Thành ủy Lạng Sơn", "HĐND tỉnh"."""

from __future__ import annotations

import re

from dondoc.intake.alternations import alternation
from dondoc.intake.normalize import Normalized
from dondoc.intake.results import OrganisationMention
from dondoc.intake.steps.titles import organisation_end

_HEADS = (
    "Ban Thường vụ", "Ban Chấp hành", "Thường trực", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
    "Đảng ủy", "Đảng bộ", "HĐND", "UBND", "Hội đồng nhân dân", "Ủy ban nhân dân", "Ủy ban Kiểm tra",
    "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Đoàn Đại biểu Quốc hội", "Đoàn ĐBQH", "Bộ Chính trị",
    "Ban Bí thư", "Chính phủ", "Văn phòng", "Sở", "Bộ", "Ban", "Cục", "Tổng cục", "Viện Kiểm sát",
    "Tòa án", "Công an", "Quốc hội",
)  # fmt: skip
_HEAD = re.compile(
    r"(?<![\w])(?:" + alternation(sorted(_HEADS, key=len, reverse=True)) + r")(?![\w])"
)
# Generic mentions without a proper name: "sở, ban, ngành" is an organisation class, kept as one.
_CLASS = re.compile(r"\bsở,\s*ban,\s*ngành\b", re.IGNORECASE)


def find_organisations(normalized: Normalized) -> list[OrganisationMention]:
    """Organisation names in order of first mention, each once (case and tone marks aside)."""
    text = normalized.text
    found: dict[str, OrganisationMention] = {}
    position = 0
    for match in _HEAD.finditer(text):
        if match.start() < position:
            continue
        end = organisation_end(text, match.end())
        position = end
        span = normalized.span(match.start(), end)
        if len(span.text.split()) < 2 and span.text not in ("HĐND", "UBND"):
            continue
        found.setdefault(
            " ".join(span.text.casefold().split()), OrganisationMention(span.text, span)
        )
    for match in _CLASS.finditer(text):
        span = normalized.span(*match.span())
        found.setdefault(span.text.casefold(), OrganisationMention(span.text, span))
    return sorted(found.values(), key=lambda mention: mention.span.start)
