"""schemathesis fuzzes every operation of the API's own schema with a signed-in token: no 5xx, and
every response (status, content type, body) conforms to the schema. Bounded: a few examples an
operation, so that the suite stays fast (DONDOC_FUZZ_EXAMPLES raises it for a longer run)."""

import os

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dondoc.apps.api.api import api

EXAMPLES = int(os.environ.get("DONDOC_FUZZ_EXAMPLES", "8"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# pytest-django has set Django up before this module is collected. The schema is the one served at
# /api/openapi.json (test_docs checks that route); the calls go through the whole WSGI stack
# (conftest's connection_kept keeps the test's connection open across them).
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = get_wsgi_application()


@pytest.fixture
def fuzz_token(city_token, settings, connection_kept):
    settings.API_RATE_LIMIT = 1_000_000
    return city_token["HTTP_AUTHORIZATION"]


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db
def test_the_api_conforms_to_its_schema(case, fuzz_token):
    case.call_and_validate(headers={"Authorization": fuzz_token}, checks=CHECKS)
