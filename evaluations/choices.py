from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dimension(models.TextChoices):
    """The ten things scored, in the order scorecards show them."""

    RESPONSE_SPEED = "response_speed", _("Response speed")
    SUPPORT_DEPTH = "support_depth", _("Support channels and depth")
    TEAM_STABILITY = "team_stability", _("Team stability")
    BUG_FIX = "bug_fix", _("Bug-fix policy")
    ITERATION = "iteration", _("Iteration and updates")
    DOCUMENTATION = "documentation", _("Documentation and training")
    SLA = "sla", _("SLA")
    CUSTOM_DEV = "custom_dev", _("Custom development")
    PRICING = "pricing", _("Pricing and term")
    CREDIBILITY = "credibility", _("Credibility")


class AnswerType(models.TextChoices):
    YES_NO = "yes_no", _("Yes / no")
    SCALE = "scale", _("Scale 1–5")
    NUMBER = "number", _("Number with thresholds")
    SINGLE = "single", _("Single choice")
    MULTI = "multi", _("Multiple choice")
    TEXT = "text", _("Evidence only (not scored)")


class EvaluationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned")
