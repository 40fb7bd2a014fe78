"""English interface, Vietnamese data: days are still written day first (see ../vi/formats.py)."""

from dondoc.config.formats.vi.formats import (  # noqa: F401 - re-exported for Django's loader
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    FIRST_DAY_OF_WEEK,
)

DATE_FORMAT = "j M Y"
SHORT_DATE_FORMAT = "d/m/Y"
