"""Who hears about an evaluation's review: managers when it is submitted, its evaluator when it
is approved or returned. Called by the Evaluation model's workflow methods, so the pages and
the API notify alike; the texts are in templates/evaluations/notifications/."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from vendorscore.notifications import Kind, display_name, notify, register
from vendorscore.roles import Role, users_with_role

if TYPE_CHECKING:
    from evaluations.models import Evaluation

SUBMITTED = register(
    Kind(
        "evaluation_submitted",
        _("An evaluation is submitted for approval"),
        Role.MANAGER,
        "evaluations/notifications/submitted",
    )
)
APPROVED = register(
    Kind("evaluation_approved", _("Your evaluation is approved"), Role.EVALUATOR, "evaluations/notifications/approved")
)
RETURNED = register(
    Kind("evaluation_returned", _("Your evaluation is returned"), Role.EVALUATOR, "evaluations/notifications/returned")
)

BY_EVENT = {"submitted": SUBMITTED, "approved": APPROVED, "returned": RETURNED}


def evaluation_reviewed(evaluation: Evaluation, event: str, actor) -> None:
    """Notify whoever should know that ``actor`` moved ``evaluation`` on by ``event``
    ("submitted", "approved" or "returned"); call inside the transaction that did it."""
    kind = BY_EVENT[event]
    recipients = users_with_role(Role.MANAGER) if kind is SUBMITTED else [evaluation.evaluator]
    vendor = evaluation.vendor
    context = {
        # Both names: each reader sees the vendor's name in their own language.
        "vendor": {"zh": vendor.name_zh or vendor.name, "en": vendor.name_en or vendor.name},
        "actor": display_name(actor),
        "comment": evaluation.review_comment if kind is not SUBMITTED else "",
    }
    notify(recipients, kind.key, evaluation, context, actor=actor)
