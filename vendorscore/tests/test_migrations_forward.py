"""Migrations applied forward on a populated database keep every row people wrote.

A scratch database of its own (beside the test database, on the same server: PostgreSQL in CI)
is migrated to an early state: vendors with channels and contacts, checklist version 1 and the
first weight profiles, contracts with SLA commitments, probes without the question bank. Rows are
written there through the historical models, as an installation of that time would hold them; then
every migration up to the newest runs over them, the data migrations included (the scenario tags
and checklist version 2 in evaluations 0004/0005, the probe question bank, the contract terms), and
every row is read back.

The data migrations use their models' default managers, as most do: a router sends every query to
the scratch database while the test runs.
"""

from __future__ import annotations

import copy
import datetime as dt
import time

import pytest
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

ALIAS = "migrations_scratch"
EARLY = [
    ("vendorscore", "0002_user_preference"),
    ("vendors", "0003_channel_secret_and_bots"),
    ("evaluations", "0003_evidence_files"),
    ("contracts", "0001_contracts_and_sla"),
    ("probes", "0001_initial"),
]


class ToScratch:
    def db_for_read(self, model, **hints):
        return ALIAS

    def db_for_write(self, model, **hints):
        return ALIAS


@pytest.fixture
def scratch(django_db_blocker, tmp_path, settings):
    """A database of its own, empty, under the alias ALIAS, where every query goes."""
    default = connections["default"]
    config = copy.deepcopy(default.settings_dict)
    with django_db_blocker.unblock():
        if default.vendor == "postgresql":
            config["NAME"] = f"{default.settings_dict['NAME']}_forward"[:63]
            with default._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}"')
                cursor.execute(f'CREATE DATABASE "{config["NAME"]}"')
        else:
            config["NAME"] = str(tmp_path / "forward.sqlite3")
        connections.settings[ALIAS] = config
        settings.DATABASE_ROUTERS = [f"{__name__}.ToScratch"]
        try:
            yield connections[ALIAS]
        finally:
            connections[ALIAS].close()
            del connections[ALIAS]
            del connections.settings[ALIAS]
            if default.vendor == "postgresql":
                with default._nodb_cursor() as cursor:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}"')


def migrate(connection, targets=None):
    """Migrate to ``targets`` (default: the newest) and return the models as they are there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    plan = executor.migration_plan(targets)
    executor.migrate(targets, plan=plan)
    return executor.loader.project_state(targets).apps, len(plan)


def populate(old) -> dict:
    """What an installation at the early state holds: written with that state's models."""

    def model(name):
        return old.get_model(*name.split(".")).objects.using(ALIAS)

    now = timezone.now()
    boss = model("auth.User").create(username="boss", password="!", email="boss@example.com", is_staff=True)
    eva = model("auth.User").create(username="eva", password="!", email="eva@example.com")
    boss.groups.add(model("auth.Group").get(name="manager"))
    eva.groups.add(model("auth.Group").get(name="evaluator"))
    vendor = model("vendors.Vendor").create(
        name="Old Stream Co", name_zh="老直播", name_en="Old Stream Co", notes="signed in 2024", team_size=12
    )
    vendor.scenarios.add(model("vendors.Scenario").get(key="voice-room"), model("vendors.Scenario").get(key="overseas"))
    channel = model("vendors.SupportChannel").create(vendor=vendor, kind="email", address="support@old.example.com")
    model("vendors.Contact").create(vendor=vendor, name="Wang Gong", email="wang@old.example.com", role="engineer")

    # Checklist version 1 (the default of the time) and a later version the managers made themselves.
    v1 = model("evaluations.ChecklistTemplate").get(slug="default", version=1)
    v1_criteria = list(model("evaluations.Criterion").filter(template=v1).order_by("position")[:3])
    model("evaluations.ChecklistTemplate").filter(pk=v1.pk).update(is_current=False)
    ours = model("evaluations.ChecklistTemplate").create(
        slug="default", version=2, name_en="Our own checklist", name_zh="我们的清单", is_current=True, created_by=boss
    )
    own_criterion = model("evaluations.Criterion").create(
        template=ours, key="own_question", dimension="sla", position=1, question_en="Do they pick up at night?",
        question_zh="夜里接电话吗？", answer_type="yes_no", rule={"yes": 100, "no": 0},
    )  # fmt: skip
    approved = model("evaluations.Evaluation").create(
        vendor=vendor, template=v1, evaluator=eva, status="approved", reviewed_by=boss, reviewed_at=now,
        submitted_at=now - dt.timedelta(days=1), review_comment="thorough",
    )  # fmt: skip
    for criterion, value in zip(v1_criteria, [4, "yes", 12.5], strict=False):
        model("evaluations.Answer").create(
            evaluation=approved, criterion=criterion, value=value, note=f"seen {criterion.key}", updated_by=eva
        )
    draft = model("evaluations.Evaluation").create(vendor=vendor, template=ours, evaluator=eva)
    model("evaluations.Answer").create(evaluation=draft, criterion=own_criterion, value="no", updated_by=eva)
    model("evaluations.WeightProfile").create(
        slug="night-owls",
        name_en="Night owls",
        name_zh="夜猫子",
        weights={"sla": 5, "support_depth": 2},
        created_by=boss,
    )
    # A manager's own profile under the slug that checklist version 2 brings as a built-in.
    model("evaluations.WeightProfile").create(
        slug="voice-room", name_en="Our voice rooms", name_zh="我们的语聊房", weights={"sla": 7}, created_by=boss
    )

    contract = model("contracts.Contract").create(
        vendor=vendor, title="Source licence 2024", status="signed", term_start=dt.date(2024, 1, 1),
        term_end=dt.date(2026, 12, 31), notes="renewal talks in Q3", created_by=boss,
    )  # fmt: skip
    model("contracts.SlaCommitment").create(contract=contract, severity="P1", response_minutes=30, fix_minutes=240)

    # The probe question bank arrives later (probes 0002): a question a manager wrote under one of
    # its keys must stay as they wrote it.
    from evaluations.probes.question_bank import QUESTIONS

    bank_key = QUESTIONS[0]["key"]
    mine = model("probes.ProbeQuestion").create(
        key=bank_key, category=QUESTIONS[0]["category"], severity="P1", title_en="Our wording", title_zh="我们的说法",
        body_en="Viewers on Android see black.", body_zh="安卓观众黑屏。", created_by=boss,
    )  # fmt: skip
    probe = model("probes.Probe").create(
        vendor=vendor, channel=channel, question=mine, severity="P1", language="en", subject="Android black screen",
        question_text="Viewers on Android see black.", status="sent", due_at=now - dt.timedelta(hours=2),
        sent_at=now - dt.timedelta(hours=2), message_id="<probe-old-1@buyer.example.com>", reply_nonce="n" * 16,
        reply_token_hash="h" * 64, reply_expires_at=now + dt.timedelta(days=30), attempt_count=1,
    )  # fmt: skip
    return {
        "vendor": vendor.pk,
        "approved": approved.pk,
        "draft": draft.pk,
        "ours": ours.pk,
        "v1": v1.pk,
        "v1_answers": {c.pk: value for c, value in zip(v1_criteria, [4, "yes", 12.5], strict=False)},
        "contract": contract.pk,
        "question": mine.pk,
        "bank_key": bank_key,
        "probe": probe.pk,
        "sent_at": probe.sent_at,
    }


def test_every_row_survives_the_migrations_after_it(scratch, capsys):
    started = time.perf_counter()
    old, early_steps = migrate(scratch, EARLY)
    ids = populate(old)
    _new, forward_steps = migrate(scratch)
    assert forward_steps >= 6  # evaluations 0004-0006, probes 0002, contracts 0002-0003 at least

    from django.contrib.auth.models import User

    from contracts.models import Contract
    from evaluations.models import Answer, ChecklistTemplate, Evaluation, WeightProfile
    from evaluations.probes.models import Probe, ProbeQuestion
    from evaluations.probes.question_bank import QUESTIONS
    from vendors.models import Vendor

    def rows(model):
        return model._base_manager.using(ALIAS)

    assert set(rows(User).get(username="boss").groups.values_list("name", flat=True)) == {"manager"}
    assert set(rows(User).get(username="eva").groups.values_list("name", flat=True)) == {"evaluator"}
    vendor = rows(Vendor).get(pk=ids["vendor"])
    assert (vendor.name, vendor.notes, vendor.team_size) == ("Old Stream Co", "signed in 2024", 12)
    assert set(vendor.scenarios.values_list("key", flat=True)) == {"voice-room", "overseas"}
    assert vendor.channels.get().address == "support@old.example.com"
    assert vendor.contacts.get().name == "Wang Gong"

    # Checklist version 2 arrived as version 3, after the managers' own version 2; both older
    # versions and their evaluations are untouched.
    approved = rows(Evaluation).get(pk=ids["approved"])
    assert (approved.status, approved.template_id, approved.review_comment) == ("approved", ids["v1"], "thorough")
    answers = {a.criterion_id: a.value for a in rows(Answer).filter(evaluation_id=ids["approved"])}
    assert answers == ids["v1_answers"]
    assert rows(Evaluation).get(pk=ids["draft"]).template_id == ids["ours"]
    ours = rows(ChecklistTemplate).get(pk=ids["ours"])
    assert (ours.name_en, ours.version, ours.is_current) == ("Our own checklist", 2, False)
    assert ours.criteria.get().key == "own_question"
    current = rows(ChecklistTemplate).get(slug="default", is_current=True)
    assert current.version == 3
    assert current.criteria.count() > 100
    assert rows(ChecklistTemplate).get(pk=ids["v1"]).criteria.count() == 72

    night_owls = rows(WeightProfile).get(slug="night-owls")
    assert (night_owls.weights, night_owls.is_builtin) == ({"sla": 5, "support_depth": 2}, False)
    mine = rows(WeightProfile).get(name_en="Our voice rooms")
    assert (mine.slug, mine.weights, mine.is_builtin) == ("voice-room-1", {"sla": 7}, False)
    builtin = rows(WeightProfile).get(slug="voice-room")
    assert (builtin.is_builtin, builtin.scenario) == (True, "voice-room")
    assert rows(WeightProfile).get(slug="show-live").scenario == "show-live"

    contract = rows(Contract).get(pk=ids["contract"])
    assert (contract.title, contract.notes, contract.term_end) == (
        "Source licence 2024",
        "renewal talks in Q3",
        dt.date(2026, 12, 31),
    )
    sla = contract.sla_commitments.get()
    assert (sla.severity, sla.response_minutes, sla.fix_minutes) == ("P1", 30, 240)

    question = rows(ProbeQuestion).get(pk=ids["question"])
    assert (question.key, question.title_en) == (ids["bank_key"], "Our wording")
    assert rows(ProbeQuestion).filter(key=ids["bank_key"]).count() == 1
    assert rows(ProbeQuestion).filter(key__isnull=False).count() == len(QUESTIONS)
    probe = rows(Probe).get(pk=ids["probe"])
    assert (probe.status, probe.message_id, probe.sent_at) == (
        "sent",
        "<probe-old-1@buyer.example.com>",
        ids["sent_at"],
    )
    with capsys.disabled():
        print(
            f"\nmigrations forward on {scratch.vendor}: {early_steps} migrations to the early state, rows written, "
            f"{forward_steps} more migrations over them, every row read back "
            f"({time.perf_counter() - started:.1f} s)"
        )
