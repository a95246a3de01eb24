"""Every question of checklist 2 is traceable and tagged (issue 9's done-when)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from evaluations.management.commands.checklist_sources import REQUIRED_TOPICS, problems_of


def test_the_command_prints_the_mapping_and_finds_nothing_missing():
    out = StringIO()
    call_command("checklist_sources", stdout=out)
    text = out.getvalue()
    assert "Red flags:" in text
    assert "critical" in text
    assert " 0 problems" in text


def item(**overrides) -> dict:
    base = {
        "key": "k",
        "dimension": "sla",
        "help_en": "Good: … bad: …",
        "help_zh": "好：……差：……",
        "scenarios": [],
        "sources": ["article-1: SLA"],
    }
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        ({"scenarios": None}, "no scenario tag"),
        ({"help_zh": ""}, "no help text"),
        ({"sources": []}, "no source"),
    ],
)
def test_an_untagged_unexplained_or_unsourced_question_is_a_problem(broken, problem):
    complete = [item(key=f"t{n}", sources=[f"issue-9: {topic}"]) for n, topic in enumerate(REQUIRED_TOPICS)]
    found = problems_of([*complete, item(**broken)])
    assert any(problem in line for line in found), found


def test_a_required_topic_without_a_question_fails_the_command(monkeypatch):
    from evaluations import default_template_v2

    monkeypatch.setattr(default_template_v2, "CRITERIA", [item()])
    with pytest.raises(CommandError, match="third-party"):
        call_command("checklist_sources", stdout=StringIO())
