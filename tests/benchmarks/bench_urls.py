"""The site's URLs plus ``/__bare__/<name>``: a plain Django view answering the bytes an endpoint
answered, with its content type, read once from BENCH_BODIES (a directory of ``<name>.body`` and
``<name>.type`` files the benchmark captured). Same process, same middleware: the ratio of an
endpoint's throughput to its bare twin's is what the view's own work costs."""

from __future__ import annotations

import os
from pathlib import Path

from django.http import Http404, HttpResponse
from django.urls import path

from vendorscore.urls import *  # noqa: F403
from vendorscore.urls import urlpatterns as site_patterns

BODIES: dict[str, tuple[bytes, str]] = {}
if folder := os.environ.get("BENCH_BODIES"):
    for body in Path(folder).glob("*.body"):
        BODIES[body.stem] = (body.read_bytes(), body.with_suffix(".type").read_text().strip())


def bare(request, name: str) -> HttpResponse:
    try:
        content, content_type = BODIES[name]
    except KeyError:
        raise Http404(name) from None
    return HttpResponse(content, content_type=content_type)


urlpatterns = [path("__bare__/<str:name>", bare), *site_patterns]
