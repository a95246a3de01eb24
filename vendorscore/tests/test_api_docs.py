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


def generated_schema() -> dict:
    import json

    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    raw = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(OpenApiJsonRenderer().render(raw, renderer_context={}))


def test_every_operation_documents_the_errors_it_can_answer():
    """What tests/test_api_schemathesis.py holds every response to: the status codes, and their bodies."""
    schema = generated_schema()
    error = {"$ref": "#/components/schemas/Error"}
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            label = f"{method.upper()} {path}"
            assert responses["429"]["headers"]["Retry-After"], label
            assert "400" in responses, label  # a NUL in the address or a header, whatever the operation
            if path != "/api/inbound/email/":  # signed, not authenticated
                assert responses["401"]["content"]["application/json"]["schema"] == error, label
            if path not in ("/api/auth/token/", "/api/inbound/email/"):
                assert "403" in responses, label
            if "{" in path:
                assert responses["404"]["content"]["application/json"]["schema"] == error, label
            if method in ("post", "put", "patch", "delete"):
                assert {"400", "409"} <= set(responses), label
            if "requestBody" in operation:
                assert "415" in responses, label
    assert schema["paths"]["/api/vendors/"]["get"]["responses"]["404"]  # a page past the last
    validation = schema["paths"]["/api/vendors/"]["post"]["responses"]["400"]["content"]["application/json"]
    assert validation["schema"] == {"$ref": "#/components/schemas/ValidationError"}


def test_what_the_schema_used_to_get_wrong_is_documented_as_sent():
    """Each of these was a response schemathesis found to differ from the schema."""
    schema = generated_schema()
    components = schema["components"]["schemas"]
    window = components["ProbeSchedule"]["properties"]["window_start"]
    assert "format" not in window  # "10:00:00" has no offset: not an RFC 3339 time
    assert window["pattern"].startswith("^")
    assert components["ContractReview"]["properties"]["reviewed_by"]["nullable"] is True
    assert components["Contract"]["properties"]["notice_deadline"]["nullable"] is True
    risk = components["ContractReview"]["properties"]["overall_risk"]
    assert "BlankEnum" in str(risk)  # "" until the reviewer chooses
    answer_conflict = schema["paths"]["/api/evaluations/{id}/answer/"]["post"]["responses"]["409"]
    assert answer_conflict["content"]["application/json"]["schema"]["$ref"].endswith("/AnswerConflict")
    assert set(components["AnswerConflict"]["properties"]) == {"detail", "current"}
    check_conflict = schema["paths"]["/api/contract-reviews/{id}/check/"]["post"]["responses"]["409"]
    assert check_conflict["content"]["application/json"]["schema"]["$ref"].endswith("/CheckConflict")
    download = schema["paths"]["/api/contracts/{id}/file/"]["get"]["responses"]["200"]["content"]
    assert set(download) == {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/plain",
    }
