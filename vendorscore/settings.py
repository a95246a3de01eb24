"""Settings for vendorscore, all read from the environment.

Two runtime modes share this file: the embedded default (SQLite and a
filesystem Celery broker under ``var/``, nothing to install) and production
(PostgreSQL, Redis, gunicorn). Every variable is listed in README.md; bad values
stop start-up with a message naming the variable (see ``vendorscore/env.py``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from vendorscore import env

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env.get_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env.get_bool("DEBUG", False)
SECRET_KEY = env.get_str("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is required when DEBUG is false: set SECRET_KEY to a long random string "
            "(or DEBUG=true for local development)."
        )
    SECRET_KEY = "insecure-development-key-only-used-when-DEBUG-is-true"  # noqa: S105

ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "axes",
    "csp",
    "vendorscore",
    "vendors",
    "contracts",
    "evaluations",
    "evaluations.probes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "vendorscore.middleware.ContentSecurityPolicyMiddleware",
    "vendorscore.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "vendorscore.middleware.RejectNulCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "vendorscore.middleware.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "vendorscore.middleware.UserTimeZoneMiddleware",
    "vendorscore.middleware.UserLanguageMiddleware",
    "axes.middleware.AxesMiddleware",  # last: it answers for a locked-out login
]

# The client's address (throttles, lockouts, rate limits, logs) is REMOTE_ADDR, or with
# TRUSTED_PROXY_COUNT = n proxies of ours in front, the n-th address from the right of
# X-Forwarded-For: vendorscore.clientip.client_ip, the one place that decides it.
TRUSTED_PROXY_COUNT = env.get_int("TRUSTED_PROXY_COUNT", 0, minimum=0)

# Password guessing: after LOGIN_FAILURE_LIMIT wrong passwords for one username from one
# address, that pair is locked out for LOGIN_COOLOFF_MINUTES, the right password included.
# Managers unlock in the admin (Axes › Access attempts).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.get_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env.get_int("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "vendorscore.clientip.client_ip"

ROOT_URLCONF = "vendorscore.urls"
WSGI_APPLICATION = "vendorscore.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "vendorscore.context_processors.roles",
                "vendorscore.context_processors.notifications",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------
DATABASES = {"default": env.get_db_url("DATABASE_URL", f"sqlite:///{VAR_DIR / 'vendorscore.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the Celery worker share the file: WAL lets readers go on
    # while one writer writes, IMMEDIATE takes the write lock at BEGIN so two
    # writers queue on busy_timeout instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;",
        "transaction_mode": "IMMEDIATE",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.get_int("CONN_MAX_AGE", 0 if DEBUG else 60, minimum=0)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------
REDIS_URL = env.get_str("REDIS_URL", "")
if REDIS_URL:
    # Short socket timeouts, and a miss (failing open) while Redis is down: see vendorscore/cache.py.
    CACHES = {"default": {"BACKEND": "vendorscore.cache.ResilientRedisCache", "LOCATION": REDIS_URL}}
else:
    # A file cache is shared by the web server and the worker, unlike locmem.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# --- Auth ---------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# --- Internationalisation -----------------------------------------------------
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("en", _("English"))]
LANGUAGE_CODE = env.get_choice("LANGUAGE_CODE", "zh-hans", [code for code, _name in LANGUAGES])
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.get_time_zone("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

# --- Static files -------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.get_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.get_str("MEDIA_ROOT", str(VAR_DIR / "media")))
PRIVATE_ROOT = Path(env.get_str("PRIVATE_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "contracts.storage.PrivateFileSystemStorage", "OPTIONS": {"location": PRIVATE_ROOT}},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Email --------------------------------------------------------------------
_email = env.get_email_config("EMAIL_URL", "consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = bool(_email.get("EMAIL_USE_TLS", False))
EMAIL_USE_SSL = bool(_email.get("EMAIL_USE_SSL", False))
EMAIL_TIMEOUT = env.get_int("EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "vendorscore <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Probes -------------------------------------------------------------------
# Links in outgoing mail (the vendor's reply page) are built on this address.
SITE_URL = env.get_url("SITE_URL", "http://127.0.0.1:8000")
# Replies come back to <local>+<token>@<domain> of this address (plus-addressing).
PROBE_REPLY_ADDRESS = env.get_email_address("PROBE_REPLY_ADDRESS", DEFAULT_FROM_EMAIL)
PROBE_WEBHOOK_ALLOW_PRIVATE = env.get_bool("PROBE_WEBHOOK_ALLOW_PRIVATE", False)
# Approval needs a second person; a one-person team may allow managers to approve their own work.
ALLOW_SELF_APPROVAL = env.get_bool("ALLOW_SELF_APPROVAL", False)
PROBE_WEBHOOK_TIMEOUT = env.get_int("PROBE_WEBHOOK_TIMEOUT", 10, minimum=1)
PROBE_DISPATCH_INTERVAL = env.get_int("PROBE_DISPATCH_INTERVAL", 30, minimum=1)
PROBE_MAX_ATTEMPTS = env.get_int("PROBE_MAX_ATTEMPTS", 8, minimum=1)
PROBE_RETRY_BASE_SECONDS = env.get_int("PROBE_RETRY_BASE_SECONDS", 60, minimum=1)
PROBE_RETRY_MAX_SECONDS = env.get_int("PROBE_RETRY_MAX_SECONDS", 3600, minimum=1)
PROBE_RESPONSE_TIMEOUT_HOURS = env.get_int("PROBE_RESPONSE_TIMEOUT_HOURS", 72, minimum=1)
PROBE_REPLY_LINK_DAYS = env.get_int("PROBE_REPLY_LINK_DAYS", 30, minimum=1)
REPLY_PAGE_RATE = env.get_rate("REPLY_PAGE_RATE", "30/10m")
IMAP_URL = env.get_str("IMAP_URL", "")
if IMAP_URL and not IMAP_URL.startswith(("imap://", "imaps://")):
    raise ImproperlyConfigured("IMAP_URL must start with imap:// or imaps://, e.g. imaps://user:pass@host:993/INBOX.")
IMAP_POLL_SECONDS = env.get_int("IMAP_POLL_SECONDS", 60, minimum=5)
INBOUND_EMAIL_SECRET = env.get_str("INBOUND_EMAIL_SECRET", "")
INBOUND_EMAIL_MAX_AGE = 300  # seconds a signed inbound message stays valid

# --- Celery -------------------------------------------------------------------
CELERY_QUEUE_DIR = VAR_DIR / "celery" / "queue"
CELERY_BROKER_URL = env.get_str("CELERY_BROKER_URL", "filesystem://")
if not CELERY_BROKER_URL.startswith(("filesystem://", "redis://", "rediss://", "memory://")):
    raise ImproperlyConfigured("CELERY_BROKER_URL must be filesystem://, redis://, rediss:// or memory://.")
if CELERY_BROKER_URL.startswith("filesystem://"):
    # One folder for in and out: every process on this machine reads and writes
    # the same queue files. Created here because kombu does not create them.
    CELERY_QUEUE_DIR.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_QUEUE_DIR),
        "data_folder_out": str(CELERY_QUEUE_DIR),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
    }
    (VAR_DIR / "celery" / "control").mkdir(parents=True, exist_ok=True)
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": 3600,
        # A web request that wakes a worker (vendorscore.tasks.wake) must not wait on a broker
        # that is down or hung: one connection attempt instead of kombu's retry loop (6 s on a
        # refused port), and short socket timeouts. The rows are the truth; beat's dispatcher
        # repeats a lost wake-up. Publishes with retry=True (beat, task retries) keep their policy.
        "max_retries": 0,
        "socket_connect_timeout": 1,
        "socket_timeout": 1,
    }
CELERY_BROKER_CONNECTION_TIMEOUT = 2
_default_results = (
    CELERY_BROKER_URL if CELERY_BROKER_URL.startswith("redis") else f"file://{VAR_DIR / 'celery' / 'results'}"
)
CELERY_RESULT_BACKEND = env.get_str("CELERY_RESULT_BACKEND", _default_results)
if CELERY_RESULT_BACKEND.startswith("file://"):
    Path(CELERY_RESULT_BACKEND.removeprefix("file://")).mkdir(parents=True, exist_ok=True)
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_IGNORE_RESULT = True  # state lives in the database; opt in per task
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SOFT_TIME_LIMIT = env.get_int("CELERY_TASK_SOFT_TIME_LIMIT", 60, minimum=1)
CELERY_TASK_TIME_LIMIT = env.get_int("CELERY_TASK_TIME_LIMIT", 90, minimum=1)
if CELERY_TASK_TIME_LIMIT <= CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured("CELERY_TASK_TIME_LIMIT must be greater than CELERY_TASK_SOFT_TIME_LIMIT.")
CELERY_TASK_DEFAULT_QUEUE = env.get_str("CELERY_QUEUE", "celery")
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = env.get_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# Every periodic task, in one place. Keys say what the entry is for.
CELERY_BEAT_SCHEDULE = {
    "clear-expired-sessions-nightly": {
        "task": "vendorscore.tasks.clear_expired_sessions",
        "schedule": 24 * 3600,
    },
    "recompute-all-scores-every-15-minutes": {
        "task": "evaluations.tasks.recompute_all_scores",
        "schedule": 15 * 60,
    },
    # The score outbox: whatever is marked stale and whose wake-up was lost (broker down).
    "recompute-stale-scores": {
        "task": "evaluations.tasks.recompute_dirty_scores",
        "schedule": env.get_int("SCORE_RECOMPUTE_POLL_SECONDS", 30, minimum=1),
    },
    "dispatch-due-probes": {
        "task": "evaluations.probes.tasks.dispatch_due",
        "schedule": PROBE_DISPATCH_INTERVAL,
    },
    "time-out-unanswered-probes-every-5-minutes": {
        "task": "evaluations.probes.tasks.time_out_probes",
        "schedule": 5 * 60,
    },
    "poll-imap-for-probe-replies": {
        "task": "evaluations.probes.tasks.poll_imap",
        "schedule": IMAP_POLL_SECONDS,
    },
    "notification-emails-whose-wake-up-was-lost": {
        "task": "vendorscore.tasks.send_due_notification_emails",
        "schedule": 5 * 60,
    },
    "contract-deadline-reminders-hourly": {
        "task": "contracts.tasks.send_contract_reminders",
        "schedule": 3600,
    },
}
# Changes to a vendor's inputs within this many seconds share one score recompute.
SCORE_RECOMPUTE_DELAY = env.get_int("SCORE_RECOMPUTE_DELAY", 10, minimum=0)
# One recompute task works this long, then hands what is left to the next (far below its time limit).
SCORE_RECOMPUTE_BUDGET = env.get_int("SCORE_RECOMPUTE_BUDGET", 60, minimum=1)

# --- REST API -----------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: its WWW-Authenticate header turns "not logged in" into 401.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["vendorscore.api.RolePermission"],
    "DEFAULT_PAGINATION_CLASS": "vendorscore.api.PageNumberPagination",
    "PAGE_SIZE": 25,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "vendorscore.openapi.AutoSchema",
    "DEFAULT_PARSER_CLASSES": [
        "vendorscore.api.JSONParser",
        "vendorscore.api.FormParser",
        "vendorscore.api.MultiPartParser",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "EXCEPTION_HANDLER": "vendorscore.api.exception_handler",
    # Every endpoint: per signed-in user, and per client address for anonymous requests.
    # The token endpoint adds its own, stricter rate per address.
    "DEFAULT_THROTTLE_CLASSES": ["vendorscore.api.AnonThrottle", "vendorscore.api.UserThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.get_throttle_rate("API_ANON_THROTTLE", "60/min"),
        "user": env.get_throttle_rate("API_USER_THROTTLE", "600/min"),
        "token": env.get_throttle_rate("API_TOKEN_THROTTLE", "20/min"),
    },
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,  # what DRF itself would use; our throttles ask clientip.client_ip
}
SPECTACULAR_SETTINGS = {
    "TITLE": "vendorscore API",
    "DESCRIPTION": "Scores for the after-sales support of live-streaming source-code vendors.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["vendorscore.api.RolePermission"],
    "SWAGGER_UI_DIST": "SIDECAR",
    # No "valid" badge: it is an image from validator.swagger.io, which the CSP (img-src) refuses.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ScenarioEnum": "vendors.choices.ScenarioKey",
        "VendorStatusEnum": "vendors.choices.VendorStatus",
        "EvaluationStatusEnum": "evaluations.choices.EvaluationStatus",
        "ChannelKindEnum": "vendors.choices.ChannelKind",
        "ReplyKindEnum": "evaluations.probes.choices.ReplyKind",
        "ReplySourceEnum": "evaluations.probes.choices.ReplySource",
        "ProbeStatusEnum": "evaluations.probes.choices.ProbeStatus",
        "AttemptOutcomeEnum": "evaluations.probes.choices.AttemptOutcome",
        "SeverityEnum": "contracts.choices.Severity",
        "ProbeLanguageEnum": "evaluations.probes.choices.Language",
        "ContractStatusEnum": "contracts.choices.ContractStatus",
        "ItemStatusEnum": "contracts.choices.ItemStatus",
        "RiskEnum": "contracts.choices.Risk",
    },
}

# --- Security -----------------------------------------------------------------
SESSION_COOKIE_SECURE = env.get_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env.get_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Every page runs only scripts and styles from our own static files: no inline <script>,
# no style="…", no <style>, no eval, so injected markup cannot run or restyle anything.
# Data reaches scripts through json_script and data- attributes; the Swagger UI is the split
# view, whose start-up script is a separate same-origin request. tests/test_csp.py checks the
# header on every page, tests/test_browser.py fails on any violation Chromium reports.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    },
}
# Features no page uses, off for every frame (vendorscore.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
        "hid", "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip
if env.get_bool("USE_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Uploads: evidence files are checked again by content in the forms that take them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Contract files (PDF, DOCX, TXT) may be larger; they are checked by content and kept
# in PRIVATE_ROOT, which no URL serves: only the contract file view, after a role check.
CONTRACT_MAX_MB = env.get_int("CONTRACT_MAX_MB", 10, minimum=1)

LOG_LEVEL = env.get_choice("LOG_LEVEL", "INFO", ["DEBUG", "INFO", "WARNING", "ERROR"])
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s%(client)s"}},
    "filters": {
        "client_errors": {"()": "vendorscore.logfilters.ClientErrorsWithoutTraceback"},
        "client_address": {"()": "vendorscore.logfilters.ClientAddress"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["client_errors", "client_address"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own default handler for "django" would print each of its records a second
        # time through the root handler: one handler, no propagation.
        "django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        # WeasyPrint logs every step of every PDF at INFO; its warnings still show.
        "weasyprint.progress": {"level": "WARNING"},
    },
}
