"""One pagination include for every list: its links keep the filters and carry one page number."""

from __future__ import annotations

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


@pytest.mark.parametrize(
    ("query", "expected_next"),
    [
        ("", "?page=3"),
        ("status=a&status=b&q=%E4%BE%9B", "?status=a&amp;status=b&amp;q=%E4%BE%9B&amp;page=3"),
        ("page=2&q=x", "?page=3&amp;q=x"),  # the current page is replaced, never repeated
    ],
)
def test_page_links_keep_the_query_and_replace_the_page(query, expected_next):
    request = RequestFactory().get(f"/list/?{query}")
    page = Paginator(list(range(30)), 10).get_page(2)
    html = render_to_string("_pagination.html", {"page": page}, request=request)
    assert f'href="{expected_next}"' in html
    assert html.count("page=") == 2  # previous and next, one page number each
    assert "Page 2 of 3" in html


def test_a_single_page_has_no_pagination():
    request = RequestFactory().get("/list/")
    page = Paginator([1, 2], 10).get_page(1)
    assert render_to_string("_pagination.html", {"page": page}, request=request).strip() == ""
