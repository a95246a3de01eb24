from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProbesConfig(AppConfig):
    """Mystery-shopper probes: a nested app under evaluations (label ``probes``)."""

    name = "evaluations.probes"
    label = "probes"
    verbose_name = _("Probes")

    def ready(self) -> None:
        # Measured support reaches the scores through the one door evaluations offers.
        from evaluations import objective
        from evaluations.probes import signals

        if signals.probe_evidence not in objective.SIGNAL_PROVIDERS:
            objective.SIGNAL_PROVIDERS.append(signals.probe_evidence)
        objective.SIGNAL_LABELS.update(signals.SIGNAL_LABELS)
