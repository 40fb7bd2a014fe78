"""Request bodies are bounded before they are read (#8); writes run in one transaction and pages
read in autocommit (#7)."""

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from dondoc.apps.web.middleware import AtomicWrites

pytestmark = pytest.mark.django_db


def test_issue_8_a_body_above_the_limit_is_refused_with_413_before_it_is_read(client, settings):
    settings.REQUEST_MAX_BYTES = 1000

    response = client.post(
        reverse("web:login"), data=b"x" * 10, content_type="text/plain", CONTENT_LENGTH="5000"
    )

    assert response.status_code == 413
    assert "quá lớn" in response.content.decode()
    assert "too large" in response.content.decode()


def test_a_body_within_the_limit_goes_through(client, settings):
    settings.REQUEST_MAX_BYTES = 1000

    response = client.post(reverse("web:login"), {"username": "a", "password": "b"})

    assert response.status_code == 200


def test_a_malformed_content_length_is_a_bad_request(client):
    response = client.post(
        reverse("web:login"), data=b"", content_type="text/plain", CONTENT_LENGTH="abc"
    )

    assert response.status_code == 400


# Writes run in one transaction; pages read in autocommit (AtomicWrites, #7).


def _view_recording(seen: list[bool], *, then=None):
    def view(request):
        seen.append(connection.in_atomic_block)
        if then is not None:
            then()
        return HttpResponse("ok")

    return view


def _through_middleware(method: str, view) -> HttpResponse:
    request = RequestFactory().generic(method, "/")
    middleware = AtomicWrites(lambda request: HttpResponse("not the view"))
    return middleware.process_view(request, view, (), {}) or view(request)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS"])
def test_a_page_reads_outside_a_transaction(method):
    seen: list[bool] = []

    _through_middleware(method, _view_recording(seen))

    assert seen == [False]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_a_write_runs_its_view_in_one_transaction(method):
    seen: list[bool] = []

    response = _through_middleware(method, _view_recording(seen))

    assert seen == [True]
    assert response.content == b"ok"


@pytest.mark.django_db(transaction=True)
def test_an_error_in_a_write_rolls_back_everything_it_wrote():
    def write_then_fail():
        Group.objects.create(name="first")
        Group.objects.create(name="second")
        raise RuntimeError("the view failed after writing")

    with pytest.raises(RuntimeError):
        _through_middleware("POST", _view_recording([], then=write_then_fail))

    assert not Group.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_view_marked_non_atomic_writes_outside_a_transaction():
    seen: list[bool] = []

    _through_middleware("POST", transaction.non_atomic_requests(_view_recording(seen)))

    assert seen == [False]


@pytest.mark.django_db(transaction=True)
def test_the_tracker_page_opens_no_transaction(client):
    User.objects.create_superuser("chief", password="chief-password-1")
    client.login(username="chief", password="chief-password-1")

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("web:directives"))

    assert response.status_code == 200
    statements = [query["sql"] for query in queries.captured_queries]
    assert statements, "the page read nothing"
    assert not [sql for sql in statements if sql.startswith(("BEGIN", "SAVEPOINT"))]


def test_the_middleware_comes_last_so_every_other_check_runs_before_a_write(settings):
    assert settings.MIDDLEWARE[-1] == "dondoc.apps.web.middleware.AtomicWrites"
    assert (
        settings.MIDDLEWARE.index("django.middleware.csrf.CsrfViewMiddleware")
        < len(settings.MIDDLEWARE) - 1
    )
    assert not settings.DATABASES["default"]["ATOMIC_REQUESTS"]


@pytest.mark.django_db(transaction=True)
def test_a_write_view_that_returns_nothing_runs_once_and_what_it_wrote_is_rolled_back():
    calls: list[bool] = []

    def view(request):
        calls.append(connection.in_atomic_block)
        Group.objects.create(name=f"written {len(calls)}")

    request = RequestFactory().post("/")
    with pytest.raises(ValueError, match="didn't return an HttpResponse"):
        AtomicWrites(lambda request: HttpResponse()).process_view(request, view, (), {})

    assert calls == [True]
    assert not Group.objects.exists()


def test_an_async_write_view_is_refused_rather_than_left_unawaited():
    async def view(request):
        return HttpResponse("never")

    request = RequestFactory().post("/")
    with pytest.raises(RuntimeError, match="async"):
        AtomicWrites(lambda request: HttpResponse()).process_view(request, view, (), {})


def test_no_installed_middleware_expects_the_exceptions_of_a_write_view(settings):
    # A write's view runs inside AtomicWrites.process_view, so an exception it raises reaches no
    # process_exception hook (Django calls them only for the views it calls itself): a
    # middleware that needs them (an error reporter) must be given them another way.
    from django.utils.module_loading import import_string  # noqa: PLC0415

    hooked = [
        path for path in settings.MIDDLEWARE if hasattr(import_string(path), "process_exception")
    ]

    assert hooked == []
