"""/compare/ at scale: vendors are found through a search box, not listed one checkbox each.

The chosen vendors travel in the address; the search returns at most SEARCH_LIMIT vendors by
name, each with a link that adds it; htmx fetches only the results; without JavaScript the
same GET form and links work. Validation looks up the chosen ids only.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest
from django.urls import reverse

from evaluations.views.scores import SEARCH_LIMIT
from tests.page_cost import reading, scored_vendors
from vendors.tests.factories import VendorFactory

pytestmark = pytest.mark.django_db
URL = reverse("evaluations:compare")


def add_links(body: str) -> list[str]:
    return [unescape(href) for href in re.findall(r'<a class="button small add" href="([^"]+)"', body)]


def chips(body: str) -> list[str]:
    return re.findall(r'<li class="compare-chip">([^<]+?) <a', body)


@pytest.fixture
def signed_in(client, viewer):
    client.force_login(viewer)
    return client


def test_the_page_lists_at_most_the_search_limit_and_no_checkbox_per_vendor(signed_in):
    scored_vendors(SEARCH_LIMIT + 5, history=0)
    body = signed_in.get(URL).content.decode()
    assert 'type="checkbox"' not in body
    assert len(add_links(body)) == SEARCH_LIMIT
    assert "Only the first 20 are shown" in body


def test_the_search_finds_vendors_by_either_name_and_keeps_the_selection(signed_in):
    kept = VendorFactory(name="Kept Co", name_en="Kept Co", name_zh="保留科技")
    wanted = VendorFactory(name="Lumen Live", name_en="Lumen Live", name_zh="流明直播")
    VendorFactory(name="Other Co", name_en="Other Co", name_zh="其他")
    for q in ("lumen", "流明"):
        body = signed_in.get(URL, {"vendors": [kept.pk], "profile": "balanced", "q": q}).content.decode()
        assert chips(body) == ["Kept Co"]
        assert add_links(body) == [f"{URL}?vendors={kept.pk}&vendors={wanted.pk}&profile=balanced&q={quote(q)}"]
        assert f'<input type="hidden" name="vendors" value="{kept.pk}">' in body  # both forms keep it
    # The chosen vendor is not offered again, and fewer than two while choosing is no error.
    body = signed_in.get(URL, {"vendors": [kept.pk], "q": "kept"}).content.decode()
    assert "No other vendor’s name contains “kept”" in body
    assert 'role="alert"' not in body


def test_without_javascript_search_then_add_twice_then_compare(signed_in):
    first, second = VendorFactory(name="Alpha Streams"), VendorFactory(name="Beta Streams")
    VendorFactory(name="Gamma Audio")
    page = signed_in.get(URL).content.decode()
    form = re.search(r'<form method="get" action="([^"]+)" role="search"', page)
    assert form
    assert form.group(1) == URL
    body = signed_in.get(URL, {"profile": "balanced", "q": "streams"}).content.decode()
    links = add_links(body)
    assert len(links) == 2
    body = signed_in.get(links[0]).content.decode()
    assert chips(body) == ["Alpha Streams"]
    body = signed_in.get(add_links(body)[0]).content.decode()  # Beta, still among the results
    assert chips(body) == ["Alpha Streams", "Beta Streams"]
    assert 'class="table compare"' in body  # two chosen: the comparison is there
    remove = re.search(r'<a class="remove" href="([^"]+)"', body).group(1)
    body = signed_in.get(unescape(remove)).content.decode()
    assert chips(body) == ["Beta Streams"]
    assert f"vendors={second.pk}" in unescape(remove)
    assert f"vendors={first.pk}" not in unescape(remove)


def test_htmx_gets_only_the_results(signed_in):
    VendorFactory(name="Lumen Live")
    response = signed_in.get(
        URL, {"q": "lumen", "profile": "balanced"}, headers={"HX-Request": "true", "HX-Target": "vendor-results"}
    )
    body = response.content.decode()
    assert "<html" not in body
    assert "Lumen Live" in body
    assert 'class="button small add"' in body


def test_the_search_and_its_results_escape_what_was_typed(signed_in):
    VendorFactory(name="<b>Bold</b> Co")
    evil = '"><script>alert(1)</script>'
    body = signed_in.get(URL, {"q": evil}).content.decode()
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    body = signed_in.get(URL, {"q": "bold"}).content.decode()
    assert "<b>Bold</b>" not in body
    assert "&lt;b&gt;Bold&lt;/b&gt; Co" in body


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["x", "1"], "“x” is not a vendor number."),
        (["99999999999999999999999", "1"], "is not a vendor number."),
        (["-3", "1"], "“-3” is not a vendor number."),
        (["999999"], "Choose between 2 and 6 vendors to compare."),
    ],
)
def test_bad_ids_are_a_clear_error_not_a_500(signed_in, ids, message):
    response = signed_in.get(URL, {"vendors": ids, "profile": "balanced"})
    assert response.status_code == 200
    assert message in unescape(response.content.decode())


def test_unknown_and_deleted_vendors_are_named_in_the_error(signed_in):
    alive, gone = VendorFactory(name="Alive Co"), VendorFactory(name="Gone Co")
    gone.soft_delete()
    body = signed_in.get(URL, {"vendors": [alive.pk, gone.pk, 999999], "profile": "balanced"}).content.decode()
    assert f"There are no vendors numbered {gone.pk}, 999999" in unescape(body)
    assert chips(body) == ["Alive Co"]  # the ones that exist stay, to remove or to keep
    refused = signed_in.get(URL, {"vendors": [alive.pk, 999999], "profile": "balanced", "export": "csv"})
    assert refused.status_code == 400
    assert "There is no vendor number 999999" in refused.content.decode()


def test_six_chosen_offers_no_more(signed_in):
    vendors = [VendorFactory() for _n in range(7)]
    body = signed_in.get(URL, {"vendors": [v.pk for v in vendors[:6]], "q": ""}).content.decode()
    assert add_links(body) == []
    assert "6 vendors are chosen, the most one comparison shows" in body


def test_the_picker_is_labelled(signed_in):
    vendor = VendorFactory(name="Kept Co")
    body = signed_in.get(URL, {"vendors": [vendor.pk], "q": ""}).content.decode()
    assert '<label for="id_compare_q">' in body
    assert 'aria-label="Remove Kept Co from the comparison"' in body
    assert 'id="vendor-results" aria-live="polite"' in body


def test_validation_and_the_search_read_the_same_at_10_and_at_210_vendors(signed_in):
    """The old picker loaded every vendor to validate and to list checkboxes: its cost grew with them."""
    chosen = scored_vendors(10)
    VendorFactory(name="Needle One")
    comparing = {"vendors": [chosen[0].pk, chosen[1].pk], "profile": "balanced"}
    searching = {"vendors": [chosen[0].pk], "profile": "balanced", "q": "needle"}

    def cost(params):
        signed_in.get(URL, params)  # warm: the labels, the profiles
        with reading() as read:
            assert signed_in.get(URL, params).status_code == 200
        return read

    small = [cost(comparing), cost(searching)]
    scored_vendors(200, history=0)
    large = [cost(comparing), cost(searching)]
    # Comparing: session, user, role, the bell's unread count, the profiles, the two chosen vendors,
    # their snapshots, the criterion labels and the contracts in force. Searching: session, user,
    # role, bell, profiles, the one chosen vendor and the search (at most 21 rows).
    assert [r.count for r in small] == [r.count for r in large] == [9, 7]
    for before, after in zip(small, large, strict=True):
        assert after.bytes <= before.bytes * 1.05, (before.bytes, after.bytes)
