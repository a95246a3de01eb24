from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "evaluations"
    verbose_name = _("Evaluations")

    def ready(self) -> None:
        from evaluations import contract_signals, objective, receivers, vendor_columns  # noqa: F401
        from vendors.columns import LIST_COLUMN_PROVIDERS

        # The vendor list shows each vendor's score through the door vendors opens for it.
        if vendor_columns.score_column not in LIST_COLUMN_PROVIDERS:
            LIST_COLUMN_PROVIDERS.append(vendor_columns.score_column)

        # Contracts reach the scores through the same door as probes and facts.
        if contract_signals.contract_evidence not in objective.SIGNAL_PROVIDERS:
            objective.SIGNAL_PROVIDERS.append(contract_signals.contract_evidence)
        objective.SIGNAL_LABELS.update(contract_signals.SIGNAL_LABELS)
