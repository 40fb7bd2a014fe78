"""The one settings module, read from the environment (see .env.example for every variable)."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent
DONDOC_HOME = Path(env.str("DONDOC_HOME", default=str(Path.cwd() / "var"))).resolve()
# `dondoc init` writes a generated SECRET_KEY here; the process environment still wins.
if (DONDOC_HOME / ".env").is_file():
    environ.Env.read_env(DONDOC_HOME / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
# Required unless DEBUG is on: checks.py (dondoc.E001) explains how to set it.
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{DONDOC_HOME / 'dondoc.sqlite3'}"),
}
# A view that writes runs in one transaction (``web.middleware.AtomicWrites``, last in MIDDLEWARE:
# Django's ATOMIC_REQUESTS for POST, PUT, PATCH and DELETE); pages read in autocommit (#7).
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Each worker keeps its connection between requests (checked before reuse): a new PostgreSQL
    # backend per request cost more CPU than the page it served at national scale (#7).
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=300))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A transaction takes SQLite's write lock when it begins, and a second writer waits for it
    # (up to 20 s) instead of failing with "database is locked" when it tries to write (#8).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "dondoc.apps.orgs",
    "dondoc.apps.documents",
    "dondoc.apps.indicators",
    "dondoc.apps.key_tasks",
    "dondoc.apps.work_sessions",
    "dondoc.apps.directives",
    "dondoc.apps.intake_review",
    "dondoc.apps.audit",
    "dondoc.apps.web",
    "dondoc.apps.notifications",
    "dondoc.apps.api",
    "ninja",  # its Swagger UI assets, served by us (no CDN)
    "dondoc.apps.exports",
    "django_htmx",
    "csp",
    "dondoc.apps.demo",
    "dondoc.config.apps.ConfigChecks",
]

MIDDLEWARE = [
    "dondoc.apps.web.middleware.request_size_limit",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "dondoc.apps.api.middleware.api_language",  # before vietnamese_first: API clients choose
    "dondoc.apps.web.middleware.vietnamese_first",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    "dondoc.apps.api.middleware.api_rate_limit",  # after auth and locale; outside the transaction
    "dondoc.apps.web.middleware.AtomicWrites",  # last: its process_view runs the view of a write
]

# A strict Content-Security-Policy (#8): everything from our own origin, no inline script or style
# (htmx's own indicator style is turned off in base.html), no framing, no plugins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:dashboard"
LOGOUT_REDIRECT_URL = "web:login"
# Sign-in throttling (dondoc/apps/web/sign_in.py): this many attempts for one account, or (a much
# higher bar) from one address, within LOGIN_LOCKOUT_SECONDS lock it until the window ends.
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_ADDRESS_FAILURE_LIMIT = env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=100)
LOGIN_LOCKOUT_SECONDS = env.int("LOGIN_LOCKOUT_SECONDS", default=900)
# The request header that carries the client's address, set by the one proxy in front (e.g.
# X-Forwarded-For); empty: the socket's peer. Never set it without such a proxy: clients forge it.
TRUSTED_PROXY_HEADER = env.str("TRUSTED_PROXY_HEADER", default="")
if TRUSTED_PROXY_HEADER and not TRUSTED_PROXY_HEADER.startswith("HTTP_"):
    TRUSTED_PROXY_HEADER = "HTTP_" + TRUSTED_PROXY_HEADER.upper().replace("-", "_")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# A signed-in session ends after this many seconds (default 10 hours: a working day).
SESSION_COOKIE_AGE = env.int("SESSION_LIFETIME_SECONDS", default=10 * 3600)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

ROOT_URLCONF = "dondoc.config.urls"
WSGI_APPLICATION = "dondoc.config.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dondoc.apps.web.navigation.navigation",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["dondoc.config.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DONDOC_HOME / "static"
# `dondoc init` and `dondoc serve` collect the static files there; whitenoise serves them,
# compressed, from every gunicorn worker (no separate web server needed for them).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_URL = "media/"
MEDIA_ROOT = DONDOC_HOME / "media"

SESSION_COOKIE_HTTPONLY = True
# Served over HTTPS (behind a proxy that sets X-Forwarded-Proto): secure cookies, redirects, HSTS.
HTTPS = env.bool("HTTPS", default=False)
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
X_FRAME_OPTIONS = "DENY"
# Bounded input (#8): a body above REQUEST_MAX_BYTES is refused with 413 from its Content-Length,
# before it is read; form fields (not files) may total 10 MiB (a pasted report), uploads above
# 2.5 MiB go to a temporary file, not memory, and an evidence file is held to EVIDENCE_MAX_BYTES.
REQUEST_MAX_BYTES = env.int("REQUEST_MAX_BYTES", default=25 * 1024 * 1024)
EVIDENCE_MAX_BYTES = env.int("EVIDENCE_MAX_BYTES", default=20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2_000
DATA_UPLOAD_MAX_NUMBER_FILES = 10

# Notifications (#10): the daily digest goes out through this SMTP server (Django's mail).
EMAIL_HOST = env.str("EMAIL_HOST", default="127.0.0.1")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="dondoc@localhost")
# The address the links in e-mails start with.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
# The worker's broker (`dondoc worker`, Celery; decision 0010) and its schedule.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
DIGEST_HOUR = env.int("DIGEST_HOUR", default=7)
# "Due soon" counts working days (Vietnam's public holidays and weekends left out).
NOTIFY_DUE_WORKING_DAYS = env.int("NOTIFY_DUE_WORKING_DAYS", default=5)
# The API (#12): requests per token (or per signed-in user) within a window, answered 429 with
# Retry-After beyond it (counted in a table every worker process shares: api.ApiRateCounter);
# JSON bodies above API_MAX_BODY_BYTES are refused with 413.
API_RATE_LIMIT = env.int("API_RATE_LIMIT", default=600)
API_RATE_WINDOW_SECONDS = env.int("API_RATE_WINDOW_SECONDS", default=60)
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=64 * 1024)
API_MAX_PAGE_SIZE = 100
# Party documents are numbered afresh each committee term (#11, decision 0008): terms are
# five-year cycles counted from this congress day (YYYY-MM-DD), the first day of any one term.
PARTY_CONGRESS_ON = env.str("PARTY_CONGRESS_ON", default="2020-10-01")
