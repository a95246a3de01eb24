from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_openapi_schema_is_served_as_json(client, viewer):
    client.force_login(viewer)
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/vendors/" in schema["paths"]
    assert "/api/auth/token/" in schema["paths"]
    assert {"tokenAuth", "cookieAuth"} <= set(schema["components"]["securitySchemes"])


def test_swagger_ui_loads_its_assets_from_our_own_static_files(client, viewer):
    client.force_login(viewer)
    body = client.get("/api/docs/").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', body)
    assert any("drf_spectacular_sidecar/swagger-ui-dist" in s for s in sources)
    assert not [s for s in sources if s.startswith(("http://", "https://", "//"))]


def test_the_schema_and_docs_need_an_account(client):
    assert client.get("/api/schema/").status_code in (401, 403)
    assert client.get("/api/docs/").status_code in (401, 403)
