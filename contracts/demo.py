"""Demo contracts for the demo vendors: their texts, terms, SLA rows, fees, services and reviews.

Safe to run again: a contract is found by vendor and title and brought up to date; rows and
reviews are made only where there are none. The texts and the reviewers' verdicts live in
``contracts.demo_texts``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from contracts import clauses, documents
from contracts.choices import ItemStatus, ReviewStatus
from contracts.demo_texts import DEMO_CONTRACTS
from contracts.models import ClauseCheck, Contract, ContractFee, ContractReview, SlaCommitment, ThirdPartyService
from vendors.models import Vendor

# Days from today: where each signed contract's term stands, so that the demo shows
# a deadline in the next weeks (Straitlight's notice, Pomelo's end) and one far away.
TERMS = {
    "Whalesong Interactive": (-200, 165),
    "Straitlight Media Labs": (-320, 45),
    "Pomelo Commerce Live": (-350, 15),
}
# How far each demo review has come: approved, submitted (awaiting a manager) or a draft.
REVIEW_STAGE = {
    "Whalesong Interactive": ReviewStatus.APPROVED,
    "Busy Bee Live Source": ReviewStatus.APPROVED,
    "Straitlight Media Labs": ReviewStatus.APPROVED,
    "Pomelo Commerce Live": ReviewStatus.APPROVED,
    "Firefly Duet Labs": ReviewStatus.APPROVED,
    "Elderwood Software": ReviewStatus.SUBMITTED,
}
DOCX_VENDORS = {"Straitlight Media Labs"}  # stored as a Word file; the others as plain text


def _file(name: str, text: str, as_docx: bool) -> tuple[str, bytes]:
    if not as_docx:
        return name, text.encode("utf-8")
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return name.rsplit(".", 1)[0] + ".docx", buffer.getvalue()


def _attach(contract: Contract, name: str, data: bytes, manager) -> None:
    document = documents.read_document(name, data)
    contract.file.save(f"contract{document.extension}", ContentFile(data), save=False)
    contract.file_name = name
    contract.file_type = document.content_type
    contract.file_size = len(data)
    contract.file_sha256 = hashlib.sha256(data).hexdigest()
    contract.text = document.text
    contract.text_language = clauses.language_of(document.text)
    contract.uploaded_at = timezone.now()
    contract.uploaded_by = manager


def _rows(contract: Contract, spec: dict) -> None:
    facts = spec["facts"]
    if not contract.sla_commitments.exists():
        SlaCommitment.objects.bulk_create(
            SlaCommitment(
                contract=contract,
                severity=severity,
                response_minutes=response,
                fix_minutes=fix,
                clock=clock,
                acknowledgement_counts=spec["acknowledgement_counts"],
            )
            for severity, (response, fix, clock) in spec["sla"].items()
        )
    if not contract.fees.exists():
        # The purchase price and the support fee have their own fields; the rows are the other fees.
        ContractFee.objects.bulk_create(
            ContractFee(contract=contract, name=name, amount=amount, recurrence=recurrence)
            for name, amount, recurrence in facts["fees"]
            if not (recurrence == "one_off" and amount == facts["purchase_price"])
            and not (recurrence == "yearly" and amount == facts["support_fee"])
        )
    if not contract.third_party_services.exists():
        ThirdPartyService.objects.bulk_create(
            ThirdPartyService(
                contract=contract,
                kind=kind,
                provider=provider,
                account_holder=holder,
                yearly_cost=cost,
                supported_by=supported,
            )
            for kind, provider, holder, cost, supported in facts["third_party"]
        )


def _review(contract: Contract, spec: dict, vendor_name: str, reviewer, manager) -> None:
    if contract.reviews.exists():
        return
    review = ContractReview.start(contract, reviewer)
    stage = REVIEW_STAGE.get(vendor_name, ReviewStatus.DRAFT)
    checks = list(review.checks.all())
    # A draft is half done; the others are complete.
    chosen = checks[: len(checks) // 2] if stage == ReviewStatus.DRAFT else checks
    for check in chosen:
        status, note = spec["review"][check.key]
        check.status = status
        check.note = note
        check.excerpt = check.suggested_excerpt
        check.red_flag = bool(check.flag) and status != ItemStatus.PRESENT and check.suggested_red_flag
        check.revision = 1
        check.updated_by = reviewer
    ClauseCheck.objects.bulk_update(chosen, ["status", "note", "excerpt", "red_flag", "revision", "updated_by"])
    if stage == ReviewStatus.DRAFT:
        return
    review.save_summary(reviewer, spec["risk"], "")
    review.submit(reviewer)
    if stage == ReviewStatus.APPROVED:
        review.approve(manager, "")


def seed_contracts(users: dict, manager, today: dt.date | None = None) -> int:
    """Create or refresh the demo contracts; returns how many there are."""
    today = today or timezone.localdate()
    made = 0
    with transaction.atomic():
        for vendor in Vendor.objects.alive().filter(name__in=DEMO_CONTRACTS):
            spec = DEMO_CONTRACTS[vendor.name]
            contract = Contract.objects.alive().filter(vendor=vendor, title=spec["title"]).first()
            if contract is None:
                contract = Contract(vendor=vendor, title=spec["title"], created_by=manager)
            contract.status = spec["status"]
            contract.notes = "虚构的演示数据 (fictional demo data)."
            if vendor.name in TERMS:
                start, end = TERMS[vendor.name]
                contract.term_start = today + dt.timedelta(days=start)
                contract.term_end = today + dt.timedelta(days=end)
            for name, value in spec["facts"].items():
                if name not in ("fees", "third_party"):
                    setattr(contract, name, value)
            if not contract.file:
                name, data = _file(spec["file_name"], spec["text"], vendor.name in DOCX_VENDORS)
                _attach(contract, name, data, manager)
            contract.full_clean()
            contract.save()
            _rows(contract, spec)
            _review(contract, spec, vendor.name, users["evaluator"], manager)
            made += 1
    return made
