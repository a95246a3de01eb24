"""A synthetic data set at scale for the benchmark (``manage.py seed_bench``, ``make bench``).

What a platform scoring vendors for many clients holds after two years: N vendors with their
scenarios, contacts, channels, releases, documentation and references; 1–5 approved evaluations
each of the current default checklist, by a pool of evaluators, answered with the demo's answer
generator (``evaluations.demo.answer_for``) from per-vendor strengths; a probe schedule and
PROBES_PER_VENDOR probes over the last two years with their attempts, replies (answered in time,
late, never, automatic receipts) and ratings; a contract each with SLA rows, fees, third-party
services and a review, modelled on the six demo contracts.

Every row is derived from the seed (one ``random.Random`` per vendor), so two runs with the same
seed and the same ``now`` write the same content. Rows are written in bulk: on PostgreSQL with
COPY, elsewhere with ``bulk_create``, with primary keys allocated here so children can point at
their parents without reading anything back.

What the models' save() and signals would do, and what is done instead:

* score outbox rows (``PendingRecompute``) are not written (bulk writes send no signals): the
  command computes the scores itself at the end, or leaves them to the benchmark;
* a probe's measured minutes are written with the probe; the business-hours minutes are
  approximated (the wall-clock minutes when the answer came the same working day, else scaled
  by the share of the week the vendor's hours cover): the exact business clock costs 140 µs a
  probe, over 200,000 probes half a minute;
* a probe's reply token hash is a digest of its own id, not of a token derived from SECRET_KEY:
  reply links of bench probes lead nowhere;
* evaluation history has its "created" and "approved" events, not one event per answer; no
  evidence files, notifications or contract files (contracts carry their text).

Bench rows are marked: vendors' notes start with BENCH_TAG (with the seed and the size), users'
names with USER_PREFIX. ``purge`` deletes exactly those vendors and everything hanging off them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, models, transaction

from vendorscore.backup import Steps

BENCH_TAG = "[bench]"
USER_PREFIX = "bench-"
PASSWORD = "bench-password"  # noqa: S105  (synthetic users on a benchmark database)
MANAGER = f"{USER_PREFIX}manager"
VIEWER = f"{USER_PREFIX}viewer"
EVALUATORS = 12
PROBES_PER_VENDOR = 200
HISTORY_DAYS = 730
TIMEOUT = dt.timedelta(hours=72)
BATCH = 20_000

REGIONS = (  # region, weight, time zone, holiday calendar
    ("cn", 60, "Asia/Shanghai", "CN"),
    ("hk-tw", 8, "Asia/Hong_Kong", "HK"),
    ("sea", 14, "Asia/Singapore", "SG"),
    ("me", 5, "Asia/Dubai", "AE"),
    ("eu", 7, "Europe/Berlin", "DE"),
    ("na", 6, "America/Los_Angeles", "US"),
)
HOURS = (  # support hours, weight
    ("mon-fri 09:00-18:00", 40),
    ("mon-fri 10:00-19:00; sat 10:00-16:00", 20),
    ("mon-fri 09:00-21:00; sat-sun 10:00-18:00", 20),
    ("mon-fri 09:30-23:00; sat-sun 13:00-23:00", 10),
    ("24/7", 10),
)
SYLLABLES_EN = (
    "Whale", "Song", "Firefly", "Duet", "Pomelo", "Straits", "Light", "Elder", "Wood", "Jade", "River", "Cloud",
    "Peak", "Harbor", "Lotus", "Crane", "Nova", "Echo", "Pixel", "Amber", "Maple", "Orbit", "Coral", "Summit",
)  # fmt: skip
SUFFIXES_EN = ("Interactive", "Live", "Media Labs", "Software", "Streaming", "Tech", "Studio", "Networks")
SYLLABLES_ZH = "鲸歌萤火双声柚子海峡光影古木青玉江河云峰港湾莲鹤星回响像素琥珀枫叶轨道珊瑚峰顶"
SUFFIXES_ZH = ("互动科技", "直播", "传媒实验室", "软件", "流媒体", "科技", "工作室", "网络")
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华"
DOC_TITLES = {
    "usage": "运营后台使用手册",
    "deployment": "私有化部署指南",
    "api": "服务端 API 参考",
    "faq": "常见故障排查",
    "changelog": "版本更新记录",
    "training": "管理员培训资料",
}
TRANSCRIPT = "Bench transcript for {key}: asked on WeCom, answered after a while."
NOTE = "Checked in the vendor's demo environment."
AUTO_REPLY = ("自动回复：已收到您的邮件", "您好，我们已收到您的邮件，将在工作时间内尽快回复。此邮件为系统自动发送。")
HUMAN_REPLY = {
    5: "已复现，原因在相关配置，附上修改位置和补丁，今晚可以先按第 2 步临时处理。",
    4: "看了一下，应该是参数问题，按文档第 3 节调整后重启服务即可，有问题随时找我。",
    3: "这个问题我们之前遇到过，一般是配置不对，麻烦先检查一下服务器设置。",
    2: "建议先确认你们自己的环境和网络，我们这边测试是正常的。",
    1: "收到，我们会反馈给技术部门。",
}
ROLES = ("support-engineer", "support-engineer", "lead-engineer", "account-manager", "sales", "product")
SEVERITIES = (("P1", 1), ("P2", 2), ("P3", 4), ("P4", 3))


def tag(seed: int, vendors: int) -> str:
    """What every bench vendor's notes start with: the marker, the seed and the size of the set."""
    return f"{BENCH_TAG} seed={seed} vendors={vendors}"


TAG_PATTERN = re.compile(r"^\[bench\] seed=(-?\d+) vendors=(\d+)")


# --- writing rows in bulk ----------------------------------------------------------------------
_SPECIAL = re.compile(r"[\\\t\n\r]")
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(text: str) -> str:
    return _SPECIAL.sub(lambda match: _ESCAPES[match.group()], text) if _SPECIAL.search(text) else text


def _converter(field: models.Field) -> Callable[[object], str]:
    """How a value of this field is written in COPY's text format (NULL is \\N)."""
    kind = field.get_internal_type()
    if kind == "JSONField":
        return lambda v: "\\N" if v is None else _escape(json.dumps(v, ensure_ascii=False))
    if kind == "BooleanField":
        return lambda v: "\\N" if v is None else ("t" if v else "f")
    if kind in ("DateTimeField", "DateField", "TimeField"):
        return lambda v: "\\N" if v is None else v.isoformat()
    return lambda v: "\\N" if v is None else _escape(str(v))


class Writer:
    """Writes plain rows (dicts keyed by column attname) fast, with primary keys chosen here."""

    def __init__(self, steps: Steps, now: dt.datetime):
        self.steps = steps
        self.now = now
        self.postgres = connection.vendor == "postgresql"
        self.next_ids: dict[type[models.Model], int] = {}
        self.counts: dict[str, int] = {}

    def ids(self, model: type[models.Model], count: int) -> range:
        """``count`` fresh primary keys for ``model`` (above every existing one)."""
        if model not in self.next_ids:
            top = model._base_manager.aggregate(top=models.Max("pk"))["top"] or 0
            self.next_ids[model] = top + 1
        start = self.next_ids[model]
        self.next_ids[model] = start + count
        return range(start, start + count)

    def _defaults(self, model: type[models.Model]) -> dict[str, object]:
        values = {}
        for f in model._meta.concrete_fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                values[f.attname] = self.now
            else:  # the default, "" for a blank text field, else None
                values[f.attname] = f.get_default()
        return values

    def insert(self, model: type[models.Model], rows: list[dict]) -> None:
        if not rows:
            return
        pk = model._meta.pk.attname
        if pk not in rows[0]:
            for key, row in zip(self.ids(model, len(rows)), rows, strict=True):
                row[pk] = key
        defaults = self._defaults(model)
        fields = model._meta.concrete_fields
        label = model._meta.label
        self.counts[label] = self.counts.get(label, 0) + len(rows)
        if not self.postgres:
            model._base_manager.bulk_create(
                [model(**{**defaults, **row}) for row in rows], batch_size=max(1, 900 // len(fields))
            )
            return
        # Each column's converter, and its default already converted (most rows leave most columns out).
        converters = [(f.attname, _converter(f)) for f in fields]
        converters = [(name, convert, convert(defaults[name])) for name, convert in converters]
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        table = connection.ops.quote_name(model._meta.db_table)
        missing = object()
        for start in range(0, len(rows), BATCH):
            buffer = io.StringIO()
            for row in rows[start : start + BATCH]:
                values = [
                    default if (value := row.get(name, missing)) is missing else convert(value)
                    for name, convert, default in converters
                ]
                buffer.write("\t".join(values))
                buffer.write("\n")
            buffer.seek(0)
            with connection.cursor() as cursor:
                cursor.copy_expert(f"COPY {table} ({columns}) FROM STDIN", buffer)

    def finish(self) -> None:
        """Move PostgreSQL's sequences past the keys chosen here (SQLite follows by itself)."""
        if not self.postgres:
            return
        with connection.cursor() as cursor:
            for model, next_id in self.next_ids.items():
                table, column = model._meta.db_table, model._meta.pk.column
                quoted_table, quoted_column = connection.ops.quote_name(table), connection.ops.quote_name(column)
                top = f"(SELECT COALESCE(MAX({quoted_column}), 1) FROM {quoted_table})"  # noqa: S608  (our own names)
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence(%s, %s), GREATEST(%s, {top}))", [table, column, next_id - 1]
                )


# --- the set ---------------------------------------------------------------------------------
@dataclass
class Catalogue:
    """What the generators read once: the checklist, the question bank, scenarios, profiles."""

    template_id: int
    criteria: list  # evaluations.models.Criterion
    questions: list[dict]
    scenarios: dict[str, int]
    contracts: list[dict]  # the demo contracts' specs with their clause analysis
    users: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Catalogue:
        from contracts import clauses
        from contracts.demo_texts import DEMO_CONTRACTS
        from evaluations.models import ChecklistTemplate
        from evaluations.probes.models import ProbeQuestion
        from vendors.models import Scenario

        template = ChecklistTemplate.objects.for_new_evaluations()
        if template is None:
            raise RuntimeError("There is no current checklist: run migrate first.")
        questions = list(
            ProbeQuestion.objects.active()
            .order_by("pk")
            .values("pk", "severity", "title_zh", "title_en", "body_zh", "body_en", "category")
        )
        if not questions:
            raise RuntimeError("The probe question bank is empty: run migrate first.")
        contracts = []
        for name in sorted(DEMO_CONTRACTS):
            spec = DEMO_CONTRACTS[name]
            analysis = {item.key: item for item in clauses.analyze(spec["text"]).items}
            contracts.append(
                {**spec, "analysis": analysis, "text_sha256": hashlib.sha256(spec["text"].encode()).hexdigest()}
            )
        return cls(
            template_id=template.pk,
            criteria=list(template.criteria.order_by("position", "pk")),
            questions=questions,
            scenarios=dict(Scenario.objects.values_list("key", "pk")),
            contracts=contracts,
        )


def ensure_users() -> dict[str, int]:
    """The bench manager, viewer and evaluators (one password hash for all: hashing is slow)."""
    from vendorscore.roles import Role

    User = get_user_model()
    hashed = make_password(PASSWORD)
    wanted = [(MANAGER, Role.MANAGER), (VIEWER, Role.VIEWER)]
    wanted += [(f"{USER_PREFIX}evaluator{index:02d}", Role.EVALUATOR) for index in range(1, EVALUATORS + 1)]
    users = {}
    for username, role in wanted:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "password": hashed,
                "email": f"{username}@bench.example.com",
                "is_staff": role == Role.MANAGER,
                "first_name": username.removeprefix(USER_PREFIX).title(),
            },
        )
        if created:
            user.groups.set([Group.objects.get(name=role.value)])
        users[username] = user.pk
    return users


def _weighted(rng: random.Random, options: Iterable[tuple]) -> tuple:
    options = list(options)
    return rng.choices(options, weights=[option[1] for option in options])[0]


@dataclass
class VendorPlan:
    """One vendor's character: what its rows are drawn from."""

    pk: int
    index: int
    rng: random.Random
    region: tuple
    hours_text: str
    hours_json: dict
    open_share: float
    strengths: dict[str, float]
    scenarios: list[str]
    channel_ids: list[int] = field(default_factory=list)
    email_channel: int = 0


class BenchSet:
    """Generates and writes the whole set; ``steps`` reports progress stage by stage."""

    def __init__(self, vendors: int, seed: int, now: dt.datetime, steps: Steps, probes: int = PROBES_PER_VENDOR):
        self.count, self.seed, self.now, self.steps, self.probes = vendors, seed, now, steps, probes
        self.writer = Writer(steps, now)
        self.today = now.date()

    def rng(self, *parts: object) -> random.Random:
        return random.Random("|".join(map(str, (self.seed, *parts))))  # noqa: S311  (synthetic data)

    @transaction.atomic
    def write(self) -> dict[str, int]:
        from evaluations.choices import Dimension
        from vendors.hours import WeeklyHours

        self.catalogue = catalogue = Catalogue.load()
        catalogue.users = ensure_users()
        self.evaluators = [pk for name, pk in sorted(catalogue.users.items()) if "evaluator" in name]
        self.manager = catalogue.users[MANAGER]
        hours = {text: WeeklyHours.parse(text) for text, _w in HOURS}
        ids = self.writer.ids(_model("vendors.Vendor"), self.count)
        plans = []
        for index, pk in enumerate(ids):
            rng = self.rng("vendor", index)
            hours_text = _weighted(rng, HOURS)[0]
            base = rng.betavariate(2, 2)
            plans.append(
                VendorPlan(
                    pk=pk,
                    index=index,
                    rng=rng,
                    region=_weighted(rng, REGIONS),
                    hours_text=hours_text,
                    hours_json=hours[hours_text].to_json(),
                    open_share=hours[hours_text].hours_per_week() / 168,
                    strengths={d: min(1.0, max(0.0, base + rng.uniform(-0.3, 0.3))) for d in Dimension.values},
                    scenarios=sorted(rng.sample(sorted(catalogue.scenarios), rng.randint(1, 3))),
                )
            )
        stages = (
            ("vendors", self.vendors),
            ("vendor facts", self.facts),
            ("evaluations", self.evaluations),
            ("contracts", self.contracts),
            ("probes", self.probe_history),
        )
        for name, stage in stages:
            self.steps.start(name, len(plans))
            for start in range(0, len(plans), 100):
                stage(plans[start : start + 100])
                self.steps.advance(len(plans[start : start + 100]))
        self.writer.finish()
        return dict(self.writer.counts)

    # --- vendors and their facts ------------------------------------------------------------
    def vendors(self, plans: list[VendorPlan]) -> None:
        rows, links = [], []
        for p in plans:
            rng = p.rng
            en = f"{rng.choice(SYLLABLES_EN)}{rng.choice(SYLLABLES_EN).lower()} {rng.choice(SUFFIXES_EN)}"
            zh = "".join(rng.sample(SYLLABLES_ZH, 4)) + rng.choice(SUFFIXES_ZH)
            region, _weight, zone, country = p.region
            rows.append(
                {
                    "id": p.pk,
                    "name": f"{en} {p.index + 1:04d}",
                    "name_en": f"{en} {p.index + 1:04d}",
                    "name_zh": f"{zh}{p.index + 1:04d}",
                    "website": f"https://v{p.index + 1:04d}.bench.example.com",
                    "hq_region": region,
                    "time_zone": zone,
                    "support_hours": p.hours_json,
                    "holiday_country": "" if p.hours_text == "24/7" else country,
                    "team_size": rng.choice((None, rng.randint(3, 300))),
                    "support_team": rng.choice(("in-house", "in-house", "outsourced", "mixed", "unknown")),
                    "company_scale": rng.choice(("listed", "large", "medium", "medium", "small", "small", "unknown")),
                    "status": rng.choice(("candidate", "candidate", "shortlisted", "contracted", "rejected")),
                    "notes": f"{tag(self.seed, self.count)} #{p.index + 1}: 合成的基准测试数据 (synthetic bench data).",
                }
            )
            links += [(p.pk, self.catalogue.scenarios[key]) for key in p.scenarios]
        self.writer.insert(_model("vendors.Vendor"), rows)
        through = _model("vendors.Vendor").scenarios.through
        link_ids = self.writer.ids(through, len(links))
        self.writer.insert(
            through, [{"id": i, "vendor_id": v, "scenario_id": s} for i, (v, s) in zip(link_ids, links, strict=True)]
        )

    def facts(self, plans: list[VendorPlan]) -> None:
        contacts, channels, releases, docs, references = [], [], [], [], []
        for p in plans:
            rng = p.rng
            domain = f"v{p.index + 1:04d}.bench.example.com"
            for n in range(rng.randint(3, 7)):
                joined = rng.randint(60, 1500)
                left = rng.randint(1, joined - 30) if rng.random() < 0.3 else None
                name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))
                contacts.append(
                    {
                        "vendor_id": p.pk,
                        "name": name,
                        "role": rng.choice(
                            (
                                "support-engineer",
                                "support-engineer",
                                "lead-engineer",
                                "account-manager",
                                "sales",
                                "product",
                            )
                        ),
                        "email": f"c{n}@{domain}",
                        "phone": f"+86 21 5550 {rng.randint(0, 9999):04d}",
                        "is_dedicated": rng.random() < 0.3,
                        "joined_on": self.today - dt.timedelta(days=joined),
                        "left_on": self.today - dt.timedelta(days=left) if left else None,
                    }
                )
            kinds = [("email", f"support@{domain}")]
            kinds += rng.sample(
                [
                    ("group-chat", f"{p.index + 1:04d}-技术对接群"),
                    ("phone", f"+86 400 555 {p.index:04d}"),
                    ("ticket-portal", f"https://{domain}/tickets"),
                    ("wecom", f"wecom:support{p.index:04d}"),
                ],
                rng.randint(1, 3),
            )
            ids = self.writer.ids(_model("vendors.SupportChannel"), len(kinds))
            p.channel_ids, p.email_channel = list(ids), ids[0]
            channels += [
                {"id": pk, "vendor_id": p.pk, "kind": kind, "address": address, "hours": {}, "is_active": True}
                for pk, (kind, address) in zip(ids, kinds, strict=True)
            ]
            major, minor, patch = rng.randint(2, 7), 0, 0
            ages = sorted(rng.sample(range(1, HISTORY_DAYS), rng.randint(6, 20)), reverse=True)
            for age in ages:
                feature = rng.random() < 0.3
                minor, patch = (minor + 1, 0) if feature else (minor, patch + 1)
                releases.append(
                    {
                        "vendor_id": p.pk,
                        "version": f"{major}.{minor}.{patch}",
                        "released_on": self.today - dt.timedelta(days=age),
                        "kind": "feature" if feature else "fix",
                        "is_paid": feature and rng.random() < 0.2,
                        "delivery": rng.choice(("source-drop", "remote-upgrade")),
                        "downtime_minutes": rng.choice((0, 0, 0, 5, 15, 60)),
                    }
                )
            for kind in rng.sample(sorted(DOC_TITLES), rng.randint(2, 6)):
                docs.append(
                    {
                        "vendor_id": p.pk,
                        "kind": kind,
                        "title": DOC_TITLES[kind],
                        "url": f"https://docs.{domain}/{kind}",
                        "last_updated": self.today - dt.timedelta(days=rng.randint(5, 700)),
                        "quality": max(1, min(5, round(1 + 4 * p.strengths["documentation"] + rng.uniform(-0.7, 0.7)))),
                    }
                )
            for n in range(rng.randint(0, 3)):
                references.append(
                    {
                        "vendor_id": p.pk,
                        "name": f"客户 {p.index + 1:04d}-{n + 1}",
                        "scenario": rng.choice(p.scenarios),
                        "is_similar": rng.random() < 0.4,
                    }
                )
        for label, rows in (
            ("vendors.Contact", contacts),
            ("vendors.SupportChannel", channels),
            ("vendors.Release", releases),
            ("vendors.DocumentationItem", docs),
            ("vendors.CustomerReference", references),
        ):
            self.writer.insert(_model(label), rows)

    # --- evaluations ----------------------------------------------------------------------
    def evaluations(self, plans: list[VendorPlan]) -> None:
        from evaluations.choices import AnswerType
        from evaluations.demo import answer_for

        Evaluation, Answer, Event = (_model(f"evaluations.{m}") for m in ("Evaluation", "Answer", "EvaluationEvent"))
        evaluations, answers, events = [], [], []
        for p in plans:
            rng = self.rng("evaluations", p.index)
            evaluators = rng.sample(self.evaluators, rng.randint(1, 5))
            ids = self.writer.ids(Evaluation, len(evaluators))
            for pk, evaluator in zip(ids, evaluators, strict=True):
                approved = self.now - dt.timedelta(days=rng.randint(1, HISTORY_DAYS), minutes=rng.randint(0, 1439))
                submitted = approved - dt.timedelta(hours=rng.randint(2, 96))
                created = submitted - dt.timedelta(days=rng.randint(1, 20))
                evaluations.append(
                    {
                        "id": pk,
                        "vendor_id": p.pk,
                        "template_id": self.catalogue.template_id,
                        "evaluator_id": evaluator,
                        "status": "approved",
                        "submitted_at": submitted,
                        "reviewed_at": approved,
                        "reviewed_by_id": self.manager,
                        "review_comment": "Bench data: approved.",
                        "created_at": created,
                        "updated_at": approved,
                    }
                )
                events.append({"evaluation_id": pk, "actor_id": evaluator, "at": created, "kind": "created"})
                events.append({"evaluation_id": pk, "actor_id": self.manager, "at": approved, "kind": "approved"})
                bias = rng.uniform(-0.1, 0.1)  # this evaluator's leniency
                for criterion in self.catalogue.criteria:
                    if criterion.scenarios and not set(criterion.scenarios) & set(p.scenarios):
                        continue  # a question about a scenario the vendor does not serve
                    if rng.random() < 0.1:
                        continue  # left unanswered
                    na = criterion.na_allowed and rng.random() < 0.1
                    quality = min(1.0, max(0.0, p.strengths[criterion.dimension] + bias + rng.uniform(-0.15, 0.15)))
                    if na:
                        value = None
                    elif criterion.answer_type == AnswerType.TEXT:
                        value = TRANSCRIPT.format(key=criterion.key)
                    else:
                        value = answer_for(criterion, quality)
                    answers.append(
                        {
                            "evaluation_id": pk,
                            "criterion_id": criterion.pk,
                            "value": value,
                            "is_na": na,
                            "note": NOTE if rng.random() < 0.25 else "",
                            "link": "",
                            "revision": 1,
                            "updated_by_id": evaluator,
                            "updated_at": submitted,
                        }
                    )
        answer_ids = self.writer.ids(Answer, len(answers))
        for pk, row in zip(answer_ids, answers, strict=True):
            row["id"] = pk
        self.writer.insert(Evaluation, evaluations)
        self.writer.insert(Answer, answers)
        self.writer.insert(Event, events)

    # --- contracts ------------------------------------------------------------------------
    def contracts(self, plans: list[VendorPlan]) -> None:
        from contracts.choices import ChecklistItem, ItemStatus
        from contracts.models import ITEM_FLAG, suggest_risk

        Contract, Review = _model("contracts.Contract"), _model("contracts.ContractReview")
        contracts, slas, fees, services, reviews, checks, events = [], [], [], [], [], [], []
        contract_ids = self.writer.ids(Contract, len(plans))
        review_ids = self.writer.ids(Review, len(plans))
        for p, contract_id, review_id in zip(plans, contract_ids, review_ids, strict=True):
            rng = self.rng("contract", p.index)
            spec = rng.choice(self.catalogue.contracts)
            facts = {k: v for k, v in spec["facts"].items() if k not in ("fees", "third_party")}
            status = rng.choices(("signed", "negotiating", "draft", "expired"), (70, 12, 8, 10))[0]
            start = self.today - dt.timedelta(days=rng.randint(30, 700))
            end = start + dt.timedelta(days=365 * rng.randint(1, 3) - 1)
            if status == "expired":
                end = self.today - dt.timedelta(days=rng.randint(1, 29))
                start = end - dt.timedelta(days=364)
            elif status == "signed" and end < self.today:
                end = self.today + dt.timedelta(days=rng.randint(10, 300))
            created = self.now - dt.timedelta(days=(self.today - start).days + rng.randint(5, 40))
            contracts.append(
                {
                    **facts,
                    "id": contract_id,
                    "vendor_id": p.pk,
                    "title": spec["title"],
                    "status": status,
                    "term_start": start,
                    "term_end": end,
                    "notes": "合成的基准测试数据 (synthetic bench data).",
                    "file": "",
                    "text": spec["text"],
                    "text_language": spec.get("language", "zh")[:2],
                    "created_by_id": self.manager,
                    "created_at": created,
                    "updated_at": created + dt.timedelta(days=rng.randint(0, 5)),
                }
            )
            for severity, (response, fix, clock) in spec["sla"].items():
                slas.append(
                    {
                        "contract_id": contract_id,
                        "severity": severity,
                        "response_minutes": response,
                        "fix_minutes": fix,
                        "clock": clock,
                        "business_hours": {},
                        "acknowledgement_counts": spec["acknowledgement_counts"],
                    }
                )
            for name, amount, recurrence in spec["facts"]["fees"]:
                if (recurrence == "one_off" and amount == facts.get("purchase_price")) or (
                    recurrence == "yearly" and amount == facts.get("support_fee")
                ):
                    continue
                fees.append({"contract_id": contract_id, "name": name, "amount": amount, "recurrence": recurrence})
            for kind, provider, holder, cost, supported in spec["facts"]["third_party"]:
                services.append(
                    {
                        "contract_id": contract_id,
                        "kind": kind,
                        "provider": provider,
                        "account_holder": holder,
                        "yearly_cost": cost,
                        "supported_by": supported,
                    }
                )
            stage = rng.choices(("approved", "submitted", "draft"), (80, 10, 10))[0]
            reviewer = rng.choice(self.evaluators)
            review_checks = []
            for key in ChecklistItem.values:
                item = spec["analysis"][key]
                verdict, note = spec["review"].get(key, (item.status or ItemStatus.PRESENT, ""))
                done = stage != "draft" or len(review_checks) < len(ChecklistItem.values) // 2
                if done and rng.random() < 0.15:  # this contract's own variation on the clause
                    verdict = rng.choice((ItemStatus.PRESENT, ItemStatus.WEAK, ItemStatus.MISSING))
                flag = done and bool(ITEM_FLAG.get(key)) and verdict != ItemStatus.PRESENT and item.red_flag
                review_checks.append(
                    {
                        "review_id": review_id,
                        "key": key,
                        "status": verdict if done else "",
                        "red_flag": flag,
                        "excerpt": item.excerpt if done else "",
                        "note": note if done else "",
                        "risk": "",
                        "suggested_status": item.status or "",
                        "suggested_red_flag": item.red_flag,
                        "suggested_excerpt": item.excerpt or "",
                        "suggested_start": item.start,
                        "suggested_end": item.end,
                        "revision": 1 if done else 0,
                        "updated_by_id": reviewer if done else None,
                    }
                )
            checks += review_checks
            started = created + dt.timedelta(days=rng.randint(1, 10))
            submitted = started + dt.timedelta(days=rng.randint(1, 5)) if stage != "draft" else None
            approved = submitted + dt.timedelta(days=rng.randint(0, 3)) if stage == "approved" else None
            risk = suggest_risk([_Check(c) for c in review_checks]) if stage != "draft" else ""
            reviews.append(
                {
                    "id": review_id,
                    "contract_id": contract_id,
                    "reviewer_id": reviewer,
                    "status": stage,
                    "overall_risk": risk,
                    "summary": "",
                    "text_sha256": spec["text_sha256"],
                    "submitted_at": submitted,
                    "reviewed_at": approved,
                    "reviewed_by_id": self.manager if approved else None,
                    "created_at": started,
                    "updated_at": approved or submitted or started,
                }
            )
            events.append({"review_id": review_id, "actor_id": reviewer, "at": started, "kind": "created", "key": ""})
            if submitted:
                events.append(
                    {"review_id": review_id, "actor_id": reviewer, "at": submitted, "kind": "submitted", "key": ""}
                )
            if approved:
                events.append(
                    {"review_id": review_id, "actor_id": self.manager, "at": approved, "kind": "approved", "key": ""}
                )
        for label, rows in (
            ("contracts.Contract", contracts),
            ("contracts.SlaCommitment", slas),
            ("contracts.ContractFee", fees),
            ("contracts.ThirdPartyService", services),
            ("contracts.ContractReview", reviews),
            ("contracts.ClauseCheck", checks),
            ("contracts.ReviewEvent", events),
        ):
            self.writer.insert(_model(label), rows)

    # --- probes ----------------------------------------------------------------------------
    def probe_history(self, plans: list[VendorPlan]) -> None:
        from django.conf import settings

        Schedule, Probe = _model("probes.ProbeSchedule"), _model("probes.Probe")
        schedules, probes, attempts, replies, ratings = [], [], [], [], []
        link_days = dt.timedelta(days=settings.PROBE_REPLY_LINK_DAYS)
        questions = self.catalogue.questions
        by_severity = {s: [q for q in questions if q["severity"] == s] or questions for s, _w in SEVERITIES}
        schedule_ids = self.writer.ids(Schedule, len(plans))
        for p, schedule_id in zip(plans, schedule_ids, strict=True):
            rng = self.rng("probes", p.index)
            language = "zh-hans" if p.region[0] in ("cn", "hk-tw") else "en"
            every = max(1, HISTORY_DAYS // max(1, self.probes))
            schedules.append(
                {
                    "id": schedule_id,
                    "vendor_id": p.pk,
                    "channel_id": p.email_channel,
                    "interval_days": every,
                    "cron": "",
                    "window_start": dt.time(10),
                    "window_end": dt.time(17),
                    "severity_mix": {"P1": 1, "P2": 2, "P3": 4, "P4": 3},
                    "language": language,
                    "starts_on": self.today - dt.timedelta(days=HISTORY_DAYS),
                    "is_paused": rng.random() < 0.1,
                    "next_slot_at": self.now + dt.timedelta(hours=rng.randint(1, 24 * every)),
                    "created_by_id": self.manager,
                }
            )
            # How this vendor answers: the share answered, how fast (log-normal, in minutes), receipts.
            answer_rate = min(0.98, max(0.2, 0.3 + 0.7 * p.strengths["response_speed"] + rng.uniform(-0.1, 0.1)))
            median_minutes = 10 * 2 ** ((1 - p.strengths["response_speed"]) * 8 + rng.uniform(-1, 1))
            auto_ack = rng.choice((0.0, 0.0, 0.3, 0.8, 1.0))
            resolve_rate = 0.2 + 0.6 * p.strengths["bug_fix"]
            ids = self.writer.ids(Probe, self.probes)
            span = HISTORY_DAYS * 24 * 60
            for n, pk in enumerate(ids):
                minute = int(span * (self.probes - n) / self.probes) - rng.randint(0, max(1, span // self.probes // 2))
                sent = self.now - dt.timedelta(minutes=max(5, minute))
                severity = _weighted(rng, SEVERITIES)[0]
                question = rng.choice(by_severity[severity])
                zh = language == "zh-hans"
                row = {
                    "id": pk,
                    "vendor_id": p.pk,
                    "channel_id": p.email_channel,
                    "schedule_id": schedule_id,
                    "slot_at": sent,
                    "question_id": question["pk"],
                    "severity": severity,
                    "language": language,
                    "subject": (question["title_zh"] if zh else question["title_en"]) or question["title_en"],
                    "question_text": (question["body_zh"] if zh else question["body_en"]) or question["body_en"],
                    "status": "sent",
                    "queued_at": sent,
                    "due_at": sent,
                    "attempt_count": 1,
                    "sent_at": sent,
                    "message_id": f"<bench-{self.seed}-{pk}@bench.invalid>",
                    "reply_nonce": hashlib.md5(f"{self.seed}|{pk}".encode()).hexdigest(),  # noqa: S324
                    "reply_token_hash": hashlib.sha256(f"bench|{self.seed}|{pk}".encode()).hexdigest(),
                    "reply_expires_at": sent + link_days,
                }
                attempts.append(
                    {
                        "probe_id": pk,
                        "number": 1,
                        "started_at": sent,
                        "finished_at": sent + dt.timedelta(seconds=2),
                        "outcome": "sent",
                        "worker": "bench",
                    }
                )
                if rng.random() < auto_ack:
                    at = sent + dt.timedelta(seconds=40)
                    replies.append(
                        {
                            "probe_id": pk,
                            "kind": "auto",
                            "source": "imap",
                            "received_at": at,
                            "from_address": f"noreply@v{p.index + 1:04d}.bench.example.com",
                            "subject": AUTO_REPLY[0],
                            "body": AUTO_REPLY[1],
                            "inbound_message_id": f"<bench-auto-{self.seed}-{pk}@bench.invalid>",
                        }
                    )
                    row["acknowledged_at"] = at
                    row["ack_minutes"], row["ack_business_minutes"] = 0, 0
                answered_at = None
                if rng.random() < answer_rate:
                    delay = dt.timedelta(minutes=max(2.0, rng.lognormvariate(0, 1) * median_minutes))
                    if sent + delay < self.now:
                        answered_at = sent + delay
                if answered_at is not None:
                    score = max(1, min(5, round(1 + 4 * p.strengths["support_depth"] + rng.uniform(-1, 1))))
                    replies.append(
                        {
                            "probe_id": pk,
                            "kind": "human",
                            "source": "imap",
                            "received_at": answered_at,
                            "from_address": f"c0@v{p.index + 1:04d}.bench.example.com",
                            "subject": f"Re: {row['subject']}"[:300],
                            "body": HUMAN_REPLY[score],
                            "inbound_message_id": f"<bench-human-{self.seed}-{pk}@bench.invalid>",
                        }
                    )
                    row["status"] = "answered"
                    row["first_response_at"] = answered_at
                    row.setdefault("acknowledged_at", answered_at)
                    row["response_minutes"], row["response_business_minutes"] = self.clock(p, sent, answered_at)
                    if "ack_minutes" not in row:
                        row["ack_minutes"], row["ack_business_minutes"] = (
                            row["response_minutes"],
                            row["response_business_minutes"],
                        )
                    if answered_at - sent > TIMEOUT:  # late: timed out first, answered after
                        row["timed_out_at"] = sent + TIMEOUT
                    raters = rng.sample(self.evaluators, 2 if rng.random() < 0.3 else 1)
                    for rater in raters:
                        ratings.append(
                            {
                                "probe_id": pk,
                                "rater_id": rater,
                                "score": max(1, min(5, score + rng.choice((-1, 0, 0, 1)))),
                                "created_at": answered_at + dt.timedelta(hours=rng.randint(1, 48)),
                            }
                        )
                    if rng.random() < resolve_rate:
                        resolved = answered_at + dt.timedelta(minutes=rng.randint(20, 3 * 24 * 60))
                        if resolved < self.now:
                            row["status"] = "resolved"
                            row["resolved_at"] = resolved
                            row["resolved_by_id"] = raters[0]
                            row["resolution_note"] = "按供应商的答复处理后问题解决。"
                            row["resolution_minutes"], row["resolution_business_minutes"] = self.clock(
                                p, sent, resolved
                            )
                elif self.now - sent > TIMEOUT:
                    row["status"] = "timed_out"
                    row["timed_out_at"] = sent + TIMEOUT
                probes.append(row)
        reply_ids = self.writer.ids(_model("probes.ProbeReply"), len(replies))
        for pk, row in zip(reply_ids, replies, strict=True):
            row["id"] = pk
        self.writer.insert(Schedule, schedules)
        self.writer.insert(Probe, probes)
        self.writer.insert(_model("probes.ProbeAttempt"), attempts)
        self.writer.insert(_model("probes.ProbeReply"), replies)
        self.writer.insert(_model("probes.ProbeRating"), ratings)

    @staticmethod
    def clock(p: VendorPlan, start: dt.datetime, end: dt.datetime) -> tuple[int, int]:
        """(wall, business) minutes, the business ones approximated (see the module docstring)."""
        wall = int((end - start).total_seconds() // 60)
        if p.open_share >= 0.99 or wall < 8 * 60:
            return wall, wall
        return wall, int(wall * p.open_share)


class _Check:
    """What ``suggest_risk`` reads of a clause check, from a plain row."""

    def __init__(self, row: dict):
        self.red_flag, self.status = row["red_flag"], row["status"]


def _model(label: str) -> type[models.Model]:
    from django.apps import apps

    return apps.get_model(label)


# --- what is there, and taking it away -----------------------------------------------------------
def bench_vendors() -> models.QuerySet:
    from vendors.models import Vendor

    return Vendor.objects.filter(notes__startswith=BENCH_TAG)


def existing_set() -> tuple[int, int, int] | None:
    """(seed, size, vendors present) of the bench set in the database, or None."""
    first = bench_vendors().order_by("pk").values_list("notes", flat=True).first()
    if first is None:
        return None
    match = TAG_PATTERN.match(first)
    seed, size = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
    return seed, size, bench_vendors().count()


def foreign_data() -> dict[str, int]:
    """Rows that are not bench data: vendors without the tag, users without the prefix."""
    from vendors.models import Vendor

    found = {
        "vendors": Vendor.objects.exclude(notes__startswith=BENCH_TAG).count(),
        "users": get_user_model().objects.exclude(username__startswith=USER_PREFIX).count(),
    }
    return {name: count for name, count in found.items() if count}


def purge(model: type[models.Model], queryset: models.QuerySet, depth: int = 0) -> int:
    """Delete ``queryset`` and everything that points at it, table by table, without loading rows
    or sending signals (no outbox rows for vendors that are going away). Nullable links that say
    SET_NULL are cleared instead. Returns the rows deleted from ``model``."""
    if depth > 8:
        raise RuntimeError(f"purge: relations nest too deep at {model._meta.label}")
    keys = queryset.values("pk")
    for relation in model._meta.related_objects:
        related, link = relation.related_model, relation.field
        if relation.many_to_many:
            through = relation.through
            fk = next(f for f in through._meta.concrete_fields if f.related_model is model)
            through._base_manager.filter(**{f"{fk.name}__in": keys})._raw_delete(through._base_manager.db)
            continue
        children = related._base_manager.filter(**{f"{link.name}__in": keys})
        if relation.on_delete is models.SET_NULL:
            children.update(**{link.name: None})
        elif related is not model:
            purge(related, children, depth + 1)
    for m2m in model._meta.local_many_to_many:
        through = m2m.remote_field.through
        fk = next(f for f in through._meta.concrete_fields if f.related_model is model)
        through._base_manager.filter(**{f"{fk.name}__in": keys})._raw_delete(through._base_manager.db)
    return queryset._raw_delete(queryset.db)


@transaction.atomic
def remove_bench_set() -> int:
    """Delete every bench vendor and all that hangs off it; the bench users stay."""
    from vendors.models import Vendor

    ids = list(bench_vendors().values_list("pk", flat=True))
    if not ids:
        return 0
    deleted = 0
    for start in range(0, len(ids), 5000):
        deleted += purge(Vendor, Vendor._base_manager.filter(pk__in=ids[start : start + 5000]))
    return deleted


def score_vendors(ids: list[int], steps: Steps) -> None:
    """Compute every bench vendor's snapshots: in chunks through ``recompute_vendors`` when the
    scorecards module has it, else vendor by vendor."""
    from evaluations import scorecards

    steps.start("scores", len(ids))
    batch = getattr(scorecards, "recompute_vendors", None)
    for start in range(0, len(ids), 50):
        chunk = ids[start : start + 50]
        if batch is not None:
            batch(chunk)
        else:
            for pk in chunk:
                scorecards.recompute_vendor(pk)
        steps.advance(len(chunk))


__all__ = [
    "BENCH_TAG",
    "MANAGER",
    "PASSWORD",
    "BenchSet",
    "bench_vendors",
    "existing_set",
    "foreign_data",
    "remove_bench_set",
    "score_vendors",
    "tag",
]


def refresh_statistics() -> float:
    """VACUUM (ANALYZE) on PostgreSQL after a bulk load: without fresh statistics (a server with
    autovacuum off, or one that has not come round yet) the planner sorts whole tables that an
    index would read in order, and counts miss index-only scans. Returns the seconds it took."""
    if connection.vendor != "postgresql":
        return 0.0
    started = time.perf_counter()
    with connection.cursor() as cursor:
        # VACUUM cannot run inside a transaction (a test's): ANALYZE alone can.
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)")
    return time.perf_counter() - started
