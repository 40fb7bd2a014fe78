"""The fixed words of the documents we write: Vietnamese official language, written by us.

The documents are Vietnamese whatever the interface language, so these are not translated
messages; they live here, apart from the code that lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

NOTICE_TITLE = "THÔNG BÁO"
NOTICE_KIND = "TB"
REPORT_TITLE = "BÁO CÁO"
REPORT_KIND = "BC"
RECIPIENTS = "Nơi nhận:"
ASSESSMENT = "Đánh giá chung"
TASKS = "Nhiệm vụ trong thời gian tới"
ANSWERS = "Về các kiến nghị của {unit}"
NO_ANSWER = "Các cơ quan chức năng nghiên cứu, trả lời bằng văn bản."


def place_and_date(place: str, on: date) -> str:
    """ "Lạng Sơn, ngày 20 tháng 10 năm 2017" (day and month below 10 written 01…09 and 01, 02
    only for January and February, as Decree 30 asks: so they cannot be altered by hand)."""
    day = f"{on.day:02d}" if on.day < 10 else str(on.day)
    month = f"{on.month:02d}" if on.month < 3 else str(on.month)
    return f"{place}, ngày {day} tháng {month} năm {on.year}"


def notice_summary(host: str, subject: str) -> str:
    return f"Kết luận của {host} tại buổi làm việc với {subject}"


def opening(*, day: date, head: str, head_titles: str, host: str, subject: str, topic: str) -> str:
    return (
        f"Ngày {day:%d/%m/%Y}, đồng chí {head}, {head_titles}, trưởng đoàn công tác của {host} "
        f"đã có buổi làm việc với {subject} về {topic[:1].lower()}{topic[1:]}."
    )


def attending(people: list[str]) -> str:
    return f"Cùng làm việc có các đồng chí: {'; '.join(people)}."


def heard(subject: str, head: str) -> str:
    return (
        f"Sau khi nghe {subject} báo cáo và ý kiến của các đại biểu dự họp, "
        f"đồng chí {head} kết luận như sau:"
    )


def deadline_phrase(kind: str, due_on: date | None, recurrence: str) -> str:
    if kind == "none" or due_on is None:
        return "thường xuyên"
    if kind == "recurring":
        every = {"monthly": "hằng tháng", "quarterly": "hằng quý", "yearly": "hằng năm"}
        return f"định kỳ {every.get(recurrence, '')}".strip()
    return f"hoàn thành trước ngày {due_on:%d/%m/%Y}"


def directive_line(text: str, lead: str, co_units: list[str], deadline: str) -> str:
    with_units = f"; phối hợp: {', '.join(co_units)}" if co_units else ""
    return f"{text}. Chủ trì: {lead}{with_units}; thời hạn: {deadline}."


def report_summary(period: str) -> str:
    return f"Tình hình thực hiện nhiệm vụ {period}"


def report_opening(unit: str, period: str, total: Sequence[object]) -> str:
    """The opening paragraph: the counts of the "Total" row of the table by lead unit."""
    if len(total) < 8 or not total[2]:
        return f"Trong {period}, {unit} không có nhiệm vụ nào đến hạn."
    rate = f"{total[7]}%".replace(".", ",") if total[7] is not None else "—"
    return (
        f"Trong {period}, {unit} có {total[2]} nhiệm vụ đến hạn: {total[3]} hoàn thành đúng "
        f"hạn, {total[4]} hoàn thành quá hạn, {total[5]} chưa hoàn thành khi đến hạn, "
        f"{total[6]} chưa đến hạn; tỷ lệ hoàn thành đúng hạn {rate}. "
        "Chi tiết tại các biểu dưới đây."
    )
