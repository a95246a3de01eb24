"""How well the clause detector reads the labelled set: precision and recall, computed plainly.

Pure: used by ``manage.py evaluate_clauses`` and by the test that keeps the figures up.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from contracts import clauses
from contracts.labelled_set import CONTRACTS

STATUSES = (clauses.PRESENT, clauses.WEAK, clauses.MISSING)


@dataclass
class Tally:
    true_positive: int = 0
    predicted: int = 0
    actual: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.actual if self.actual else 1.0


@dataclass
class Report:
    by_status: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in STATUSES})
    by_key: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: {k: {s: Tally() for s in STATUSES} for k in clauses.KEYS}
    )
    flags: Tally = field(default_factory=Tally)
    sla_rows: Tally = field(default_factory=Tally)
    renewal_fields: Counter = field(default_factory=Counter)
    renewal_total: int = 0
    misses: list[str] = field(default_factory=list)
    contracts: int = 0

    def key_scores(self, key: str) -> tuple[float, float]:
        """Macro precision and recall over the statuses a key has in labels or predictions."""
        tallies = [t for t in self.by_key[key].values() if t.actual or t.predicted]
        if not tallies:
            return 1.0, 1.0
        return sum(t.precision for t in tallies) / len(tallies), sum(t.recall for t in tallies) / len(tallies)

    @property
    def accuracy(self) -> float:
        total = sum(t.actual for t in self.by_status.values())
        return sum(t.true_positive for t in self.by_status.values()) / total if total else 1.0


def _row(term) -> tuple:
    return (
        term["severity"],
        term["response_minutes"],
        term["fix_minutes"],
        term["clock"],
        term.get("acknowledgement_counts", False),
    )


def evaluate(contracts: list[dict] = CONTRACTS) -> Report:
    report = Report()
    for contract in contracts:
        report.contracts += 1
        analysis = clauses.analyze(contract["text"])
        for item in analysis.items:
            expected = contract["labels"].get(item.key, clauses.MISSING)
            for status in STATUSES:
                hit = item.status == status and expected == status
                for tally in (report.by_status[status], report.by_key[item.key][status]):
                    tally.true_positive += hit
                    tally.predicted += item.status == status
                    tally.actual += expected == status
            if item.status != expected:
                report.misses.append(f"{contract['name']}: {item.key} is {item.status}, labelled {expected}")
        if contract["red_flags"] is None:  # a set labelled for statuses only
            expected_flags = found_flags = set()
        else:
            expected_flags, found_flags = set(contract["red_flags"]), set(analysis.red_flags)
        report.flags.true_positive += len(expected_flags & found_flags)
        report.flags.predicted += len(found_flags)
        report.flags.actual += len(expected_flags)
        for flag in sorted(expected_flags ^ found_flags):
            report.misses.append(
                f"{contract['name']}: red flag {flag} {'missed' if flag in expected_flags else 'wrongly raised'}"
            )
        expected_rows = {_row(term) for term in contract["sla"]}
        found_rows = {_row(vars(term)) for term in analysis.sla}
        report.sla_rows.true_positive += len(expected_rows & found_rows)
        report.sla_rows.predicted += len(found_rows)
        report.sla_rows.actual += len(expected_rows)
        for row in sorted(expected_rows ^ found_rows, key=str):
            report.misses.append(f"{contract['name']}: SLA row {row} {'missed' if row in expected_rows else 'extra'}")
        report.renewal_total += 1
        for name in ("cap_percent", "notice_days", "auto_renew"):
            found = getattr(analysis.renewal, name)
            expected = contract["renewal"][name]
            if (found == expected) or (found is not None and expected is not None and float(found) == float(expected)):
                report.renewal_fields[name] += 1
            else:
                report.misses.append(f"{contract['name']}: renewal {name} is {found}, labelled {expected}")
    return report


def demo_set() -> list[dict]:
    """The six demo contracts (contracts.demo_texts), labelled by their own author's review.

    Written by a colleague who had not seen the detector's rules: a second independent check.
    Its red flags are not labelled; N/A verdicts count as "missing" (the detector never says N/A).
    """
    from contracts.demo_texts import DEMO_CONTRACTS

    labelled = []
    for name, spec in DEMO_CONTRACTS.items():
        facts = spec["facts"]
        labelled.append(
            {
                "name": f"demo {name}",
                "text": spec["text"],
                "labels": {
                    key: (clauses.MISSING if status == "na" else status)
                    for key, (status, _note) in spec["review"].items()
                },
                "red_flags": None,
                "sla": [
                    {
                        "severity": severity,
                        "response_minutes": response,
                        "fix_minutes": fix,
                        "clock": clock,
                        "acknowledgement_counts": spec["acknowledgement_counts"],
                    }
                    for severity, (response, fix, clock) in spec["sla"].items()
                ],
                "renewal": {
                    "cap_percent": facts["renewal_cap_percent"],
                    "notice_days": facts["notice_days"],
                    "auto_renew": facts["auto_renew"],
                },
            }
        )
    return labelled
