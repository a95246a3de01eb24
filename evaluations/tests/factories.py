from __future__ import annotations

import factory

from evaluations.models import ChecklistTemplate, Criterion, Evaluation, WeightProfile


class TemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChecklistTemplate

    slug = factory.Sequence(lambda n: f"test-checklist-{n}")
    name_en = "Test checklist"
    name_zh = "测试清单"


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    template = factory.SubFactory(TemplateFactory)
    key = factory.Sequence(lambda n: f"criterion_{n}")
    dimension = "sla"
    question_en = factory.Sequence(lambda n: f"Question {n}?")
    question_zh = factory.Sequence(lambda n: f"问题 {n}？")
    answer_type = "scale"
    weight = 1
    rule = {}


def small_template() -> ChecklistTemplate:
    """Three criteria: a scale, a yes/no with a red flag, a number in hours."""
    template = TemplateFactory()
    CriterionFactory(template=template, key="depth", dimension="support_depth", answer_type="scale")
    CriterionFactory(
        template=template,
        key="sla_signed",
        dimension="sla",
        answer_type="yes_no",
        rule={"yes": 100, "no": 0},
        red_flag={"equals": "no", "label_en": "No SLA", "label_zh": "没有 SLA"},
    )
    CriterionFactory(
        template=template,
        key="first_answer_hours",
        dimension="response_speed",
        answer_type="number",
        rule={"better": "lower", "bands": [[1, 100], [4, 80], [24, 40]], "otherwise": 0},
        na_allowed=True,
    )
    return template


def approved_evaluation(vendor, evaluator, manager, answers: dict, template=None) -> Evaluation:
    """An evaluation answered through the model, submitted and approved."""
    evaluation = Evaluation.objects.create(vendor=vendor, evaluator=evaluator, template=template or small_template())
    for key, value in answers.items():
        criterion = evaluation.template.criteria.get(key=key)
        evaluation.save_answer(criterion, {"value": value}, evaluator, 0)
    evaluation.submit(evaluator)
    evaluation.approve(manager)
    evaluation.refresh_from_db()
    return evaluation


def balanced_profile() -> WeightProfile:
    return WeightProfile.objects.get(slug="balanced")
