"""From the database to the pure engine and back: compute and store score snapshots.

``recompute_vendors`` gathers a batch of vendors' inputs (the latest approved evaluation
of each evaluator, decayed by age, plus the objective signals), scores them under every
weight profile with ``evaluations.scoring``, and writes a ScoreSnapshot only when the
result differs from the latest one, so the snapshots are the history of the score.

A batch reads its inputs in a fixed number of queries whatever its size: answers as plain rows
keyed by criterion id, each checklist's criteria once, the latest snapshots' digests in one
query; the changed snapshots are written in bulk, a transaction per ``SNAPSHOT_INSERT_BATCH``
rows. ``recompute_vendor`` is the same for one vendor (a page scoring it inline, the outbox),
writing row by row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import JSONField, Prefetch, TextField, Value
from django.db.models.functions import Cast, Left
from django.utils import timezone

from evaluations import scoring
from evaluations.models import (
    Answer,
    ChecklistTemplate,
    Criterion,
    Evaluation,
    EvidenceFile,
    ScoreSnapshot,
    WeightProfile,
)
from evaluations.objective import vendors_evidence
from vendors.models import Scenario, Vendor

DECAY_HALF_LIFE_DAYS = 365
EVIDENCE_NOTE_CHARS = 500
SNAPSHOT_INSERT_BATCH = 50  # rows per INSERT (and per transaction): a snapshot's data is tens of KB

logger = logging.getLogger(__name__)


@dataclass
class EvaluationInput:
    """One evaluator's latest approved evaluation of a vendor, as plain values."""

    pk: int
    evaluator: str
    template_id: int
    reviewed_at: dt.datetime
    answers: list[tuple] = field(default_factory=list)  # (pk, criterion id, value, is_na, note, link)


@dataclass
class Checklists:
    """Every checklist version a batch needs, read once: specs, and criterion ids to keys."""

    specs: dict[int, list[scoring.CriterionSpec]]
    keys: dict[int, str]  # criterion id -> key
    order: dict[int, tuple[int, int]]  # criterion id -> (position, id): answers in checklist order
    versions: dict[int, tuple[str, int]]  # template id -> (slug, version)
    fallback: int | None  # the checklist new evaluations use, for vendors nobody evaluated yet


def latest_evaluations(vendor_ids: Sequence[int], now: dt.datetime) -> dict[int, list[EvaluationInput]]:
    """Per vendor, each evaluator's latest evaluation approved by ``now``, oldest first: the choice
    of ``Evaluation.objects.latest_approved_per_evaluator`` for a batch, in one query."""
    rows = Evaluation.objects.latest_approved_rows(vendor_ids, now)
    return {vendor_id: [EvaluationInput(*row) for row in chosen] for vendor_id, chosen in rows.items()}


def load_checklists(template_ids: Iterable[int], need_fallback: bool) -> Checklists:
    """The criteria of these checklist versions (and of the one for new evaluations when asked)."""
    wanted = set(template_ids)
    fallback = None
    if need_fallback:
        template = ChecklistTemplate.objects.for_new_evaluations()
        if template is not None:
            fallback = template.pk
            wanted.add(template.pk)
    specs: dict[int, list[scoring.CriterionSpec]] = {pk: [] for pk in wanted}
    keys, order = {}, {}
    for criterion in Criterion.objects.filter(template_id__in=wanted).order_by("template_id", "position", "id"):
        specs[criterion.template_id].append(criterion.spec())
        keys[criterion.pk] = criterion.key
        order[criterion.pk] = (criterion.position, criterion.pk)
    versions = {
        pk: (slug, version)
        for pk, slug, version in ChecklistTemplate.objects.filter(pk__in=wanted).values_list("pk", "slug", "version")
    }
    return Checklists(specs=specs, keys=keys, order=order, versions=versions, fallback=fallback)


def load_answers(evaluations: dict[int, EvaluationInput], checklists: Checklists) -> dict[int, list[dict]]:
    """Fill each evaluation's answers (in checklist order) and return evidence files by answer id."""
    files: dict[int, list[dict]] = defaultdict(list)
    if not evaluations:
        return files
    answers = (
        Answer.objects.filter(evaluation_id__in=list(evaluations))
        .order_by()
        .values_list("pk", "evaluation_id", "criterion_id", "value", "is_na", Left("note", EVIDENCE_NOTE_CHARS), "link")
    )
    for pk, evaluation_id, criterion_id, value, is_na, note, link in answers:
        evaluations[evaluation_id].answers.append((pk, criterion_id, value, is_na, note, link))
    for evaluation in evaluations.values():
        evaluation.answers.sort(key=lambda answer: checklists.order[answer[1]])
    for answer_id, pk, name in (
        EvidenceFile.objects.filter(answer__evaluation_id__in=list(evaluations))
        .order_by("uploaded_at", "id")
        .values_list("answer_id", "pk", "name")
    ):
        files[answer_id].append({"id": pk, "name": name})
    return files


def _is_answered(value: object, is_na: bool) -> bool:
    return is_na or value not in (None, "", [])  # Answer.is_answered


def _context(evaluations: list[EvaluationInput], checklists: Checklists, files: dict[int, list[dict]]) -> dict:
    """What every profile's snapshot of a vendor shares: evaluators, evidence, answers."""
    evidence: dict[str, list[dict]] = {}
    answers: dict[str, list[dict]] = {}
    for evaluation in evaluations:
        for pk, criterion_id, value, is_na, note, link in evaluation.answers:
            key = checklists.keys[criterion_id]
            if _is_answered(value, is_na):  # stored as values: labelled in the reader's language when shown
                answers.setdefault(key, []).append({"evaluator": evaluation.evaluator, "value": value, "is_na": is_na})
            attached = files.get(pk, [])
            if note or link or attached:
                evidence.setdefault(key, []).append(
                    {
                        "evaluation": evaluation.pk,
                        "answer": pk,
                        "evaluator": evaluation.evaluator,
                        "note": note,
                        "link": link,
                        "files": list(attached),
                    }
                )
    return {
        "evaluators": [
            {"evaluation": e.pk, "evaluator": e.evaluator, "reviewed_at": e.reviewed_at.isoformat()}
            for e in evaluations
        ],
        "evidence": evidence,
        "answers": answers,
    }


def serialized(data: dict, encoded: dict[str, str] | None = None) -> str:
    """``data`` as sorted JSON (what is digested and stored). ``encoded`` holds values of ``data``
    already serialized the same way (what every profile's snapshot of a vendor shares, half
    of it): spliced in, the text is the same character for character."""
    if not encoded:
        return json.dumps(data, sort_keys=True, default=str)
    return (
        "{"
        + ", ".join(
            f"{json.dumps(key)}: {encoded[key] if key in encoded else serialized(data[key])}" for key in sorted(data)
        )
        + "}"
    )


def digest_of(data: dict) -> str:
    return hashlib.sha256(serialized(data).encode()).hexdigest()


@dataclass(frozen=True)
class Computed:
    """One vendor's snapshot under one profile, ready to be written if its digest is new: the
    data serialized, as it is digested and written (a batch holds strings, not the dicts)."""

    vendor_id: int
    profile: WeightProfile
    overall: float | None
    grade: str
    coverage: float
    summary: dict
    text: str
    digest: str

    @classmethod
    def of(
        cls, vendor_id: int, profile: WeightProfile, card: scoring.Scorecard, data: dict, encoded: dict[str, str]
    ) -> Computed:
        text = serialized(data, encoded)
        digest = hashlib.sha256(text.encode()).hexdigest()
        # bulk_create skips ScoreSnapshot.save(): summarized here, as it would be.
        summary = ScoreSnapshot.summarize(data)
        return cls(vendor_id, profile, card.overall, card.grade or "", card.coverage, summary, text, digest)

    def fields(self, now: dt.datetime) -> dict:
        return {
            "vendor_id": self.vendor_id,
            "profile": self.profile,
            "overall": self.overall,
            "grade": self.grade,
            "coverage": self.coverage,
            "data": Cast(Value(self.text, output_field=TextField()), JSONField()),  # already JSON: not encoded again
            "summary": self.summary,
            "digest": self.digest,
            "computed_at": now,
            "is_latest": True,
        }


def latest_digests(vendor_ids: Iterable[int]) -> dict[tuple[int, int], str]:
    """The digest of each vendor × profile's latest snapshot."""
    rows = ScoreSnapshot.objects.filter(vendor_id__in=list(vendor_ids), is_latest=True)
    latest = rows.values_list("vendor_id", "profile_id", "digest")
    return {(vendor, profile): digest for vendor, profile, digest in latest}


def compute_vendors(
    vendor_ids: Iterable[int], now: dt.datetime, known: dict[tuple[int, int], str] | None = None
) -> Iterator[Computed]:
    """Every live vendor's snapshot under every profile, vendor after vendor, in a number of
    queries that does not depend on how many vendors are asked for; without those whose digest
    ``known`` already has (``latest_digests``): unchanged scores are let go as soon as computed."""
    known = known or {}
    vendors = list(
        Vendor.objects.alive()
        .filter(pk__in=list(vendor_ids))
        .prefetch_related(
            "contacts", "releases", "documentation", Prefetch("scenarios", queryset=Scenario.objects.only("key"))
        )
        .order_by("pk")
    )
    if not vendors:
        return
    profiles = list(WeightProfile.objects.all())
    chosen = latest_evaluations([vendor.pk for vendor in vendors], now)
    by_pk = {evaluation.pk: evaluation for evaluations in chosen.values() for evaluation in evaluations}
    checklists = load_checklists(
        {evaluation.template_id for evaluation in by_pk.values()},
        need_fallback=any(not chosen.get(vendor.pk) for vendor in vendors),
    )
    files = load_answers(by_pk, checklists)
    today = timezone.localdate(now)
    evidence = vendors_evidence(vendors, today)
    scenarios = list(dict.fromkeys(profile.scenario for profile in profiles))
    for vendor in vendors:
        evaluations = chosen.get(vendor.pk, [])
        weighted = [
            (
                {checklists.keys[a[1]]: scoring.AnswerInput(value=a[2], is_na=a[3]) for a in e.answers},
                scoring.decay_weight((now - e.reviewed_at).days, DECAY_HALF_LIFE_DAYS),
            )
            for e in evaluations
        ]
        if evaluations:  # the newest checklist version among the evaluations
            template = max({e.template_id for e in evaluations}, key=checklists.versions.__getitem__)
        else:
            template = checklists.fallback
        specs = checklists.specs.get(template, []) if template is not None else []
        signals, flags = evidence[vendor.pk]
        served = [scenario.key for scenario in vendor.scenarios.all()]
        views = [scoring.for_scenario(specs, scenario, served) for scenario in scenarios]
        combined = scoring.combine_views(weighted, [view.criteria for view in views], signals, flags)
        results = dict(zip(scenarios, zip(combined, views, strict=True), strict=True))
        context = _context(evaluations, checklists, files)
        encoded = {key: serialized(value) for key, value in context.items()}
        for profile in profiles:
            result, view = results[profile.scenario]
            try:
                card = scoring.overall(result, profile.weights)
            except (scoring.ScoringError, ArithmeticError):
                # One broken profile (weights written around the validation) must not stop the others.
                logger.exception("Profile %s cannot score vendor %s", profile.slug, vendor.pk)
                continue
            data = {**card.to_dict(), **context, "boosted": view.boosted, "left_out": view.left_out}
            item = Computed.of(vendor.pk, profile, card, data, encoded)
            if known.get((vendor.pk, profile.pk)) != item.digest:
                yield item


def recompute_vendors(vendor_ids: Iterable[int], now: dt.datetime | None = None) -> int:
    """Recompute every profile's snapshot for a batch of vendors; returns how many were written.

    Unchanged results (same digest as the latest snapshot) write nothing and are not kept. The
    changed ones are written in bulk as they come, ``SNAPSHOT_INSERT_BATCH`` at a time, each
    lot in one transaction (the old latest rows flipped, the new ones inserted): a batch holds
    at most one lot of serialized snapshots (tens of KB each) however many vendors it has."""
    now = now or timezone.now()
    vendor_ids = list(vendor_ids)
    written = 0
    lot: list[Computed] = []
    for item in compute_vendors(vendor_ids, now, latest_digests(vendor_ids)):
        lot.append(item)
        if len(lot) == SNAPSHOT_INSERT_BATCH:
            written += _write_snapshots(lot, now)
            lot = []
    return written + _write_snapshots(lot, now)


def recompute_vendor(vendor_id: int, now: dt.datetime | None = None) -> int:
    """Recompute every profile's snapshot for one vendor; returns how many were written.

    The inline path (a page, the outbox): the latest digests are read in one query, and only
    the changed profiles are written, row by row (``_write_snapshot``, each in a savepoint of
    one transaction: one commit)."""
    now = now or timezone.now()
    # An equal digest read without a lock is safe to skip: the latest row already holds this result.
    changed = list(compute_vendors([vendor_id], now, latest_digests([vendor_id])))
    if not changed:
        return 0
    with transaction.atomic():
        return sum(_write_one(item, now) for item in changed)


def _write_one(computed: Computed, now: dt.datetime) -> int:
    try:
        return _write_snapshot(computed, now)
    except IntegrityError:
        # Another process (a worker, or a page scoring a vendor inline) wrote this vendor's first
        # snapshot under this profile at the same moment: the unique "latest" row is theirs.
        logger.info("Snapshot for vendor %s under %s written concurrently", computed.vendor_id, computed.profile.slug)
        return 0


def _write_snapshot(computed: Computed, now: dt.datetime) -> int:
    """Write a new latest snapshot unless the latest one has the same digest; returns 0 or 1."""
    with transaction.atomic():
        mine = ScoreSnapshot.objects.select_for_update().filter(
            vendor_id=computed.vendor_id, profile=computed.profile, is_latest=True
        )
        latest = mine.values_list("pk", "digest").first()
        if latest is not None and latest[1] == computed.digest:
            return 0
        if latest is not None:
            ScoreSnapshot.objects.filter(pk=latest[0]).update(is_latest=False)
        ScoreSnapshot.objects.create(**computed.fields(now))
    return 1


def _write_snapshots(computed: list[Computed], now: dt.datetime) -> int:
    """Write a lot of changed snapshots in one transaction; returns how many were written.

    The latest rows of the lot's vendors are locked (in id order, so two writers cannot deadlock) and
    their digests compared; the changed ones lose ``is_latest`` before the new rows go in, as
    the unique "latest" constraint wants. A vendor whose first snapshot another process wrote
    meanwhile has no row to lock, so the insert fails: then the lot is written row by row,
    each row keeping the other process's if it got there first."""
    if not computed:
        return 0
    try:
        with transaction.atomic():
            latest = {
                (vendor_id, profile_id): (pk, digest)
                for pk, vendor_id, profile_id, digest in ScoreSnapshot.objects.select_for_update()
                .filter(vendor_id__in={c.vendor_id for c in computed}, is_latest=True)
                .order_by("pk")
                .values_list("pk", "vendor_id", "profile_id", "digest")
            }
            changed = []
            stale = []
            for item in computed:
                pk, digest = latest.get((item.vendor_id, item.profile.pk), (None, None))
                if digest != item.digest:
                    changed.append(item)
                    if pk is not None:
                        stale.append(pk)
            if stale:
                ScoreSnapshot.objects.filter(pk__in=stale).update(is_latest=False)
            if changed:
                ScoreSnapshot.objects.bulk_create(
                    [ScoreSnapshot(**item.fields(now)) for item in changed], batch_size=SNAPSHOT_INSERT_BATCH
                )
            return len(changed)
    except IntegrityError:
        logger.info("Snapshots of %s vendors written concurrently: writing them one by one", len(computed))
        return sum(_write_one(item, now) for item in computed)
