"""The number register: per issuer, kind and year (state) or term (Party), never twice (#11)."""

import threading
from datetime import date

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from dondoc.apps.exports.issuers import issuer_for
from dondoc.apps.exports.models import IssuedNumber
from dondoc.apps.exports.numbers import issued_number_take, issued_number_use
from dondoc.apps.exports.profiles import hd36_vptw_2018, nd30_2020
from dondoc.config.checks import check_party_congress_day
from dondoc.core.document_numbers import DocumentNumber, NumberForm


@pytest.mark.parametrize(
    ("profile", "number", "expected"),
    [
        (nd30_2020.PROFILE, 12, "Số: 12/TB-UBND"),
        (nd30_2020.PROFILE, 3, "Số: 03/TB-UBND"),
        (hd36_vptw_2018.PROFILE, 12, "Số 12-TB/TU"),
        (hd36_vptw_2018.PROFILE, None, "Số      -TB/TU"),
    ],
    ids=["state", "state-below-10", "party", "party-reserved-blank"],
)
def test_each_profile_writes_its_number_form(profile, number, expected):
    symbol = "UBND" if profile is nd30_2020.PROFILE else "TU"

    text = profile.number_text(number=number, kind_symbol="TB", issuer_symbol=symbol)

    assert text == expected


@pytest.mark.parametrize(
    ("on", "series"),
    [
        (date(2017, 10, 20), "2015-2020"),
        (date(2020, 9, 30), "2015-2020"),
        (date(2020, 10, 1), "2020-2025"),
        (date(2026, 1, 5), "2025-2030"),
    ],
)
def test_party_numbers_restart_with_each_committee_term(on, series):
    assert hd36_vptw_2018.PROFILE.series_of(on, congress_on=date(2020, 10, 1)) == series


def test_state_numbers_restart_each_year():
    assert nd30_2020.PROFILE.series_of(date(2017, 10, 20), congress_on=date(2020, 10, 1)) == "2017"


def test_the_register_counts_terms_from_the_configured_congress_day(world, settings):
    settings.PARTY_CONGRESS_ON = "2021-03-15"
    issuer = issuer_for(world.province_party, on=date(2021, 3, 1))

    before = issued_number_take(issuer, kind_symbol="TB", issued_on=date(2021, 3, 14))
    after = issued_number_take(issuer, kind_symbol="TB", issued_on=date(2021, 3, 15))

    assert (before.series, before.number) == ("2016-2021", 1)
    assert (after.series, after.number) == ("2021-2026", 1)


def test_a_congress_day_that_is_not_a_day_stops_the_register_with_its_name(world, settings):
    settings.PARTY_CONGRESS_ON = "mùa thu 2020"
    issuer = issuer_for(world.province_party, on=date(2021, 3, 1))

    with pytest.raises(ImproperlyConfigured, match="PARTY_CONGRESS_ON"):
        issued_number_take(issuer, kind_symbol="TB", issued_on=date(2021, 3, 14))


@pytest.mark.parametrize(("day", "errors"), [("2020-10-01", []), ("01/10/2020", ["dondoc.E002"])])
def test_the_system_check_names_a_congress_day_that_is_not_a_day(settings, day, errors):
    settings.PARTY_CONGRESS_ON = day

    assert [message.id for message in check_party_congress_day(None)] == errors


def test_numbers_follow_each_other_and_the_core_parser_reads_them_back(committee):
    issuer = issuer_for(committee, on=date(2026, 3, 1))

    taken = [issued_number_take(issuer, kind_symbol="TB", issued_on=date(2026, 3, 1)) for _ in "ab"]
    parsed = DocumentNumber.parse(taken[1].text)

    assert [n.number for n in taken] == [1, 2]
    assert (parsed.form, parsed.number, parsed.kind_symbol, parsed.issuer) == (
        NumberForm.STATE,
        "2",
        "TB",
        "UBND",
    )


def test_a_new_year_and_another_kind_start_again_at_one(committee):
    issuer = issuer_for(committee, on=date(2026, 3, 1))
    issued_number_take(issuer, kind_symbol="TB", issued_on=date(2025, 12, 31))

    numbers = [
        issued_number_take(issuer, kind_symbol="TB", issued_on=date(2026, 1, 2)).number,
        issued_number_take(issuer, kind_symbol="BC", issued_on=date(2026, 1, 2)).number,
    ]

    assert numbers == [1, 1]


def test_a_reserved_blank_keeps_its_number_for_a_later_document(world, committee):
    issuer = issuer_for(committee, on=date(2026, 3, 1))
    reserved = issued_number_take(
        issuer, kind_symbol="TB", issued_on=date(2026, 3, 1), is_reserved=True
    )
    after = issued_number_take(issuer, kind_symbol="TB", issued_on=date(2026, 3, 2))
    from dondoc.apps.work_sessions.services import work_session_record  # noqa: PLC0415

    work_session = work_session_record(
        held_on=date(2026, 3, 1),
        host_unit=committee,
        subject_unit=world.new_commune,
        head=world.an,
        topic="x",
    )
    used = issued_number_use(reserved, work_session=work_session)

    assert (reserved.number, after.number) == (1, 2)
    assert (used.is_reserved, used.work_session) == (False, work_session)


def test_a_party_committee_numbers_as_the_committee_in_its_form(world):
    issuer = issuer_for(world.province_party, on=date(2017, 10, 20))

    issued = issued_number_take(issuer, kind_symbol="TB", issued_on=date(2017, 10, 20))

    assert (issued.text, issued.series) == ("1-TB/TU", "2015-2020")


@pytest.mark.django_db(transaction=True)
def test_two_documents_issued_at_once_never_share_a_number(world):
    issuer = issuer_for(world.province_party, on=date(2017, 10, 20))
    numbers: list[int] = []
    errors: list[BaseException] = []

    def issue() -> None:
        try:
            for _ in range(5):
                numbers.append(
                    issued_number_take(
                        issuer, kind_symbol="TB", issued_on=date(2017, 10, 20)
                    ).number
                )
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=issue) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(numbers) == list(range(1, 21))
    assert IssuedNumber.objects.count() == 20
