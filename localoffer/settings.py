"""Settings for the SEND Local Offer, read from the environment (12-factor).

Every value has a safe default for a newcomer's machine; production sets the environment.
See README.md, "Configuration", for the full list.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import dj_email_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. "
            "Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = "development-only-key-never-use-in-production"  # noqa: S105

# `make run` serves on PORT (8000 unless set), so emailed links point where the site really is.
SITE_URL = os.environ.get("SITE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}").rstrip("/")

# How families reach the SEND Local Offer team without the website.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "sendlocaloffer@bcpcouncil.gov.uk")
CONTACT_PHONE = os.environ.get("CONTACT_PHONE", "01202 123 456")
# Team mailboxes told when new work arrives, one per kind of work; empty means nobody is emailed.
# STAFF_ALERTS: "each" (one email per new item) or "digest" (one email a day, from send_work_digest).
STAFF_MAILBOXES = {
    "feedback": os.environ.get("MAILBOX_FEEDBACK", CONTACT_EMAIL),
    "provider-changes": os.environ.get("MAILBOX_PROVIDER_CHANGES", CONTACT_EMAIL),
    "volunteers": os.environ.get("MAILBOX_VOLUNTEERS", CONTACT_EMAIL),
    "bookings": os.environ.get("MAILBOX_BOOKINGS", CONTACT_EMAIL),
    "problem-reports": os.environ.get("MAILBOX_PROBLEM_REPORTS", CONTACT_EMAIL),
}
STAFF_ALERTS = os.environ.get("STAFF_ALERTS", "each")
if STAFF_ALERTS not in ("each", "digest"):
    raise ImproperlyConfigured('STAFF_ALERTS must be "each" or "digest".')
# How staff sign their replies to feedback: the team's name, then CONTACT_PHONE.
LOCAL_OFFER_TEAM_NAME = os.environ.get("LOCAL_OFFER_TEAM_NAME", "The SEND Local Offer team, BCP Council")
# Where a worried family gets help now ("Need help now?" on the home, contact and advice pages) is the
# crisis panel staff keep in the admin (localoffer.content.crisis), not a setting.
# The SEND information, advice and support service: impartial advice, at arm's length from the council.
SENDIASS_PHONE = os.environ.get("SENDIASS_PHONE", "01632 960209")
SENDIASS_URL = os.environ.get("SENDIASS_URL", "/services/?q=SENDIASS")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_URL if SITE_URL.startswith("https://") else "")

INSTALLED_APPS = [
    "localoffer.staff.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_forms_gds",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "simple_history",
    # The site's own parts (see README "Layout"); the order is the order in which what each app
    # declares is gathered: dashboard panels, site search sections, retention rules, demo data.
    "localoffer",
    "localoffer.core",
    "services",
    "coproduction",
    "localoffer.content",
    "localoffer.staff",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "localoffer.core.middleware.FormLineEndingsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "localoffer.staff.middleware.StaffIdleTimeoutMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Provider accounts sign in by a single-use emailed link (services/providers/accounts.py).
    "sesame.backends.ModelBackend",
]

ROOT_URLCONF = "localoffer.urls"
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"
WSGI_APPLICATION = "localoffer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "localoffer.core.context_processors.site",
            ],
            # `{% load i18n %}` loads Django's tags with each plain {% translate %} kept per language.
            "libraries": {"i18n": "localoffer.core.translate_tags"},
        },
    },
]

# Database: PostgreSQL from DATABASE_URL; an embedded SQLite file when it is unset.
# Connections are kept for DB_CONN_MAX_AGE seconds and checked before each request reuses one
# (CONN_HEALTH_CHECKS), so after PostgreSQL restarts each server reconnects by itself; requests
# made while it is down get the 503 page (localoffer.core.views.server_error).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# SQLite: the site and the mail worker write to one file from two processes. Each transaction
# takes the write lock as it begins and waits up to 20 s for it, instead of failing with
# "database is locked" when two writers meet.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
# PostgreSQL's just-in-time compiler spends tens of milliseconds compiling each larger query
# (directory searches among them); it only pays off for long reports, so pages run without it.
# Under the web server (localoffer/wsgi.py sets LOCALOFFER_PROCESS=web) every statement, and every wait
# for a lock, is bounded: a table locked by a long migration or VACUUM FULL gives the pages that need it
# the 503 page after a few seconds instead of holding every app server thread until it is free. The
# mail worker, scheduled commands and migrations run through manage.py and keep no limit.
DATABASE_STATEMENT_TIMEOUT_MS = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT_MS", "5000"))
DATABASE_LOCK_TIMEOUT_MS = int(os.environ.get("DATABASE_LOCK_TIMEOUT_MS", str(DATABASE_STATEMENT_TIMEOUT_MS)))
SERVING_WEB = os.environ.get("LOCALOFFER_PROCESS") == "web"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    server_options = "-c jit=off"
    if SERVING_WEB and DATABASE_STATEMENT_TIMEOUT_MS > 0:
        server_options += f" -c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
    if SERVING_WEB and DATABASE_LOCK_TIMEOUT_MS > 0:
        server_options += f" -c lock_timeout={DATABASE_LOCK_TIMEOUT_MS}"
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", server_options)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache (rate-limit counters and anything shared between app servers): Redis when
# REDIS_URL is set, otherwise a table in the shared database.
# REDIS_TIMEOUT_SECONDS bounds how long a request waits on Redis, so a slow one counts as down.
# Rate-limit counters go through "counters" (localoffer/core/counters.py): the shared cache, or this
# process's memory while the shared cache does not answer, so that no form is refused for its sake.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT_SECONDS = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "localoffer.core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT_SECONDS, "socket_timeout": REDIS_TIMEOUT_SECONDS},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_table"}}
CACHES["counters"] = {"BACKEND": "localoffer.core.counters.FallbackCache", "LOCATION": "default"}
# django-ratelimit names only django-redis and memcached as supported. Django's own Redis
# cache increments atomically too; the database cache does not lock, so a burst may let a
# few extra submissions through before the limit bites. Both are acceptable for form limits.
# templates.W003: the template library "i18n" is Django's own, replaced on purpose by
# localoffer.core.translate_tags (TEMPLATES above), which gives every one of Django's tags.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001", "django_ratelimit.E003", "templates.W003"]

# How long an app server keeps a rendered search result in memory (0 turns it off). Any change
# to the directory makes every copy stale at once; this only bounds how long a copy lives.
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", "300"))

# Where an app server keeps its search index (services/search/snapshot.py), when set: a worker that builds the
# index saves a snapshot here, and a worker that starts later loads it and applies only what changed since,
# rather than building the index afresh (seconds at a region's scale). One folder per server, in memory (tmpfs,
# such as /dev/shm): on a disk, every edit applied to the index waits for the disk to confirm its write
# (seconds on a slow one). The snapshot holds pickled Python objects, so the folder must belong to the user the
# server runs as and be writable by no one else (it is made so, and a folder that is not is not used). Empty
# (the default): no snapshots, and each worker keeps its index in its own memory and builds it itself.
SEARCH_INDEX_DIR = os.environ.get("SEARCH_INDEX_DIR", "")

# How long rendered content (pages' markdown, service pages, Open Referral UK answers) is kept, in
# seconds (0 turns it off). Each is kept under a key made of the versions it was rendered from, so an
# edit shows at once whatever this is; it only bounds how long an unused copy takes up room.
RENDERED_CACHE_SECONDS = int(os.environ.get("RENDERED_CACHE_SECONDS", str(60 * 60 * 24)))
# How many renderings each app server process also keeps in its own memory (a service page is ~8 KB).
RENDERED_MEMORY_ENTRIES = int(os.environ.get("RENDERED_MEMORY_ENTRIES", "5000"))

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60 * 24 * 30)))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# The site's own words (layout, footer) go through Django's translation files in locale/;
# pages in other languages are staff's translations (localoffer/content/translations.py).
LANGUAGES = [("en-gb", "English"), ("pl", "Polski")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static files: GOV.UK Frontend and the site's own, served by whitenoise with hashed,
# compressed names (run collectstatic before serving with DEBUG off).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "localoffer.core.uploads.UploadStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# Email: EMAIL_URL (for example smtp+tls://user:password@smtp.example.org:587);
# printed to the console when unset.
EMAIL_URL = os.environ.get("EMAIL_URL", "")
if EMAIL_URL:
    vars().update(dj_email_url.parse(EMAIL_URL))
else:
    EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SEND Local Offer <sendlocaloffer@bcpcouncil.gov.uk>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# HTTPS: on by default in production. Behind a load balancer that terminates TLS, the
# X-Forwarded-Proto header says whether the original request was secure.
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: no inline scripts or styles anywhere.
CSP_FRAME_SRC = env_list("CSP_FRAME_SRC", "https://www.youtube-nocookie.com")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": CSP_FRAME_SRC,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Forms: GOV.UK Design System markup.
CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

# Staff sign-in: a second factor (authenticator app or recovery code) for every staff account,
# lockout after repeated failures for that account from that address, sign-out when idle.
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "BCP SEND Local Offer")
# Nobody but the device's owner, at set-up, sees an authenticator's key or QR code or a recovery code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
STAFF_IDLE_TIMEOUT_MINUTES = int(os.environ.get("STAFF_IDLE_TIMEOUT_MINUTES", "30"))
# How long the link the system owner issues to set up a staff member's authenticator app works (once).
STAFF_SETUP_LINK_HOURS = int(os.environ.get("STAFF_SETUP_LINK_HOURS", "72"))
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "localoffer.core.antispam.client_ip"
AXES_VERBOSE = False

# Rate limits for public forms, per client address.
RATELIMIT_USE_CACHE = "counters"
# The client's address: REMOTE_ADDR, or, behind TRUSTED_PROXY_COUNT proxies (load balancers) that
# each append to X-Forwarded-For, the entry the outermost trusted proxy added. Entries further
# left are written by the visitor and never trusted. One function serves the form limits and the
# sign-in lockout alike.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
RATELIMIT_IP_META_KEY = "localoffer.core.antispam.client_ip"
FORM_RATE_LIMIT = os.environ.get("FORM_RATE_LIMIT", "10/h")

# Keeping listings up to date: a listing is due for review this many months after its last
# review; organisations are reminded of listings due within REVIEW_REMINDER_DAYS_AHEAD days.
REVIEW_INTERVAL_MONTHS = int(os.environ.get("REVIEW_INTERVAL_MONTHS", "12"))
REVIEW_REMINDER_DAYS_AHEAD = int(os.environ.get("REVIEW_REMINDER_DAYS_AHEAD", "30"))
# A waiting time older than this many months says so on the page ("last updated in June; ask the service").
WAIT_STALE_MONTHS = int(os.environ.get("WAIT_STALE_MONTHS", "3"))

# The provider area: organisations sign in by a link emailed to them, which works once and for
# PROVIDER_SIGN_IN_LINK_MINUTES (the link in an invitation for PROVIDER_INVITATION_DAYS). Links
# asked for are limited per address the request came from and per email address.
PROVIDER_SIGN_IN_LINK_MINUTES = int(os.environ.get("PROVIDER_SIGN_IN_LINK_MINUTES", "15"))
PROVIDER_INVITATION_DAYS = int(os.environ.get("PROVIDER_INVITATION_DAYS", "7"))
PROVIDER_SIGN_IN_RATE_LIMIT = os.environ.get("PROVIDER_SIGN_IN_RATE_LIMIT", "10/h")
PROVIDER_LINKS_PER_ACCOUNT = os.environ.get("PROVIDER_LINKS_PER_ACCOUNT", "3/h")
SESAME_MAX_AGE = timedelta(minutes=PROVIDER_SIGN_IN_LINK_MINUTES)
SESAME_ONE_TIME = True  # signing in moves the account's last sign-in time, which every earlier link is tied to
SESAME_TOKEN_NAME = "link"  # noqa: S105 - the name of the query parameter, not a secret

# Email outbox: how many times to try a message before giving up on it.
EMAIL_MAX_ATTEMPTS = int(os.environ.get("EMAIL_MAX_ATTEMPTS", "10"))

# How long each kind of personal data is kept, in days; `manage.py purge_expired` deletes
# what is past it, and the privacy notice shows these figures.
PERSONAL_DATA_RETENTION_DAYS = {
    "unconfirmed_pledge": int(os.environ.get("RETAIN_UNCONFIRMED_PLEDGE_DAYS", "30")),
    "volunteer_after_last_contact": int(os.environ.get("RETAIN_VOLUNTEER_DAYS", "730")),
    "booking_after_event": int(os.environ.get("RETAIN_BOOKING_DAYS", "90")),
    "feedback_contact_after_closed": int(os.environ.get("RETAIN_FEEDBACK_CONTACT_DAYS", "730")),
    "sent_email": int(os.environ.get("RETAIN_SENT_EMAIL_DAYS", "30")),
    "search_records": int(os.environ.get("RETAIN_SEARCH_RECORDS_DAYS", "365")),
    "provider_account_unused": int(os.environ.get("RETAIN_PROVIDER_ACCOUNT_DAYS", "730")),
    "printed_copy_after_posted": int(os.environ.get("RETAIN_PRINTED_COPY_DAYS", "30")),
    # A booklet made from a search holds the words searched for (only those that cannot identify anyone).
    "search_booklet": int(os.environ.get("RETAIN_SEARCH_BOOKLET_DAYS", "1")),
    "sign_in_logs": int(os.environ.get("RETAIN_SIGN_IN_LOG_DAYS", "90")),
    # Email alerts: never confirmed (as long as the confirmation link works), and confirmed but not renewed.
    "unconfirmed_alert": int(os.environ.get("ALERT_CONFIRMATION_DAYS", "7")),
    "alert": int(os.environ.get("RETAIN_ALERT_DAYS", "730")),
}
# Email alerts: how long the confirmation link works, in days (an unconfirmed alert is deleted then).
ALERT_CONFIRMATION_DAYS = PERSONAL_DATA_RETENTION_DAYS["unconfirmed_alert"]
# How often each server writes the directory search counts it has added up (seconds; 0: at once).
SEARCH_RECORDS_FLUSH_SECONDS = float(os.environ.get("SEARCH_RECORDS_FLUSH_SECONDS", "10"))
# The searches report shows a search only once it was made on this many different days.
SEARCH_REPORT_MIN_DAYS = int(os.environ.get("SEARCH_REPORT_MIN_DAYS", "2"))

# Co-production pledge: how long a confirmation link works, in days.
PLEDGE_CONFIRMATION_DAYS = int(os.environ.get("PLEDGE_CONFIRMATION_DAYS", "7"))

# Feedback: working days (weekdays that are not bank holidays in England and Wales) to answer
# each kind of feedback; the due date shown to staff is counted from the day it arrives.
FEEDBACK_RESPONSE_WORKING_DAYS = {
    "complaint": int(os.environ.get("FEEDBACK_COMPLAINT_WORKING_DAYS", "20")),
    "question": int(os.environ.get("FEEDBACK_QUESTION_WORKING_DAYS", "10")),
    "suggestion": int(os.environ.get("FEEDBACK_SUGGESTION_WORKING_DAYS", "20")),
    "compliment": int(os.environ.get("FEEDBACK_COMPLIMENT_WORKING_DAYS", "20")),
    "listing-report": int(os.environ.get("FEEDBACK_LISTING_REPORT_WORKING_DAYS", "10")),
}
# "Was this page useful?" votes allowed per address (more than forms: people read many pages).
PAGE_VOTE_RATE_LIMIT = os.environ.get("PAGE_VOTE_RATE_LIMIT", "60/h")

# Logging: one line per event on stdout, key=value, for any log collector.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "logfmt": {
            "format": "time=%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)r",
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        }
    },
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "logfmt"}},
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": LOG_LEVEL, "propagate": False},
        # WeasyPrint logs each step and page of a booklet at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}
