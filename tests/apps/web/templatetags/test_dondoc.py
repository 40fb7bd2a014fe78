"""The small filters and tags every page uses: days as offices write them, option lists."""

from datetime import date

from dondoc.apps.web.templatetags.dondoc import options, vdate


def test_a_day_is_written_day_month_year_with_two_digits():
    assert vdate(date(2017, 10, 2)) == "02/10/2017"


def test_no_day_is_a_dash():
    assert vdate(None) == "—"


def test_the_option_equal_to_the_chosen_value_is_selected_compared_as_text():
    html = options([(25, 25), (50, 50), (100, 100)], "50")

    assert html == (
        '<option value="25">25</option>'
        '<option value="50" selected>50</option>'
        '<option value="100">100</option>'
    )


def test_nothing_chosen_selects_nothing_not_even_the_empty_choice():
    assert "selected" not in options([("", "tất cả"), ("open", "đang mở")], None)


def test_option_labels_and_values_are_escaped():
    html = options([('"><script>', "<b>Sở</b>")], "")

    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;b&gt;Sở&lt;/b&gt;" in html
