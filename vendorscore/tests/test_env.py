"""Configuration comes from the environment and bad values stop start-up, naming the variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from vendorscore import env

BASE_DIR = Path(__file__).resolve().parents[2]
# Set by the test settings in this process; a fresh start-up must not inherit them.
TEST_ONLY_VARIABLES = {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "SECURE_SSL_REDIRECT", "ALLOWED_HOSTS"}


def clean_environment(**overrides: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARIABLES}
    environment.update(DJANGO_SETTINGS_MODULE="vendorscore.settings", **overrides)
    return environment


@pytest.mark.parametrize(
    ("raw", "expected"), [("true", True), ("1", True), ("On", True), ("false", False), ("0", False)]
)
def test_booleans_accept_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env.get_bool("FLAG", not expected) is expected


def test_a_misspelt_boolean_is_refused_not_read_as_false(monkeypatch):
    monkeypatch.setenv("DEBUG", "flase")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env.get_bool("DEBUG", False)


def test_numbers_are_checked(monkeypatch):
    monkeypatch.setenv("CONN_MAX_AGE", "sixty")
    with pytest.raises(ImproperlyConfigured, match="CONN_MAX_AGE"):
        env.get_int("CONN_MAX_AGE", 0)
    monkeypatch.setenv("CONN_MAX_AGE", "-1")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env.get_int("CONN_MAX_AGE", 0, minimum=0)


def test_time_zones_must_exist(monkeypatch):
    monkeypatch.setenv("TIME_ZONE", "Asia/Beijing")  # not an IANA zone
    with pytest.raises(ImproperlyConfigured, match="TIME_ZONE"):
        env.get_time_zone("TIME_ZONE", "Asia/Shanghai")
    monkeypatch.setenv("TIME_ZONE", "Europe/Berlin")
    assert env.get_time_zone("TIME_ZONE", "Asia/Shanghai") == "Europe/Berlin"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "foo://bar", "nonsense"])
def test_only_sqlite_and_postgres_urls_are_accepted(monkeypatch, url):
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        env.get_db_url("DATABASE_URL", "sqlite:///x")


def test_database_urls_are_parsed(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://app:secret@db.internal:5433/vendorscore")
    config = env.get_db_url("DATABASE_URL", "sqlite:///x")
    assert (config["ENGINE"], config["HOST"], config["PORT"], config["NAME"]) == (
        "django.db.backends.postgresql",
        "db.internal",
        5433,
        "vendorscore",
    )


def test_email_urls_are_parsed_and_bad_ones_refused(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "smtp+tls://bot:pw@mail.example.com:587")
    config = env.get_email_config("EMAIL_URL", "consolemail://")
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"], config["EMAIL_USE_TLS"]) == ("mail.example.com", 587, True)
    monkeypatch.setenv("EMAIL_URL", "pigeon://coop")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        env.get_email_config("EMAIL_URL", "consolemail://")


def start_django(**overrides: str) -> subprocess.CompletedProcess:
    """Import the real settings in a fresh interpreter, as a server would at start-up."""
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=BASE_DIR,
        env=clean_environment(**overrides),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_start_up_stops_without_a_secret_key():
    result = start_django(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DEBUG", "maybe"),
        ("TIME_ZONE", "Mars/Olympus"),
        ("DATABASE_URL", "oracle://x/y"),
        ("CELERY_BROKER_URL", "amqp://guest@localhost//"),
        ("CELERY_TASK_TIME_LIMIT", "5"),
        ("LANGUAGE_CODE", "fr"),
        ("TRUSTED_PROXY_COUNT", "-1"),
        ("API_ANON_THROTTLE", "60/10m"),
        ("API_USER_THROTTLE", "lots"),
    ],
)
def test_start_up_stops_on_a_bad_value_and_names_it(variable, value):
    result = start_django(SECRET_KEY="x" * 50, **{variable: value})
    assert result.returncode != 0
    assert variable in result.stderr


def test_start_up_succeeds_with_a_secret_key_and_defaults():
    result = start_django(SECRET_KEY="x" * 50, DEBUG="false")
    assert result.returncode == 0, result.stderr


def test_production_settings_pass_the_deploy_check():
    environment = clean_environment(
        DEBUG="false",
        SECRET_KEY="a-long-random-production-secret-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        ALLOWED_HOSTS="vendorscore.example.com",
        SITE_URL="https://desk.buyer.example.com",
        PROBE_REPLY_ADDRESS="Li Wei <tech@buyer.example.com>",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_check_warns_when_vendors_could_not_reach_our_links_or_mailbox():
    environment = clean_environment(DEBUG="false", SECRET_KEY="x" * 60, ALLOWED_HOSTS="vendorscore.example.com")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "vendorscore.W001" in result.stderr + result.stdout
    assert "vendorscore.W002" in result.stderr + result.stdout
