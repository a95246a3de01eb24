"""Benchmark of the scoring engine on the real default checklist. Prints figures; asserts nothing.

.venv/bin/python tests/benchmarks/bench_scoring.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorscore.settings")
os.environ.setdefault("DEBUG", "true")

import django

django.setup()

from evaluations import scoring  # noqa: E402
from evaluations.default_template import CRITERIA, PROFILES  # noqa: E402
from evaluations.demo import answer_for  # noqa: E402


class _Row:
    def __init__(self, item):
        self.__dict__.update(item)


def main() -> None:
    fields = ("key", "dimension", "answer_type", "weight", "rule", "red_flag", "na_allowed")
    specs = [scoring.CriterionSpec(**{field: item[field] for field in fields}) for item in CRITERIA]
    rng = random.Random(7)
    rows = [_Row(item) for item in CRITERIA]
    for evaluators in (1, 5, 20):
        evaluations = [
            ({row.key: scoring.AnswerInput(answer_for(row, rng.random())) for row in rows}, rng.random())
            for _ in range(evaluators)
        ]
        timings = []
        for _ in range(30):
            started = time.perf_counter()
            combined = scoring.combine(evaluations, specs)
            for profile in PROFILES:
                scoring.overall(combined, profile["weights"]).to_dict()
            timings.append(time.perf_counter() - started)
        print(
            f"{len(specs)} criteria × {evaluators:>2} evaluators × {len(PROFILES)} profiles: "
            f"median {statistics.median(timings) * 1000:.1f} ms, p90 {sorted(timings)[26] * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
