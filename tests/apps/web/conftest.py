"""Web tests that ask for the English UI leave the language active on the thread (the locale
middleware activates it and nothing deactivates it): every test starts and ends in the default."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _default_language():
    translation.deactivate()
    yield
    translation.deactivate()
