"""Scores from checklist answers: pure functions over plain data, no database.

Callers (forms, the API, the snapshot task) hand in ``CriterionSpec`` rows,
``AnswerInput`` values, objective ``Signal`` scores and extra ``RedFlag`` warnings, and
get back frozen dataclasses whose ``to_dict()`` is JSON for snapshots and the API.

The rules, in one place:

* Each criterion scores 0..100 from its rule; text criteria are evidence only.
* A dimension's score is the weighted mean of its scored criteria (and
  signals). N/A answers are left out entirely; unanswered criteria are not
  zeros, they lower the dimension's *coverage* (answered weight / applicable
  weight). No scored criterion means "no data" (``None``), never 0.
* Several evaluators are combined per criterion by the weighted median of their
  scores (robust against one outlier), with older evaluations decayed by
  ``decay_weight``. A red flag raised by at least half of the evaluators who
  answered the criterion is confirmed; confirmed flags cap the grade at "C".
* Measured evidence outweighs what an evaluator typed about the same thing: a
  signal that ``supersedes`` a criterion (e.g. probe response times replacing
  the typed "average first answer to test questions") takes that criterion
  out of the score, its red flag included; the line stays in the breakdown as
  "superseded" and names the signal that replaced it.
* The overall score is the profile-weighted mean of the dimensions that have a
  score; coverage is profile-weighted over all ten dimensions, so a scenario
  that cares about an unevaluated dimension sees low coverage.

Nothing is rounded here; ``to_dict()`` rounds floats to two decimals.

Worked example 1: one evaluator, an unanswered and an N/A criterion.

    response_speed, three criteria:
      first_response_minutes  number, weight 2, better "lower",
                              bands [[15, 100], [60, 75], [240, 50]], otherwise 0
                              answer 45            -> 75 (first band with 45 <= 60)
      im_group                yes_no, weight 1, {"yes": 100, "no": 0}
                              answer "yes"         -> 100
      weekend_on_call         scale, weight 1, unanswered -> no score, lowers coverage
      score    = (2·75 + 1·100) / (2 + 1) = 83.33
      coverage = (2 + 1) / (2 + 1 + 1)     = 0.75
    documentation, two criteria:
      api_docs                scale, weight 1, answer 4 -> 75
      onsite_training         yes_no, weight 1, N/A -> left out entirely
      score 75, coverage 1.0
    profile {"response_speed": 3, "documentation": 1} (others 0):
      overall  = (3·83.33 + 1·75) / 4 = 81.25 -> grade "B"
      coverage = (3·0.75 + 1·1.0) / 4 = 0.8125

Worked example 2: three evaluators of different ages, a signal, red flags.

    sla, two criteria, weight 1 each:
      sla_signed     yes_no {"yes": 100, "no": 0}, red flag {"equals": "no"}
      response_hours number, better "lower", bands [[1, 100], [4, 80], [24, 40]], otherwise 0
    evaluator  age (days)  weight = decay_weight(age)  sla_signed   response_hours
    A          0           1.0                         yes -> 100   2   -> 80
    B          365         0.5                         no  -> 0     30  -> 0
    C          730         0.25                        yes -> 100   0.5 -> 100
      sla_signed:     weighted median of {0: 0.5, 100: 1.25} = 100, spread 100, n 3
      response_hours: weighted median of {0: 0.5, 80: 1.0, 100: 0.25} = 80, spread 100, n 3
      sla score = (100 + 80) / 2 = 90, coverage 1.0
      red flag sla_signed: raised by 1 of 3 -> listed, not confirmed
    signal release_cadence (iteration, score 60, weight 1) -> iteration 60, coverage 1.0
    profile {"sla": 2, "iteration": 1}:
      overall = (2·90 + 1·60) / 3 = 80 -> grade "B", coverage 1.0
    the same with extra_flags=[RedFlag("hidden_fees", ...)] (confirmed) -> grade capped to "C"
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from evaluations.choices import AnswerType, Dimension

DIMENSIONS: tuple[str, ...] = tuple(Dimension.values)
ANSWER_TYPES: tuple[str, ...] = tuple(AnswerType.values)

SCALE_SCORES: dict[int, float] = {1: 0.0, 2: 25.0, 3: 50.0, 4: 75.0, 5: 100.0}
GRADE_THRESHOLDS: tuple[tuple[str, float], ...] = (("A", 85.0), ("B", 70.0), ("C", 55.0), ("D", 40.0))
LOWEST_GRADE = "F"
RED_FLAG_GRADE_CAP = "C"  # what a confirmed flag of the default severity ("major") caps the grade at
# Red flags by severity: a confirmed critical flag caps the grade at D, a major one at C;
# a warning is shown and caps nothing.
SEVERITY_CAPS: dict[str, str | None] = {"critical": "D", "major": RED_FLAG_GRADE_CAP, "warning": None}
DEFAULT_SEVERITY = "major"
DEFAULT_HALF_LIFE_DAYS = 365.0
MAX_WEIGHT = 100.0  # the same bound as the profile form
TEXT_MAX_CHARS = 10_000  # a text answer, as the evaluation form allows
# Number answers measure hours, minutes, counts or percentages: never negative.
NUMBER_MIN, NUMBER_MAX = 0, 1_000_000

# A weighted mean that is 85 on paper can come out as 84.99999999999999.
_GRADE_TOLERANCE = 1e-9

_FLAG_CONDITIONS = ("equals", "gt", "lt", "any_of")
_FLAG_LABELS = ("label_en", "label_zh")
_FLAG_CONDITIONS_BY_TYPE: dict[str, tuple[str, ...]] = {
    AnswerType.YES_NO: ("equals",),
    AnswerType.SCALE: ("equals", "gt", "lt"),
    AnswerType.NUMBER: ("equals", "gt", "lt"),
    AnswerType.SINGLE: ("equals", "any_of"),
    AnswerType.MULTI: ("any_of",),
    AnswerType.TEXT: (),
}


class ScoringError(ValueError):
    """Base of every error this module raises on bad input."""


class AnswerError(ScoringError):
    """An answer that does not fit its criterion (wrong type, out of range, unknown option)."""


class CriterionError(ScoringError):
    """A criterion whose weight, rule or red-flag rule cannot be scored."""


class SignalError(ScoringError):
    """An objective signal with an unknown dimension, a bad score or weight, or a clashing key."""


class WeightError(ScoringError):
    """Evaluator or profile weights that cannot be used."""


# ---------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class CriterionSpec:
    key: str
    dimension: str
    answer_type: str
    weight: float
    rule: dict[str, Any]
    red_flag: dict[str, Any] | None
    na_allowed: bool
    label: str = ""
    scenarios: tuple[str, ...] = ()  # the scenarios this criterion is specific to; () = every scenario


# A scenario profile multiplies the weight of its own scenario's criteria by this.
SCENARIO_BOOST = 3.0


@dataclass(frozen=True)
class ScenarioView:
    """The criteria as one scenario sees them: which count more and which do not apply."""

    criteria: list[CriterionSpec]
    boosted: list[str]
    left_out: list[str]


def for_scenario(
    criteria: Sequence[CriterionSpec], scenario: str = "", vendor_scenarios: Iterable[str] = ()
) -> ScenarioView:
    """Adapt the criteria to a profile's scenario.

    With a scenario (a profile such as ``1v1-social``): criteria tagged with it weigh
    ``SCENARIO_BOOST`` times as much; criteria tagged only with other scenarios are left out,
    as if not applicable (they neither score nor lower coverage). Without one (``balanced``):
    a criterion tagged only with scenarios the vendor does not serve is left out, when the
    vendor's scenarios are known; nothing is boosted. Untagged criteria always count as they are.

    Worked example: connect time (tagged 1v1-social, weight 2) and PK battles (show-live, 2)
    under ``1v1-social`` -> connect time weighs 6, PK battles is left out; under ``balanced``
    for a vendor serving only show-live -> connect time is left out, PK battles weighs 2.
    """
    served = set(vendor_scenarios)
    kept, boosted, left_out = [], [], []
    for spec in criteria:
        tags = set(spec.scenarios)
        if not tags:
            kept.append(spec)
        elif scenario and scenario in tags:
            kept.append(dataclasses.replace(spec, weight=spec.weight * SCENARIO_BOOST))
            boosted.append(spec.key)
        elif scenario or (served and not tags & served):
            left_out.append(spec.key)
        else:
            kept.append(spec)
    return ScenarioView(criteria=kept, boosted=boosted, left_out=left_out)


@dataclass(frozen=True)
class AnswerInput:
    """One evaluator's answer. ``value`` None (or "") is unanswered; ``is_na`` wins over any value."""

    value: object
    is_na: bool = False


@dataclass(frozen=True)
class Signal:
    """An objective score (0..100) for a dimension, counted like a fully answered criterion.

    ``supersedes`` names criteria this measurement replaces (see the module rules);
    ``link`` points at the evidence behind it (a path the scorecard links to).
    """

    key: str
    dimension: str
    label: str
    score: float
    weight: float
    evidence: str = ""
    supersedes: tuple[str, ...] = ()
    link: str = ""


@dataclass(frozen=True)
class RedFlag:
    """A warning shown on the scorecard. Confirmed flags cap the grade at ``RED_FLAG_GRADE_CAP``.

    Flags from criteria carry how many evaluators raised it out of how many
    answered; flags passed in by callers (contracts, facts) leave those None.
    """

    key: str
    label_en: str
    label_zh: str
    confirmed: bool = True
    dimension: str = ""
    raised: int | None = None
    answered: int | None = None
    severity: str = DEFAULT_SEVERITY

    @property
    def cap(self) -> str | None:
        """The grade this flag caps at once confirmed (None: a warning caps nothing)."""
        return SEVERITY_CAPS.get(self.severity, RED_FLAG_GRADE_CAP)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label_en": self.label_en,
            "label_zh": self.label_zh,
            "confirmed": self.confirmed,
            "dimension": self.dimension,
            "raised": self.raised,
            "answered": self.answered,
            "severity": self.severity,
        }


# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class CriterionResult:
    """One line of a dimension's breakdown: a criterion or a signal.

    ``status`` is "scored", "unanswered", "na", "not_scored" (text) or
    "superseded" (replaced by the signal named in ``superseded_by``). ``n`` is
    the number of evaluators who gave a score (None for signals); ``spread``
    is max - min of their scores. ``contribution`` is the points this line adds
    to the dimension score (weight × score / scored weight), so a dimension's
    contributions sum to its score.
    """

    key: str
    dimension: str
    label: str
    kind: str  # "criterion" | "signal"
    status: str
    score: float | None
    weight: float
    n: int | None
    spread: float | None
    contribution: float | None
    red_flag: bool = False
    evidence: str = ""
    link: str = ""
    superseded_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        # Every field is a scalar: ``_rounded``'s walk rounds just the floats, as here.
        return {
            "key": self.key,
            "dimension": self.dimension,
            "label": self.label,
            "kind": self.kind,
            "status": self.status,
            "score": _round(self.score),
            "weight": _round(self.weight),
            "n": _round(self.n),
            "spread": _round(self.spread),
            "contribution": _round(self.contribution),
            "red_flag": self.red_flag,
            "evidence": self.evidence,
            "link": self.link,
            "superseded_by": self.superseded_by,
        }


@dataclass(frozen=True)
class DimensionResult:
    """``answered``/``applicable`` count criteria and signals with a positive weight."""

    key: str
    score: float | None
    coverage: float
    answered: int
    applicable: int
    criteria: list[CriterionResult]

    @property
    def spread(self) -> float | None:
        spreads = [c.spread for c in self.criteria if c.spread is not None]
        return max(spreads) if spreads else None

    def to_dict(self) -> dict[str, Any]:
        return _rounded(
            {
                "key": self.key,
                "score": self.score,
                "coverage": self.coverage,
                "answered": self.answered,
                "applicable": self.applicable,
                "spread": self.spread,
                "criteria": [c.to_dict() for c in self.criteria],
            }
        )


@dataclass(frozen=True)
class EvaluationResult:
    """Scores of all ten dimensions, in ``Dimension`` order, and the red flags raised."""

    dimensions: list[DimensionResult]
    red_flags: list[RedFlag]

    def dimension(self, key: str) -> DimensionResult:
        for result in self.dimensions:
            if result.key == key:
                return result
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dimensions": [d.to_dict() for d in self.dimensions],
            "red_flags": [f.to_dict() for f in self.red_flags],
        }


@dataclass(frozen=True)
class CombinedResult(EvaluationResult):
    """An ``EvaluationResult`` over several evaluators; ``evaluators`` counts those with weight > 0."""

    evaluators: int

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "evaluators": self.evaluators}


@dataclass(frozen=True)
class ScorecardDimension:
    key: str
    score: float | None
    weight: float  # the profile's weight, as given
    coverage: float
    spread: float | None
    answered: int
    applicable: int
    criteria: list[CriterionResult]

    def to_dict(self) -> dict[str, Any]:
        """The compact row; the criteria are in ``Scorecard.to_dict()["breakdown"]``."""
        return _rounded(
            {
                "key": self.key,
                "score": self.score,
                "weight": self.weight,
                "coverage": self.coverage,
                "spread": self.spread,
                "answered": self.answered,
                "applicable": self.applicable,
            }
        )


@dataclass(frozen=True)
class Scorecard:
    overall: float | None
    coverage: float
    grade: str | None
    grade_capped: bool  # True when a confirmed red flag lowered the grade
    red_flags: list[RedFlag]
    dimensions: list[ScorecardDimension]
    grade_cap: str | None = None  # the strictest cap of the confirmed flags, whether or not it bit

    @property
    def confirmed_red_flags(self) -> list[RedFlag]:
        return [flag for flag in self.red_flags if flag.confirmed]

    def dimension(self, key: str) -> ScorecardDimension:
        for result in self.dimensions:
            if result.key == key:
                return result
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            **_rounded({"overall": self.overall, "coverage": self.coverage}),
            "grade": self.grade,
            "grade_capped": self.grade_capped,
            "grade_cap": self.grade_cap,
            "red_flags": [f.to_dict() for f in self.red_flags],
            "dimensions": [d.to_dict() for d in self.dimensions],
            "breakdown": {d.key: [c.to_dict() for c in d.criteria] for d in self.dimensions},
        }


# ---------------------------------------------------------------------------
# Validation


def _is_number(value: object) -> bool:
    # bool is an int subclass; True is never a meant number here.
    return isinstance(value, int | float | Decimal | Fraction) and not isinstance(value, bool)


def _finite_number(value: object) -> float | None:
    """``value`` as a float when it is a finite number, else None."""
    if not _is_number(value):
        return None
    number = float(value)  # type: ignore[arg-type]
    return number if math.isfinite(number) else None


def _rule_score(spec: CriterionSpec, value: object, where: str) -> float:
    score = _finite_number(value)
    if score is None or not 0 <= score <= 100:
        raise CriterionError(f"{spec.key}: {where} must be a number from 0 to 100, got {value!r}.")
    return score


def _options(spec: CriterionSpec) -> dict[str, float]:
    options = spec.rule.get("options") if isinstance(spec.rule, dict) else None
    if not isinstance(options, list) or not options:
        raise CriterionError(f"{spec.key}: rule needs a non-empty list of options.")
    scores: dict[str, float] = {}
    for option in options:
        if not isinstance(option, dict) or not isinstance(option.get("key"), str) or not option["key"]:
            raise CriterionError(f"{spec.key}: every option needs a text key, got {option!r}.")
        if option["key"] in scores:
            raise CriterionError(f"{spec.key}: option {option['key']!r} appears twice.")
        scores[option["key"]] = _rule_score(spec, option.get("score"), f"the score of option {option['key']!r}")
    return scores


def _number_rule(spec: CriterionSpec) -> tuple[str, list[tuple[float, float]], float]:
    rule = spec.rule
    better = rule.get("better")
    if better not in ("lower", "higher"):
        raise CriterionError(f'{spec.key}: rule "better" must be "lower" or "higher", got {better!r}.')
    bands = rule.get("bands")
    if not isinstance(bands, list | tuple):
        raise CriterionError(f"{spec.key}: rule needs a list of [threshold, score] bands.")
    parsed: list[tuple[float, float]] = []
    for band in bands:
        if not isinstance(band, list | tuple) or len(band) != 2:
            raise CriterionError(f"{spec.key}: every band must be [threshold, score], got {band!r}.")
        threshold = _finite_number(band[0])
        if threshold is None:
            raise CriterionError(f"{spec.key}: band threshold must be a finite number, got {band[0]!r}.")
        parsed.append((threshold, _rule_score(spec, band[1], "a band score")))
    if "otherwise" not in rule:
        raise CriterionError(f'{spec.key}: rule needs an "otherwise" score for values outside every band.')
    return better, parsed, _rule_score(spec, rule["otherwise"], '"otherwise"')


def _validate_red_flag(spec: CriterionSpec) -> None:
    flag = spec.red_flag
    if flag is None:
        return
    if not isinstance(flag, dict):
        raise CriterionError(f"{spec.key}: red-flag rule must be a mapping or None, got {flag!r}.")
    unknown = set(flag) - set(_FLAG_CONDITIONS) - set(_FLAG_LABELS) - {"severity"}
    if unknown:
        raise CriterionError(f"{spec.key}: unknown red-flag keys {sorted(unknown)}.")
    if "severity" in flag and flag["severity"] not in SEVERITY_CAPS:
        raise CriterionError(
            f"{spec.key}: red-flag severity must be one of {', '.join(SEVERITY_CAPS)}, got {flag['severity']!r}."
        )
    conditions = [name for name in _FLAG_CONDITIONS if name in flag]
    if not conditions:
        raise CriterionError(f"{spec.key}: red-flag rule needs one of {', '.join(_FLAG_CONDITIONS)}.")
    allowed = _FLAG_CONDITIONS_BY_TYPE[spec.answer_type]
    for name in conditions:
        if name not in allowed:
            raise CriterionError(f"{spec.key}: a {spec.answer_type} criterion cannot have a {name!r} red flag.")
    for name in ("gt", "lt"):
        if name in flag and _finite_number(flag[name]) is None:
            raise CriterionError(f"{spec.key}: red-flag {name!r} must be a finite number, got {flag[name]!r}.")
    if "equals" in flag:
        if spec.answer_type == AnswerType.YES_NO and flag["equals"] not in ("yes", "no"):
            raise CriterionError(f'{spec.key}: red-flag "equals" must be "yes" or "no", got {flag["equals"]!r}.')
        if spec.answer_type == AnswerType.SINGLE and flag["equals"] not in _options(spec):
            raise CriterionError(f'{spec.key}: red-flag "equals" names unknown option {flag["equals"]!r}.')
        if spec.answer_type in (AnswerType.SCALE, AnswerType.NUMBER) and _finite_number(flag["equals"]) is None:
            raise CriterionError(f'{spec.key}: red-flag "equals" must be a number, got {flag["equals"]!r}.')
    if "any_of" in flag:
        keys = flag["any_of"]
        if not isinstance(keys, list | tuple) or not all(isinstance(k, str) for k in keys):
            raise CriterionError(f'{spec.key}: red-flag "any_of" must be a list of option keys, got {keys!r}.')
        unknown_options = set(keys) - set(_options(spec))
        if unknown_options:
            raise CriterionError(f'{spec.key}: red-flag "any_of" names unknown options {sorted(unknown_options)}.')


def validate_criterion(spec: CriterionSpec) -> None:
    """Raise ``CriterionError`` unless ``spec`` can be scored (for the template editor)."""
    if not isinstance(spec.key, str) or not spec.key:
        raise CriterionError(f"A criterion needs a non-empty key, got {spec.key!r}.")
    if spec.dimension not in DIMENSIONS:
        raise CriterionError(f"{spec.key}: unknown dimension {spec.dimension!r}; expected one of {list(DIMENSIONS)}.")
    if spec.answer_type not in ANSWER_TYPES:
        raise CriterionError(
            f"{spec.key}: unknown answer type {spec.answer_type!r}; expected one of {list(ANSWER_TYPES)}."
        )
    weight = _finite_number(spec.weight)
    if weight is None or weight < 0:
        raise CriterionError(f"{spec.key}: weight must be a finite number of at least 0, got {spec.weight!r}.")
    if spec.answer_type not in (AnswerType.TEXT, AnswerType.SCALE) and not isinstance(spec.rule, dict):
        raise CriterionError(f"{spec.key}: rule must be a mapping, got {spec.rule!r}.")
    if spec.answer_type == AnswerType.YES_NO:
        for choice in ("yes", "no"):
            if choice not in spec.rule:
                raise CriterionError(f'{spec.key}: rule needs a score for "{choice}".')
            _rule_score(spec, spec.rule[choice], f'the score for "{choice}"')
    elif spec.answer_type == AnswerType.NUMBER:
        _number_rule(spec)
    elif spec.answer_type in (AnswerType.SINGLE, AnswerType.MULTI):
        _options(spec)
    _validate_red_flag(spec)


def _is_unanswered(answer: AnswerInput | None) -> bool:
    return answer is None or (not answer.is_na and answer.value in (None, ""))


def validate_answer(spec: CriterionSpec, answer: AnswerInput) -> None:
    """Raise ``AnswerError`` unless ``answer`` fits ``spec`` (``CriterionError`` if ``spec`` itself is bad).

    Unanswered (value None or "") is always valid; N/A is valid when the
    criterion allows it.
    """
    validate_criterion(spec)
    _check_answer(_Rules(spec), answer)


class _Rules:
    """A criterion's parsed rule (options, number bands), for a criterion already validated:
    ``_combine`` parses each once rather than once per answer."""

    __slots__ = ("number", "options", "spec")

    def __init__(self, spec: CriterionSpec):
        self.spec = spec
        kind = spec.answer_type
        self.options = _options(spec) if kind in (AnswerType.SINGLE, AnswerType.MULTI) else None
        self.number = _number_rule(spec) if kind == AnswerType.NUMBER else None


def _check_answer(rules: _Rules, answer: AnswerInput) -> None:
    """``validate_answer`` for a criterion already validated."""
    spec = rules.spec
    if answer.is_na:
        if not spec.na_allowed:
            raise AnswerError(f"{spec.key}: this question cannot be answered N/A.")
        return
    value = answer.value
    if value is None or value == "":
        return
    kind = spec.answer_type
    if kind == AnswerType.YES_NO:
        if value not in ("yes", "no") or not isinstance(value, str):
            raise AnswerError(f'{spec.key}: expected "yes" or "no", got {value!r}.')
    elif kind == AnswerType.SCALE:
        if not isinstance(value, int) or isinstance(value, bool) or value not in SCALE_SCORES:
            raise AnswerError(f"{spec.key}: expected a whole number from 1 to 5, got {value!r}.")
    elif kind == AnswerType.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise AnswerError(f"{spec.key}: expected a finite number, got {value!r}.")
        if not NUMBER_MIN <= value <= NUMBER_MAX:
            raise AnswerError(f"{spec.key}: expected a number from {NUMBER_MIN} to {NUMBER_MAX:,}, got {value!r}.")
    elif kind == AnswerType.SINGLE:
        options = rules.options
        if not isinstance(value, str) or value not in options:
            raise AnswerError(f"{spec.key}: expected one of {list(options)}, got {value!r}.")
    elif kind == AnswerType.MULTI:
        options = rules.options
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise AnswerError(f"{spec.key}: expected a list of option keys, got {value!r}.")
        unknown = [v for v in value if v not in options]
        if unknown:
            raise AnswerError(f"{spec.key}: unknown options {unknown}; expected some of {list(options)}.")
        if len(set(value)) != len(value):
            raise AnswerError(f"{spec.key}: an option is selected more than once in {list(value)}.")
    elif kind == AnswerType.TEXT and not isinstance(value, str):
        raise AnswerError(f"{spec.key}: expected text, got {value!r}.")
    elif kind == AnswerType.TEXT and len(value) > TEXT_MAX_CHARS:
        raise AnswerError(f"{spec.key}: at most {TEXT_MAX_CHARS:,} characters, got {len(value):,}.")


def validate_weights(weights: Mapping[str, object]) -> dict[str, float]:
    """A profile's weights for all ten dimensions, in ``Dimension`` order (missing keys are 0).

    Raises ``WeightError`` for unknown keys, non-numbers, negative, non-finite or
    too large weights (above ``MAX_WEIGHT``: 1e308 once overflowed every sum), and when
    every weight is 0.
    """
    if not isinstance(weights, Mapping):
        raise WeightError(f"Weights must map dimension keys to numbers, got {weights!r}.")
    unknown = [key for key in weights if key not in DIMENSIONS]
    if unknown:
        raise WeightError(f"Unknown dimensions {unknown}; expected some of {list(DIMENSIONS)}.")
    validated: dict[str, float] = {}
    for key in DIMENSIONS:
        raw = weights.get(key, 0)
        weight = _finite_number(raw)
        if weight is None:
            raise WeightError(f"Weight of {key!r} must be a finite number, got {raw!r}.")
        if weight < 0:
            raise WeightError(f"Weight of {key!r} must not be negative, got {raw!r}.")
        if weight > MAX_WEIGHT:
            raise WeightError(f"Weight of {key!r} must be at most {MAX_WEIGHT:g}, got {raw!r}.")
        validated[key] = weight
    if not any(validated.values()):
        raise WeightError("At least one dimension needs a weight above 0.")
    return validated


# ---------------------------------------------------------------------------
# One answer


def score_answer(spec: CriterionSpec, answer: AnswerInput) -> float | None:
    """The 0..100 score of ``answer``; None when N/A, unanswered or a text criterion."""
    validate_criterion(spec)
    rules = _Rules(spec)
    _check_answer(rules, answer)
    return _checked_score(rules, answer)


def _checked_score(rules: _Rules, answer: AnswerInput) -> float | None:
    """``score_answer`` for an answer already checked against its criterion."""
    spec = rules.spec
    if answer.is_na or _is_unanswered(answer) or spec.answer_type == AnswerType.TEXT:
        return None
    value = answer.value
    kind = spec.answer_type
    if kind == AnswerType.YES_NO:
        return float(spec.rule[value])  # type: ignore[index]
    if kind == AnswerType.SCALE:
        return SCALE_SCORES[value]  # type: ignore[index]
    if kind == AnswerType.NUMBER:
        better, bands, otherwise = rules.number  # type: ignore[misc]
        for threshold, score in bands:
            if (value <= threshold) if better == "lower" else (value >= threshold):  # type: ignore[operator]
                return score
        return otherwise
    options = rules.options
    if kind == AnswerType.SINGLE:
        return options[value]  # type: ignore[index]
    return min(100.0, math.fsum(options[key] for key in value))  # type: ignore[union-attr]


def raises_red_flag(spec: CriterionSpec, answer: AnswerInput) -> bool:
    """Whether ``answer`` meets the criterion's red-flag rule; N/A and unanswered never do."""
    validate_answer(spec, answer)
    return _checked_flag(spec, answer)


def _checked_flag(spec: CriterionSpec, answer: AnswerInput) -> bool:
    """``raises_red_flag`` for an answer already checked against its criterion."""
    flag = spec.red_flag
    if flag is None or answer.is_na or _is_unanswered(answer) or spec.answer_type == AnswerType.TEXT:
        return False
    value: Any = answer.value
    if "equals" in flag and value == flag["equals"]:
        return True
    if "gt" in flag and value > flag["gt"]:
        return True
    if "lt" in flag and value < flag["lt"]:
        return True
    if "any_of" in flag:
        selected = value if spec.answer_type == AnswerType.MULTI else [value]
        return any(key in flag["any_of"] for key in selected)
    return False


# ---------------------------------------------------------------------------
# Several evaluators


def decay_weight(age_days: float, half_life_days: float = DEFAULT_HALF_LIFE_DAYS) -> float:
    """How much an evaluation ``age_days`` old counts: 1 when new, halving every ``half_life_days``.

    A date slightly in the future (clock skew) counts as new.
    """
    if not _is_number(age_days) or math.isnan(age_days):
        raise WeightError(f"Age must be a number of days, got {age_days!r}.")
    half_life = _finite_number(half_life_days)
    if half_life is None or half_life <= 0:
        raise WeightError(f"Half-life must be a finite number of days above 0, got {half_life_days!r}.")
    return 0.5 ** (max(0.0, float(age_days)) / half_life)


def _ratio(weight: float) -> tuple[int, int]:
    fraction = _fraction(weight)
    return fraction.numerator, fraction.denominator


# A vendor's evaluators carry the same few weights through every criterion: convert each once.
_fraction = functools.lru_cache(maxsize=1024)(Fraction)


def weighted_median(values: Iterable[tuple[float, float]]) -> float:
    """The weighted median of (value, weight) pairs; weights <= 0 are ignored.

    When the cumulative weight lands exactly on half, the midpoint of the two
    middle values is returned (so two equal evaluators average). Weights are
    summed as exact fractions, so the halfway test does not depend on the order of the pairs.
    """
    items = sorted((value, weight) for value, weight in values if weight > 0)
    if not items:
        raise ValueError("weighted_median() needs at least one positive weight.")
    if len(items) == 1:  # one evaluator: the loop below returns its value at once
        return items[0][0]
    # Exact: every weight as a whole number of 1/denominator (floats are dyadic, so that is a power of 2).
    ratios = [_ratio(weight) for _, weight in items]
    denominator = math.lcm(*(den for _, den in ratios))
    units = [num * (denominator // den) for num, den in ratios]
    total = sum(units)
    cumulative = 0
    for index, ((value, _weight), unit) in enumerate(zip(items, units, strict=True)):
        cumulative += unit
        if 2 * cumulative > total:
            return value
        if 2 * cumulative == total:
            return (value + items[index + 1][0]) / 2
    raise AssertionError("unreachable: the cumulative weight reaches the total")  # pragma: no cover


@dataclass
class _Tally:
    """What the evaluators said about one criterion."""

    scores: list[tuple[float, float]] = field(default_factory=list)  # (score, evaluator weight)
    na: int = 0
    flag_raised: int = 0
    flag_answered: int = 0


def _criterion_line(spec: CriterionSpec, tally: _Tally, superseded_by: str = "") -> CriterionResult:
    score = spread = None
    if superseded_by:
        status = "superseded"
    elif spec.answer_type == AnswerType.TEXT:
        status = "not_scored"
    elif tally.scores:
        status = "scored"
        score = weighted_median(tally.scores)
        values = [value for value, _ in tally.scores]
        spread = max(values) - min(values)
    else:
        status = "na" if tally.na else "unanswered"
    return CriterionResult(
        key=spec.key,
        dimension=spec.dimension,
        label=spec.label,
        kind="criterion",
        status=status,
        score=score,
        weight=float(spec.weight),
        n=len(tally.scores),
        spread=spread,
        contribution=None,
        red_flag=tally.flag_raised > 0 and not superseded_by,
        superseded_by=superseded_by,
    )


def _signal_line(signal: Signal) -> CriterionResult:
    return CriterionResult(
        key=signal.key,
        dimension=signal.dimension,
        label=signal.label,
        kind="signal",
        status="scored",
        score=float(signal.score),
        weight=float(signal.weight),
        n=None,
        spread=None,
        contribution=None,
        evidence=signal.evidence,
        link=signal.link,
    )


def _dimension(key: str, lines: list[CriterionResult]) -> DimensionResult:
    """Weighted mean of the scored lines; coverage of the applicable weight. Zero weights count for nothing."""
    scored = [line for line in lines if line.status == "scored" and line.weight > 0]
    applicable = [line for line in lines if line.status in ("scored", "unanswered") and line.weight > 0]
    scored_weight = math.fsum(line.weight for line in scored)
    applicable_weight = math.fsum(line.weight for line in applicable)
    score: float | None = None
    if scored_weight > 0:
        mean = math.fsum(line.weight * line.score for line in scored) / scored_weight  # type: ignore[operator]
        # A weighted mean lies between its extremes; the clamp only removes float noise.
        scores = [line.score for line in scored]
        score = min(max(mean, min(scores)), max(scores))  # type: ignore[type-var]
    coverage = min(1.0, scored_weight / applicable_weight) if applicable_weight > 0 else 0.0
    with_contribution = [
        _replace_contribution(line, line.weight * line.score / scored_weight)  # type: ignore[operator]
        if line.status == "scored" and scored_weight > 0
        else line
        for line in lines
    ]
    return DimensionResult(
        key=key,
        score=score,
        coverage=coverage,
        answered=len(scored),
        applicable=len(applicable),
        criteria=with_contribution,
    )


def _replace_contribution(line: CriterionResult, contribution: float) -> CriterionResult:
    return CriterionResult(**{**line.__dict__, "contribution": contribution})


def _validate_signals(signals: Sequence[Signal], criterion_keys: set[str]) -> None:
    seen = set(criterion_keys)
    for signal in signals:
        if signal.key in seen:
            raise SignalError(f"Signal key {signal.key!r} is already used by a criterion or another signal.")
        seen.add(signal.key)
        if signal.dimension not in DIMENSIONS:
            raise SignalError(f"{signal.key}: unknown dimension {signal.dimension!r}.")
        score = _finite_number(signal.score)
        if score is None or not 0 <= score <= 100:
            raise SignalError(f"{signal.key}: score must be a number from 0 to 100, got {signal.score!r}.")
        weight = _finite_number(signal.weight)
        if weight is None or weight < 0:
            raise SignalError(f"{signal.key}: weight must be a finite number of at least 0, got {signal.weight!r}.")


def _combine(
    evaluations: Sequence[tuple[Mapping[str, AnswerInput], float]],
    criteria: Sequence[CriterionSpec],
    signals: Sequence[Signal],
    extra_flags: Sequence[RedFlag],
) -> tuple[list[DimensionResult], list[RedFlag], int]:
    return _combine_views(evaluations, [criteria], signals, extra_flags)[0]


def _tally_key(spec: CriterionSpec) -> tuple:
    # What scoring an answer depends on: a scenario's boosted copy of a criterion shares its tally.
    return spec.key, spec.answer_type, spec.na_allowed, id(spec.rule), id(spec.red_flag)


def _combine_views(
    evaluations: Sequence[tuple[Mapping[str, AnswerInput], float]],
    views: Sequence[Sequence[CriterionSpec]],
    signals: Sequence[Signal],
    extra_flags: Sequence[RedFlag],
) -> list[tuple[list[DimensionResult], list[RedFlag], int]]:
    """``_combine`` of the same answers under several sets of criteria (a vendor's scenario
    views): each answer is validated and scored once, each criterion's line built once."""
    validated: dict[int, CriterionSpec] = {}  # by id(); the views hold the specs for the whole call
    for criteria in views:
        keys = [spec.key for spec in criteria]
        if len(set(keys)) != len(keys):
            duplicates = sorted({key for key in keys if keys.count(key) > 1})
            raise CriterionError(f"Criterion keys must be unique; repeated: {duplicates}.")
        for spec in criteria:
            if id(spec) not in validated:
                validate_criterion(spec)
                validated[id(spec)] = spec
        _validate_signals(signals, set(keys))
    scored: dict[tuple, CriterionSpec] = {}
    for spec in validated.values():
        scored.setdefault(_tally_key(spec), spec)
    rules = {key: _Rules(spec) for key, spec in scored.items()}

    tallies = {key: _Tally() for key in scored}
    evaluators = 0
    for answers, raw_weight in evaluations:
        weight = _finite_number(raw_weight)
        if weight is None or weight < 0:
            raise WeightError(f"Evaluator weight must be a finite number of at least 0, got {raw_weight!r}.")
        if weight == 0:
            continue  # decayed to nothing: counts for nothing, flags included
        evaluators += 1
        for key, spec in scored.items():
            answer = answers.get(spec.key)
            if answer is None:
                continue
            tally = tallies[key]
            _check_answer(rules[key], answer)  # the criteria were validated above
            score = _checked_score(rules[key], answer)
            if answer.is_na:
                tally.na += 1
                continue
            if _is_unanswered(answer):
                continue
            if spec.red_flag is not None:
                tally.flag_answered += 1
                tally.flag_raised += _checked_flag(spec, answer)
            if score is not None:
                tally.scores.append((score, weight))

    superseded = {key: signal.key for signal in signals for key in signal.supersedes}
    signal_lines = [_signal_line(signal) for signal in signals]
    criterion_lines: dict[int, CriterionResult] = {}
    results = []
    for criteria in views:
        lines: dict[str, list[CriterionResult]] = {key: [] for key in DIMENSIONS}
        for spec in criteria:
            line = criterion_lines.get(id(spec))
            if line is None:
                line = _criterion_line(spec, tallies[_tally_key(spec)], superseded.get(spec.key, ""))
                criterion_lines[id(spec)] = line
            lines[spec.dimension].append(line)
        for signal, line in zip(signals, signal_lines, strict=True):
            lines[signal.dimension].append(line)
        dimensions = [_dimension(key, lines[key]) for key in DIMENSIONS]

        flags: list[RedFlag] = []
        for spec in criteria:
            tally = tallies[_tally_key(spec)]
            if tally.flag_raised and spec.key not in superseded:
                flag = spec.red_flag or {}
                flags.append(
                    RedFlag(
                        key=spec.key,
                        label_en=flag.get("label_en") or spec.label,
                        label_zh=flag.get("label_zh") or flag.get("label_en") or spec.label,
                        confirmed=2 * tally.flag_raised >= tally.flag_answered,
                        dimension=spec.dimension,
                        raised=tally.flag_raised,
                        answered=tally.flag_answered,
                        severity=flag.get("severity", DEFAULT_SEVERITY),
                    )
                )
        flags.extend(extra_flags)
        results.append((dimensions, flags, evaluators))
    return results


def score_evaluation(
    criteria: Sequence[CriterionSpec],
    answers: Mapping[str, AnswerInput],
    signals: Sequence[Signal] = (),
    extra_flags: Sequence[RedFlag] = (),
) -> EvaluationResult:
    """Score one evaluator's answers. Answers for keys not in ``criteria`` are ignored."""
    dimensions, flags, _ = _combine([(answers, 1.0)], criteria, signals, extra_flags)
    return EvaluationResult(dimensions=dimensions, red_flags=flags)


def combine(
    evaluations: Sequence[tuple[Mapping[str, AnswerInput], float]],
    criteria: Sequence[CriterionSpec],
    signals: Sequence[Signal] = (),
    extra_flags: Sequence[RedFlag] = (),
) -> CombinedResult:
    """Combine several evaluators' (answers, weight) pairs, e.g. weight = ``decay_weight(age)``.

    Per criterion: the weighted median of the evaluators' scores. A criterion
    is N/A only when someone marked it N/A and nobody scored it. Evaluators
    with weight 0 are left out entirely.
    """
    dimensions, flags, evaluators = _combine(evaluations, criteria, signals, extra_flags)
    return CombinedResult(dimensions=dimensions, red_flags=flags, evaluators=evaluators)


def combine_views(
    evaluations: Sequence[tuple[Mapping[str, AnswerInput], float]],
    views: Sequence[Sequence[CriterionSpec]],
    signals: Sequence[Signal] = (),
    extra_flags: Sequence[RedFlag] = (),
) -> list[CombinedResult]:
    """``[combine(evaluations, criteria, signals, extra_flags) for criteria in views]``, scoring
    each answer once: a vendor's scenario views (``for_scenario``) share their answers."""
    return [
        CombinedResult(dimensions=dimensions, red_flags=flags, evaluators=evaluators)
        for dimensions, flags, evaluators in _combine_views(evaluations, views, signals, extra_flags)
    ]


# ---------------------------------------------------------------------------
# Scorecard


def grade_for(score: float | None) -> str | None:
    if score is None:
        return None
    for grade, threshold in GRADE_THRESHOLDS:
        if score + _GRADE_TOLERANCE >= threshold:
            return grade
    return LOWEST_GRADE


_GRADE_ORDER = [g for g, _ in GRADE_THRESHOLDS] + [LOWEST_GRADE]


def _capped(grade: str | None, cap: str | None = RED_FLAG_GRADE_CAP) -> str | None:
    if grade is None or cap is None or _GRADE_ORDER.index(grade) >= _GRADE_ORDER.index(cap):
        return grade
    return cap


def strictest_cap(flags: Sequence[RedFlag]) -> str | None:
    """The lowest grade any confirmed flag caps at (None when none caps)."""
    caps = [flag.cap for flag in flags if flag.confirmed and flag.cap is not None]
    return max(caps, key=_GRADE_ORDER.index) if caps else None


def overall(result: EvaluationResult, profile_weights: Mapping[str, object]) -> Scorecard:
    """The scorecard of ``result`` (one evaluation or combined) under a weight profile."""
    weights = validate_weights(profile_weights)
    total_weight = math.fsum(weights.values())
    by_key = {dimension.key: dimension for dimension in result.dimensions}
    dimensions = [by_key[key] for key in DIMENSIONS]

    scored = [d for d in dimensions if d.score is not None and weights[d.key] > 0]
    scored_weight = math.fsum(weights[d.key] for d in scored)
    overall_score: float | None = None
    if scored_weight > 0:
        mean = math.fsum(weights[d.key] * d.score for d in scored) / scored_weight  # type: ignore[operator]
        scores = [d.score for d in scored]
        overall_score = min(max(mean, min(scores)), max(scores))  # type: ignore[type-var]
    coverage = min(1.0, math.fsum(weights[d.key] * d.coverage for d in dimensions) / total_weight)

    grade = grade_for(overall_score)
    cap = strictest_cap(result.red_flags)
    final_grade = _capped(grade, cap)
    return Scorecard(
        overall=overall_score,
        coverage=coverage,
        grade=final_grade,
        grade_capped=final_grade != grade,
        grade_cap=cap,
        red_flags=list(result.red_flags),
        dimensions=[
            ScorecardDimension(
                key=d.key,
                score=d.score,
                weight=weights[d.key],
                coverage=d.coverage,
                spread=d.spread,
                answered=d.answered,
                applicable=d.applicable,
                criteria=d.criteria,
            )
            for d in dimensions
        ],
    )


def _round(value: Any) -> Any:
    return round(value, 2) if isinstance(value, float) else value


def _rounded(data: Any) -> Any:
    if isinstance(data, float):
        return round(data, 2)
    if isinstance(data, dict):
        return {key: _rounded(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_rounded(value) for value in data]
    return data
