"""Where every question of the default checklist comes from, and what is missing.

    python manage.py checklist_sources

Prints, for each source (a point of the two domain articles, an item of the checklist-2
review), the questions that answer it, and the red flags with their severity. Fails when a
question has no scenario tag (``scenarios``; an empty list means "every scenario"), no help
text in either language or no source, or when a required topic has no question.
"""

from __future__ import annotations

from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError

from evaluations import default_template_v2 as checklist
from evaluations.choices import Dimension
from evaluations.objective import SIGNAL_LABELS

# What the checklist-2 review asked for, each to be found in some question's sources.
REQUIRED_TOPICS = (
    "source completeness",
    "third-party",
    "compliance",
    "launch support",
    "secondary development",
    "peak",
    "escalation",
    "viability",
    "security",
    "voice",
)


def problems_of(criteria: list[dict]) -> list[str]:
    found = []
    for item in criteria:
        key = item.get("key", "?")
        if "scenarios" not in item or not isinstance(item["scenarios"], list):
            found.append(f"{key}: no scenario tag")
        if not (item.get("help_en") or "").strip() or not (item.get("help_zh") or "").strip():
            found.append(f"{key}: no help text in both languages")
        if not item.get("sources"):
            found.append(f"{key}: no source")
    sources = " | ".join(source.lower() for item in criteria for source in item.get("sources", []))
    found += [f"no question for the required topic “{topic}”" for topic in REQUIRED_TOPICS if topic not in sources]
    covered = {item["dimension"] for item in criteria if any(s.startswith("article") for s in item.get("sources", []))}
    found += [
        f"no question traced to the articles in dimension {key}" for key in Dimension.values if key not in covered
    ]
    return found


class Command(BaseCommand):
    help = "Print where each checklist question comes from; fail on untagged or unsourced questions."

    def handle(self, *args, **options):
        by_source: dict[str, list[str]] = defaultdict(list)
        for item in checklist.CRITERIA:
            for source in item.get("sources", []):
                by_source[source].append(item["key"])
        for source in sorted(by_source):
            self.stdout.write(f"{source}\n    " + ", ".join(by_source[source]))
        self.stdout.write("\nRed flags:")
        for item in checklist.CRITERIA:
            if item.get("red_flag"):
                flag = item["red_flag"]
                self.stdout.write(f"  {flag.get('severity', 'major'):8} {item['key']}: {flag.get('label_en', '')}")
        self.stdout.write(f"\nFacts measured on the vendor (not asked): {', '.join(sorted(SIGNAL_LABELS))}")
        problems = problems_of(checklist.CRITERIA)
        scenarios = defaultdict(int)
        for item in checklist.CRITERIA:
            for scenario in item.get("scenarios") or ["(every scenario)"]:
                scenarios[scenario] += 1
        self.stdout.write("\nQuestions per scenario: " + ", ".join(f"{k} {v}" for k, v in sorted(scenarios.items())))
        self.stdout.write(f"{len(checklist.CRITERIA)} questions, {len(by_source)} sources, {len(problems)} problems")
        if problems:
            raise CommandError("\n".join(problems))
