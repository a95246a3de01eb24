"""API errors follow the reader's language, 404s included (issue 8, item 13)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "There is no vendor with this id (or it was deleted)."),
        ("zh-hans", "没有这个编号的供应商（或已被删除）。"),
    ],
)
def test_a_missing_record_is_a_404_in_the_readers_language(api_as, viewer, language, expected):
    response = api_as(viewer).get("/api/vendors/999999/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    assert response.json() == {"detail": expected}


def test_an_unknown_api_address_answers_json_not_a_web_page(api_as, viewer):
    response = api_as(viewer).get("/api/nothing-here/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"] == "未找到。"


def test_pages_keep_their_html_404(client, viewer):
    client.force_login(viewer)
    response = client.get("/nothing-here/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
