"""Demo evaluations: three evaluators' approved checklists for every demo vendor.

Answers are generated from each vendor's strengths per dimension (0..1) plus a
small, deterministic disagreement per evaluator, then mapped into each
criterion's own answer space, so the scorecards differ and each weight profile
ranks the vendors differently. Safe to run again: existing rows are updated,
history events and approval dates are written only once.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.db import transaction
from django.utils import timezone

from evaluations.choices import AnswerType, EvaluationStatus
from evaluations.models import Answer, ChecklistTemplate, Criterion, Evaluation, ScoreSnapshot
from evaluations.scorecards import recompute_vendor
from vendors.models import Vendor

# Strength per dimension (0 = poor, 1 = excellent), by demo vendor name.
STRENGTHS: dict[str, dict[str, float]] = {
    "Whalesong Interactive": {
        "response_speed": 0.9, "support_depth": 0.85, "team_stability": 0.9, "bug_fix": 0.85, "iteration": 0.8,
        "documentation": 0.9, "sla": 0.9, "custom_dev": 0.6, "pricing": 0.45, "credibility": 0.95,
    },
    "Busy Bee Live Source": {
        "response_speed": 0.15, "support_depth": 0.2, "team_stability": 0.15, "bug_fix": 0.25, "iteration": 0.2,
        "documentation": 0.15, "sla": 0.05, "custom_dev": 0.3, "pricing": 0.35, "credibility": 0.25,
    },
    "Straitlight Media Labs": {
        "response_speed": 0.6, "support_depth": 0.95, "team_stability": 0.65, "bug_fix": 0.65, "iteration": 0.5,
        "documentation": 0.85, "sla": 0.7, "custom_dev": 0.7, "pricing": 0.6, "credibility": 0.95,
    },
    "Pomelo Commerce Live": {
        "response_speed": 0.95, "support_depth": 0.6, "team_stability": 0.6, "bug_fix": 0.95, "iteration": 0.5,
        "documentation": 0.5, "sla": 0.95, "custom_dev": 0.55, "pricing": 0.7, "credibility": 0.6,
    },
    "Firefly Duet Labs": {
        "response_speed": 0.85, "support_depth": 0.9, "team_stability": 0.7, "bug_fix": 0.5, "iteration": 0.95,
        "documentation": 0.55, "sla": 0.4, "custom_dev": 0.8, "pricing": 0.65, "credibility": 0.5,
    },
    "Elderwood Software": {
        "response_speed": 0.45, "support_depth": 0.5, "team_stability": 0.95, "bug_fix": 0.55, "iteration": 0.1,
        "documentation": 0.3, "sla": 0.55, "custom_dev": 0.45, "pricing": 0.85, "credibility": 0.7,
    },
}  # fmt: skip

EVALUATORS = ("evaluator", "evaluator2", "evaluator3")
DEMO_NOTE = "Checked in the vendor's demo environment."
# How long ago each evaluator's evaluation was approved: older ones weigh less.
APPROVED_DAYS_AGO = {"evaluator": 12, "evaluator2": 40, "evaluator3": 220}


def jitter(*parts: object) -> float:
    """A stable number in [-1, 1) from the parts: the same demo every run."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return digest[0] / 128 - 1


def answer_for(criterion: Criterion, quality: float) -> object:
    """The answer a vendor of this quality (0..1) would earn on this criterion."""
    target = quality * 100
    rule = criterion.rule
    if criterion.answer_type == AnswerType.YES_NO:
        return min(("yes", "no"), key=lambda choice: abs(rule.get(choice, 0) - target))
    if criterion.answer_type == AnswerType.SCALE:
        return max(1, min(5, round(1 + 4 * quality)))
    if criterion.answer_type == AnswerType.NUMBER:
        lower_is_better = rule.get("better") == "lower"
        candidates = [(score, limit) for limit, score in rule["bands"]] + [(rule.get("otherwise", 0), None)]
        _score, limit = min(candidates, key=lambda candidate: abs(candidate[0] - target))
        if limit is None:  # worse than every band
            last = rule["bands"][-1][0]
            return last * 2 + 1 if lower_is_better else last / 2
        return limit
    options = rule.get("options", [])
    if criterion.answer_type == AnswerType.SINGLE:
        return min(options, key=lambda option: abs(option["score"] - target))["key"]
    if criterion.answer_type == AnswerType.MULTI:
        chosen, total = [], 0
        for option in sorted(options, key=lambda o: -o["score"]):
            if total + option["score"] <= target + 10:
                chosen.append(option["key"])
                total += option["score"]
        return chosen
    return None


def seed_evaluations(users: dict[str, object], manager) -> int:
    """Create or refresh the demo evaluations; returns how many approved evaluations exist."""
    template = ChecklistTemplate.objects.for_new_evaluations()
    criteria = list(template.criteria.all())
    now = timezone.now()
    count = 0
    with transaction.atomic():
        for vendor in Vendor.objects.alive().filter(name__in=STRENGTHS):
            strengths = STRENGTHS[vendor.name]
            for username in EVALUATORS:
                user = users[username]
                evaluation, created = Evaluation.objects.get_or_create(
                    vendor=vendor, evaluator=user, template=template, status=EvaluationStatus.APPROVED
                )
                if created:
                    approved = now - dt.timedelta(days=APPROVED_DAYS_AGO[username])
                    Evaluation.objects.filter(pk=evaluation.pk).update(
                        submitted_at=approved - dt.timedelta(days=1),
                        reviewed_at=approved,
                        reviewed_by=manager,
                        review_comment="Demo data: approved.",
                    )
                    evaluation.record("created", user)
                    evaluation.record("approved", manager, comment="Demo data: approved.")
                for criterion in criteria:
                    quality = min(
                        1.0,
                        max(0.0, strengths[criterion.dimension] + 0.15 * jitter(vendor.name, username, criterion.key)),
                    )
                    skip = jitter("skip", vendor.name, username, criterion.key) > 0.8  # a few left unanswered
                    na = criterion.na_allowed and jitter("na", vendor.name, criterion.key) > 0.85
                    value = None if skip or na else answer_for(criterion, quality)
                    if criterion.answer_type == AnswerType.TEXT and not skip:
                        value = f"Demo transcript for {criterion.key}: asked on WeCom, answered after a while."
                    Answer.objects.update_or_create(
                        evaluation=evaluation,
                        criterion=criterion,
                        defaults={
                            "value": value,
                            "is_na": na,
                            "note": "Checked in the vendor's demo environment."
                            if jitter("note", criterion.key) > 0.6
                            else "",
                            "updated_by": user,
                        },
                    )
                count += 1
        awaiting_review(users, template, criteria, now)
    return count


def awaiting_review(users: dict, template, criteria, now) -> None:
    """A newer evaluation of one vendor, submitted and not yet approved, so a manager's first
    look at the overview and the evaluation list has something waiting (created once, ever)."""
    vendor = Vendor.objects.alive().filter(name="Pomelo Commerce Live").first()
    user = users["evaluator2"]
    if vendor is None or Evaluation.objects.filter(vendor=vendor, evaluator=user).count() > 1:
        return
    evaluation = Evaluation.objects.create(vendor=vendor, evaluator=user, template=template)
    evaluation.record("created", user)
    strengths = STRENGTHS[vendor.name]
    for criterion in criteria[::2]:  # about half answered: the submit check will have said so
        quality = min(1.0, max(0.0, strengths[criterion.dimension] + 0.1))
        value = answer_for(criterion, quality)
        if criterion.answer_type == AnswerType.TEXT:
            value = "Follow-up after the 3.2 release: asked again on WeCom."
        Answer.objects.create(evaluation=evaluation, criterion=criterion, value=value, updated_by=user)
    Evaluation.objects.filter(pk=evaluation.pk).update(
        status=EvaluationStatus.SUBMITTED, submitted_at=now - dt.timedelta(hours=5)
    )
    evaluation.record("submitted", user)


def backfill_score_history(vendor: Vendor) -> None:
    """Give a fresh demo vendor a score history: snapshots as of each past approval."""
    if ScoreSnapshot.objects.filter(vendor=vendor).exists():
        return
    approvals = sorted(
        Evaluation.objects.filter(vendor=vendor, status=EvaluationStatus.APPROVED).values_list("reviewed_at", flat=True)
    )
    for moment in approvals:
        recompute_vendor(vendor.pk, now=moment + dt.timedelta(hours=1))
    recompute_vendor(vendor.pk)
