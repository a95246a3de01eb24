"""Every page, as each role: no unlabelled field, no ARIA reference to a missing id, no 5xx.

A crawl with Django's test client over the demo data: it starts at the home page and the
main menu, follows every link inside the site (a bounded number of pages per role, each
kind of page at most a few times), and parses each page with the standard library's
HTML parser. A field counts as labelled by a <label for>, a wrapping <label>, aria-label,
aria-labelledby or title; hidden fields and buttons need none.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

SKIP = re.compile(r"^/(admin/|api/|accounts/logout|i18n/|jsi18n|static/|media/)|export=|print=1|/file/|/evidence/")
PAGES_PER_ROLE = 160
SAME_KIND = 3  # at most this many pages whose address differs only in its numbers
UNLABELLED_OK = {"hidden", "submit", "button", "reset", "image"}


class PageAudit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.label_for: set[str] = set()
        self.fields: list[dict] = []
        self.references: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.open_labels = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for name in ("aria-describedby", "aria-labelledby", "aria-controls"):
            for ref in (a.get(name) or "").split():
                self.references.append((name, ref))
        if tag == "label":
            self.open_labels += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        elif tag in ("input", "select", "textarea") and (a.get("type") or "").lower() not in UNLABELLED_OK:
            self.fields.append({**a, "_tag": tag, "_wrapped": self.open_labels > 0})
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])

    def handle_endtag(self, tag):
        if tag == "label" and self.open_labels:
            self.open_labels -= 1

    def problems(self) -> list[str]:
        found = []
        for field in self.fields:
            labelled = (
                field["_wrapped"]
                or field.get("id") in self.label_for
                or field.get("aria-label")
                or field.get("aria-labelledby")
                or field.get("title")
            )
            if not labelled:
                found.append(f"unlabelled <{field['_tag']} name={field.get('name')!r} id={field.get('id')!r}>")
        for name, ref in self.references:
            if ref not in self.ids:
                found.append(f"{name} points at a missing id {ref!r}")
        return found


def kind_of(path: str) -> str:
    return re.sub(r"\d+", "N", path.split("?")[0])


def crawl(client, on_response=None) -> tuple[int, dict[str, list[str]]]:
    """Visit the site's pages from the menu on; ``on_response(url, response)`` sees every answer."""
    queue = deque(["/", "/vendors/", "/scores/", "/compare/", "/evaluations/", "/probes/", "/contracts/",
                   "/profiles/", "/checklists/", "/notifications/", "/accounts/preferences/"])  # fmt: skip
    seen, kinds, problems, visited = set(queue), Counter(), {}, 0
    while queue and visited < PAGES_PER_ROLE:
        url = queue.popleft()
        response = client.get(url)
        visited += 1
        assert response.status_code < 500, f"{url} answered {response.status_code}"
        if on_response is not None:
            on_response(url, response)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        audit = PageAudit()
        audit.feed(response.content.decode())
        if found := audit.problems():
            problems[url] = found
        for href in audit.links:
            href = urldefrag(href)[0]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href.startswith("/") or SKIP.search(href) or href in seen:
                continue
            if kinds[kind_of(href)] >= SAME_KIND:
                continue
            kinds[kind_of(href)] += 1
            seen.add(href)
            queue.append(href)
    return visited, problems


@pytest.mark.parametrize(("username", "language"), [("viewer", "en"), ("evaluator", "zh-hans"), ("manager", "en")])
def test_every_page_labels_its_fields_and_points_aria_at_real_ids(client, username, language):
    call_command("seed_demo", "--password", "a11y-pass-1", stdout=StringIO())
    from django.contrib.auth.models import User

    client.force_login(User.objects.get(username=username))
    client.cookies["django_language"] = language
    visited, problems = crawl(client)
    print(f"{username}/{language}: {visited} pages crawled")
    assert visited >= 40, f"the crawl reached only {visited} pages"
    assert not problems, "\n".join(f"{url}: {p}" for url, found in problems.items() for p in found)


def test_no_filter_asks_for_ctrl_click(client):
    """Filters offer checkboxes: a <select multiple> list box needs Ctrl-click and fails on phones."""
    call_command("seed_demo", "--password", "a11y-pass-1", stdout=StringIO())
    from django.contrib.auth.models import User

    client.force_login(User.objects.get(username="manager"))
    for url in ["/vendors/", "/scores/", "/evaluations/", "/probes/", "/probes/questions/", "/contracts/",
                "/contracts/reviews/", "/compare/"]:  # fmt: skip
        body = client.get(url).content.decode()
        assert not re.search(r"<select[^>]*\bmultiple\b", body), url


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        digits = colour.lstrip("#")
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_colours_reach_4_5_to_1_on_every_background_they_sit_on():
    from pathlib import Path

    css = (Path(__file__).resolve().parents[1] / "static" / "css" / "app.css").read_text()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b", css))
    backgrounds = [colours["bg"], "#ffffff", "#edf2f7", "#fffaf0", "#f0fff4", "#fff5f5"]  # page, cards, tags, notes
    for name in ("ink", "muted", "good", "warn", "bad", "brand"):
        for background in backgrounds:
            ratio = contrast(colours[name], background)
            assert ratio >= 4.5, f"--{name} {colours[name]} on {background}: {ratio:.2f}:1"
    assert contrast(colours["brand-ink"], colours["brand"]) >= 4.5  # the top bar
