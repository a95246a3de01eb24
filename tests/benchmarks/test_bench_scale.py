"""The benchmark's own pieces that do not need a server: reading wrk's output, the verdicts against
the issue's targets, the chart, and the bare view that serves a captured body."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from tests.benchmarks import bench_scale, bench_urls

WRK_OUTPUT = """\
Running 3s test @ http://127.0.0.1:40111/api/scores/?profile=balanced&page_size=50
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   443.10ms   80.22ms   1.20s    70.00%
    Req/Sec    18.50      6.10    30.00     60.00%
  Latency Distribution
     50%  441.00ms
     75%  500.12ms
     90%  610.00ms
     99%    1.02s
  108 requests in 3.01s, 7.80MB read
  Socket errors: connect 0, read 0, write 0, timeout 2
  Non-2xx or 3xx responses: 1
Requests/sec:     35.88
Transfer/sec:      2.59MB
"""


def test_wrk_output_is_read_in_milliseconds():
    result = bench_scale.parse_wrk(WRK_OUTPUT)
    assert result == {"rps": 35.88, "p50": 441.0, "p99": 1020.0, "errors": 3}
    assert bench_scale.parse_wrk("     50%  812.00us\n     99%    2.10ms\nRequests/sec:   1154.2\n") == {
        "rps": 1154.2,
        "p50": 0.812,
        "p99": 2.1,
        "errors": 0,
    }


def row(**changes) -> dict:
    base = {
        "target": "list",
        "queries": 7,
        "queries_small": 7,
        "bytes": 40_000,
        "bytes_small": 10_000,
        "ratio": 0.3,
        "p99": 80.0,
        "single_ms": 50.0,
        "db_bytes": 80_000,
        "db_bytes_small": 20_000,
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    ("changes", "met"),
    [
        ({}, True),
        ({"queries": 8}, False),  # a query more at N vendors than at 10: something runs per row
        ({"bytes": 200_000}, False),  # 20 times the bytes: the list grows with the data
        ({"db_bytes": 1_800_000}, False),  # or reads 90 times as much to show the same
        ({"target": "scores", "ratio": 0.5, "p99": 100.0}, True),
        ({"target": "scores", "ratio": 0.49}, False),
        ({"target": "scores", "ratio": 0.9, "p99": 101.0}, False),
        ({"target": "page", "ratio": 0.25, "single_ms": 100.0}, True),
        ({"target": "page", "ratio": 0.24}, False),
        ({"target": "page", "single_ms": 120.0}, False),
        ({"target": "page", "ratio": None}, False),
    ],
)
def test_verdicts_follow_the_issue_targets(changes, met):
    assert bench_scale.verdicts(row(**changes))[0] is met


def results() -> dict:
    return {
        "vendors": 1000,
        "endpoints": {"api scores": {"ratio": 0.031}, "ranking": {"ratio": 0.6}, "compare <4>": {"ratio": None}},
        "recompute": {
            "points": [
                {"vendors": 250, "seconds": 10.0, "per_vendor_ms": 40.0},
                {"vendors": 500, "seconds": 21.0, "per_vendor_ms": 42.0},
                {"vendors": 1000, "seconds": 49.0, "per_vendor_ms": 49.0},
            ]
        },
    }


def test_the_chart_is_well_formed_svg_with_a_bar_per_endpoint_and_a_point_per_n():
    svg = bench_scale.svg_chart(results())
    root = ET.fromstring(svg)  # noqa: S314  (our own output)
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "api scores" in texts
    assert "compare <4>" in texts  # escaped in the SVG, read back by the parser
    assert len(list(root.iter(f"{ns}circle"))) == 3
    assert "49.0 s (49 ms/vendor)" in texts


def test_recompute_verdicts_say_how_far_from_linear():
    lines = bench_scale.recompute_verdicts(results())
    assert lines[0].startswith("recompute all 1000: 49.0 s (target ≤ 10 s): NO")
    assert "spread 23%" in lines[1]  # 49 ms against 40 ms a vendor
    assert lines[1].endswith("NO")


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.benchmarks.bench_urls")
def test_the_bare_view_answers_the_captured_bytes(client, monkeypatch):
    monkeypatch.setattr(bench_urls, "BODIES", {"api-scores": (b'{"count": 1}', "application/json")})
    response = client.get("/__bare__/api-scores")
    assert response.status_code == 200
    assert response.content == b'{"count": 1}'
    assert response["Content-Type"] == "application/json"
    assert client.get("/__bare__/nothing").status_code == 404
