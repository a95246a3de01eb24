"""Mark a vendor's scores stale when any of its inputs changes (evaluations.tasks: the score outbox).

Raw saves (``loaddata``, ``manage.py restore``) put back rows exactly as they were, scores
(and pending recomputes) included: they ask for nothing.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from contracts.models import Contract, ContractFee, SlaCommitment, ThirdPartyService
from contracts.signals import contract_evidence_changed
from evaluations.models import WeightProfile
from evaluations.tasks import schedule_recompute, schedule_recompute_all
from vendors.models import Contact, DocumentationItem, Release, Vendor


@receiver([post_save, post_delete], sender=Contact, dispatch_uid="scores.contact")
@receiver([post_save, post_delete], sender=Release, dispatch_uid="scores.release")
@receiver([post_save, post_delete], sender=DocumentationItem, dispatch_uid="scores.documentation")
def vendor_fact_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    schedule_recompute(instance.vendor_id)


@receiver(post_save, sender=Vendor, dispatch_uid="scores.vendor")
def vendor_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    schedule_recompute(instance.pk)


@receiver(post_save, sender=WeightProfile, dispatch_uid="scores.profile")
def profile_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    schedule_recompute_all()


@receiver([post_save, post_delete], sender=Contract, dispatch_uid="scores.contract")
def contract_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    schedule_recompute(instance.vendor_id)


@receiver([post_save, post_delete], sender=SlaCommitment, dispatch_uid="scores.sla_commitment")
@receiver([post_save, post_delete], sender=ContractFee, dispatch_uid="scores.contract_fee")
@receiver([post_save, post_delete], sender=ThirdPartyService, dispatch_uid="scores.third_party")
def contract_part_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    contract = Contract.objects.filter(pk=instance.contract_id).only("vendor_id").first()
    if contract is not None:
        schedule_recompute(contract.vendor_id)


@receiver(contract_evidence_changed, dispatch_uid="scores.contract_evidence")
def contract_evidence(sender, vendor_id: int, **kwargs) -> None:
    schedule_recompute(vendor_id)
