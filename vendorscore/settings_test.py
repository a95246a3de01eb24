"""Settings for the test suite: production settings with the few switches tests need.

The database and broker still come from DATABASE_URL / CELERY_BROKER_URL, so
`make test` runs the same suite on SQLite + filesystem broker or on
PostgreSQL + Redis.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")  # the test client speaks plain HTTP
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from vendorscore.settings import *  # noqa: F403
from vendorscore.settings import DATABASES, REST_FRAMEWORK, VAR_DIR

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; never used outside tests
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "contracts.storage.PrivateInMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Throttles stay on, at rates no test reaches; tests of the throttles set their own.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "user": "100000/min", "token": "100000/min"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    # A file, not memory: tests that start a real worker process share the test database with it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-vendorscore.sqlite3")}
LANGUAGE_CODE = "en"  # assertions read English; tests of the Chinese UI ask for zh-hans explicitly
CELERY_TASK_ALWAYS_EAGER = True  # tasks run inline; tests/test_celery_worker.py turns this off for its real worker

# Tests log in many times with force_login and authenticate() without a request; the lockout
# tests turn Axes back on for themselves.
AXES_ENABLED = False
