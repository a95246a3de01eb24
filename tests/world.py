"""One of each object, for tests that go through every route: the authorization matrix
(tests/test_authz_matrix.py) and the API fuzzing (tests/test_api_schemathesis.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone
from rest_framework.authtoken.models import Token

from contracts.models import ContractReview
from contracts.tests.factories import SOLID_ZH, ContractFactory, SlaCommitmentFactory
from evaluations.models import Evaluation, EvidenceFile, WeightProfile
from evaluations.probes.tests.factories import ProbeQuestionFactory, queued_probe, schedule_for
from evaluations.tests.factories import small_template
from vendors.choices import ImportStatus
from vendors.models import ImportJob
from vendors.tests.factories import VendorFactory, vendor_with_everything
from vendorscore.models import Notification
from vendorscore.roles import Role


@dataclass
class World:
    users: dict[str, User | None]
    ids: dict[str, object]
    author: User  # another evaluator: the owner of "others_draft" and "others_review"
    tokens: dict[str, str] = field(default_factory=dict)


def make_user(username: str, role: Role | None, **extra) -> User:
    user = User.objects.create_user(username=username, password="matrix-pw", email=f"{username}@example.com", **extra)
    if role is not None:
        user.groups.add(Group.objects.get(name=role.value))
    return user


def build_world() -> World:
    manager = make_user("matrix-manager", Role.MANAGER, is_staff=True)  # managers configure in the admin
    approver = make_user("matrix-approver", Role.MANAGER, is_staff=True)
    evaluator = make_user("matrix-evaluator", Role.EVALUATOR)
    author = make_user("matrix-author", Role.EVALUATOR)  # another evaluator, whose drafts are theirs
    viewer = make_user("matrix-viewer", Role.VIEWER)
    stranger = make_user("matrix-stranger", None)

    vendor = vendor_with_everything(name="Matrix vendor")
    other_vendor = VendorFactory(name="Matrix vendor two")
    channel = vendor.channels.get()
    template = small_template()  # three questions: the default checklist's 72 make every page slow
    criterion = template.criteria.get(key="depth")

    def evaluation(by: User) -> Evaluation:
        created = Evaluation.objects.create(vendor=vendor, template=template, evaluator=by)
        created.save_answer(criterion, {"value": 3}, by, 0)
        return created

    def evidence_on(draft: Evaluation) -> EvidenceFile:
        pdf = ContentFile(b"%PDF-1.4 matrix", name="proof.pdf")
        return EvidenceFile.objects.create(answer=draft.answers.get(), file=pdf, name="proof.pdf", size=15)

    own_draft = evaluation(evaluator)
    evidence = evidence_on(own_draft)
    others_draft = evaluation(author)
    others_evidence = evidence_on(others_draft)
    submitted = evaluation(author)
    submitted.submit(author)  # notifies the managers: the manager's notification below
    own_submitted = evaluation(evaluator)
    own_submitted.submit(evaluator)
    approved = evaluation(author)
    approved.submit(author)
    approved.approve(approver)

    contract = ContractFactory(vendor=vendor, text=SOLID_ZH)
    SlaCommitmentFactory(contract=contract)
    contract.file.save("contract.txt", ContentFile(SOLID_ZH.encode()), save=False)
    contract.file_name, contract.file_type, contract.file_size = "contract.txt", "text/plain", len(SOLID_ZH)
    contract.save()
    own_review = ContractReview.start(contract, evaluator)
    others_review = ContractReview.start(contract, author)
    own_submitted_review = ContractReview.start(contract, evaluator)
    submitted_review = ContractReview.start(contract, author)
    ContractReview.objects.filter(pk__in=[submitted_review.pk, own_submitted_review.pk]).update(
        status="submitted", submitted_at=timezone.now()
    )

    question = ProbeQuestionFactory()
    probe = queued_probe(channel, question=question)
    schedule = schedule_for(channel)
    weights = WeightProfile.objects.get(slug="balanced").weights
    profile = WeightProfile.objects.create(
        slug="matrix", name_en="Matrix", name_zh="矩阵", weights=weights, created_by=manager
    )
    job = ImportJob.objects.create(owner=manager, file_name="vendors.csv", status=ImportStatus.CHECKED)
    notification = Notification.objects.filter(recipient=manager).first()
    assert notification is not None, "submitting an evaluation notifies every manager"

    users = {
        "anonymous": None,
        "stranger": stranger,
        "viewer": viewer,
        "evaluator": evaluator,
        "manager": manager,
    }
    ids = {
        "vendor": vendor.pk,
        "other_vendor": other_vendor.pk,
        "contact": vendor.contacts.first().pk,
        "channel": channel.pk,
        "release": vendor.releases.get().pk,
        "documentation": vendor.documentation.get().pk,
        "reference": vendor.references.get().pk,
        "template": template.pk,
        "criterion": criterion.pk,
        "own_draft": own_draft.pk,
        "others_draft": others_draft.pk,
        "submitted": submitted.pk,
        "own_submitted": own_submitted.pk,
        "approved": approved.pk,
        "evidence": evidence.pk,
        "others_evidence": others_evidence.pk,
        "others_review": others_review.pk,
        "contract": contract.pk,
        "own_review": own_review.pk,
        "submitted_review": submitted_review.pk,
        "own_submitted_review": own_submitted_review.pk,
        "check_key": "penalty",
        "question": question.pk,
        "probe": probe.pk,
        "token": probe.reply_token,
        "bad_token": "not-a-token",
        "schedule": schedule.pk,
        "profile": profile.slug,
        "import_job": job.pk,
        "notification": notification.pk,
    }
    tokens = {name: Token.objects.create(user=user).key for name, user in users.items() if user is not None}
    tokens["author"] = Token.objects.create(user=author).key
    return World(users=users, ids=ids, author=author, tokens=tokens)
