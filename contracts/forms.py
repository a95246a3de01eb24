"""Forms for contracts, their parts and their reviews."""

from __future__ import annotations

import hashlib
import re

from django import forms
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contracts import clauses, documents
from contracts.choices import ChecklistItem, ItemStatus, LicenceBinding, Module, Risk
from contracts.models import (
    MAX_PROMISE_MINUTES,
    ClauseCheck,
    Contract,
    ContractFee,
    ContractReview,
    SlaCommitment,
    ThirdPartyService,
)
from vendors.models import Vendor

MAX_TEXT_CHARS = documents.MAX_TEXT_CHARS


class TriStateField(forms.TypedChoiceField):
    """Yes / no / not stated, for the contract's nullable booleans."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            choices=[("", _("Not stated")), ("yes", _("Yes")), ("no", _("No"))],
            coerce=lambda value: {"yes": True, "no": False}.get(value),
            empty_value=None,
            widget=forms.RadioSelect,
            **kwargs,
        )

    def prepare_value(self, value):
        return {True: "yes", False: "no"}.get(value, "")


_DURATION = re.compile(
    r"^\s*(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>min|mins|minutes?|m|分钟|分|h|hrs?|hours?|小时|d|days?|天|日)?\s*$",
    re.IGNORECASE,
)
_UNIT_MINUTES = {"h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60, "小时": 60, "d": 1440, "day": 1440}
_UNIT_MINUTES.update({"days": 1440, "天": 1440, "日": 1440})


def format_minutes(minutes: int | None) -> str:
    """30 → "30min", 240 → "4h", 2880 → "2d": what the duration field shows and reads back."""
    if minutes is None:
        return ""
    if minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}min"


class MinutesField(forms.Field):
    """A duration typed as "30", "30min", "4h", "1.5h", "3d", "4小时" or "3天"; kept in minutes."""

    widget = forms.TextInput(attrs={"inputmode": "text", "placeholder": _("e.g. 30min, 4h, 2d"), "size": 10})
    default_error_messages = {
        "invalid": _("Write a duration such as 30min, 4h or 2d."),
        "range": _("A promise must be between one minute and a year."),
    }

    def prepare_value(self, value):
        return format_minutes(value) if isinstance(value, int) else value

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, int):
            return value
        match = _DURATION.match(str(value))
        if match is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        number = float(match["number"].replace(",", "."))
        unit = (match["unit"] or "min").lower()
        minutes = round(number * _UNIT_MINUTES.get(unit, 1))
        if not 1 <= minutes <= MAX_PROMISE_MINUTES:
            raise forms.ValidationError(self.error_messages["range"], code="range")
        return minutes


class ContractFileField(forms.FileField):
    """Checks the upload by its content (contracts.documents) and keeps what was read."""

    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if uploaded and hasattr(uploaded, "read"):
            try:
                uploaded.document = documents.read_upload(uploaded)
            except documents.DocumentError as exc:
                raise forms.ValidationError(str(exc), code=exc.code) from None
        return uploaded


def attach_document(contract: Contract, uploaded, user) -> None:
    """Put a checked upload (with ``.document`` from ContractFileField) on the contract, unsaved."""
    document: documents.Document = uploaded.document
    uploaded.seek(0)
    digest = hashlib.sha256()
    for chunk in uploaded.chunks():
        digest.update(chunk)
    uploaded.seek(0)
    contract.file_name = uploaded.name[-200:]
    uploaded.name = f"contract{document.extension}"
    contract.file = uploaded
    contract.file_type = document.content_type
    contract.file_size = uploaded.size
    contract.file_sha256 = digest.hexdigest()
    contract.text = document.text
    contract.text_truncated = document.truncated
    contract.text_language = clauses.language_of(document.text) if document.text.strip() else ""
    contract.uploaded_at = timezone.now()
    contract.uploaded_by = user


class ContractForm(forms.ModelForm):
    upload = ContractFileField(
        label=_("Contract file"),
        required=False,
        help_text=_("PDF, DOCX or plain text. Its text replaces the text below."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.txt"}),
    )
    fix_updates_free = TriStateField(label=_("Bug fixes free"))
    feature_updates_paid = TriStateField(label=_("Feature updates paid"))
    training_included = TriStateField(label=_("Training included"))
    source_handover = TriStateField(label=_("Source handed over at the end"))
    data_handover = TriStateField(label=_("Data handed over at the end"))
    escrow = TriStateField(label=_("Source code in escrow"))
    delivered_modules = forms.MultipleChoiceField(
        label=_("Source delivered for"), choices=Module.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    licence_bindings = forms.MultipleChoiceField(
        label=_("Licence bound to"),
        choices=LicenceBinding.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty when the licence is bound to nothing."),
    )

    SECTIONS = (
        (_("Contract"), ("vendor", "title", "status", "term_start", "term_end", "notes")),
        (
            _("Price"),
            ("price_model", "currency", "purchase_price", "support_fee", "expected_incidents_per_year"),
        ),
        (_("Renewal"), ("renewal_cap_percent", "notice_days", "auto_renew")),
        (
            _("Updates"),
            ("fix_updates_free", "feature_updates_paid", "feature_update_price", "paid_updates_per_year"),
        ),
        (
            _("Custom development"),
            ("custom_dev_basis", "custom_dev_rate", "custom_dev_units_per_year", "custom_code_owner"),
        ),
        (_("Training"), ("training_included", "training_days", "training_fee")),
        (_("Source code"), ("delivered_modules", "source_form", "licence_bindings")),
        (_("Exit"), ("source_handover", "data_handover", "escrow", "if_vendor_stops")),
        (_("Document"), ("upload", "text")),
    )

    class Meta:
        model = Contract
        fields = ["vendor", "title", "status", *Contract.TERM_FIELDS, "text"]
        widgets = {
            "term_start": forms.DateInput(attrs={"type": "date"}),
            "term_end": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 2}),
            "if_vendor_stops": forms.Textarea(attrs={"rows": 2}),
            "text": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["vendor"].queryset = Vendor.objects.alive().order_by("name")
        if self.instance.pk:
            # A contract stays with its vendor; a new vendor means a new contract.
            del self.fields["vendor"]
        self.fields["text"].max_length = MAX_TEXT_CHARS
        self.fields["text"].widget.attrs["maxlength"] = MAX_TEXT_CHARS
        for name in ("purchase_price", "support_fee", "feature_update_price", "custom_dev_rate", "training_fee"):
            self.fields[name].widget.attrs.update({"inputmode": "decimal", "step": "0.01"})

    def sections(self):
        for title, names in self.SECTIONS:
            yield title, [self[name] for name in names if name in self.fields]

    def clean_text(self):
        return (self.cleaned_data.get("text") or "").replace("\r\n", "\n").replace("\x00", "")

    def save(self, commit=True):
        contract: Contract = super().save(commit=False)
        uploaded = self.cleaned_data.get("upload")
        if uploaded:
            attach_document(contract, uploaded, self.user)
        elif "text" in self.changed_data:
            contract.text_language = clauses.language_of(contract.text) if contract.text.strip() else ""
            contract.text_truncated = False
        if not contract.pk:
            contract.created_by = self.user
        if commit:
            contract.save()
        return contract


class SlaCommitmentForm(forms.ModelForm):
    response_minutes = MinutesField(label=_("Response within"), required=False)
    fix_minutes = MinutesField(label=_("Fix within"), required=False)

    class Meta:
        model = SlaCommitment
        fields = [
            "severity",
            "response_minutes",
            "fix_minutes",
            "clock",
            "acknowledgement_counts",
            "credit_percent",
            "penalty",
        ]
        widgets = {"penalty": forms.Textarea(attrs={"rows": 1})}


class ThirdPartyServiceForm(forms.ModelForm):
    class Meta:
        model = ThirdPartyService
        fields = ["kind", "provider", "account_holder", "yearly_cost", "supported_by"]


SlaFormSet = inlineformset_factory(
    Contract, SlaCommitment, form=SlaCommitmentForm, extra=1, max_num=4, validate_max=True, can_delete=True
)
FeeFormSet = inlineformset_factory(
    Contract,
    ContractFee,
    fields=["name", "amount", "recurrence"],
    extra=1,
    max_num=50,
    validate_max=True,
    can_delete=True,
)
ThirdPartyFormSet = inlineformset_factory(
    Contract, ThirdPartyService, form=ThirdPartyServiceForm, extra=1, max_num=30, validate_max=True, can_delete=True
)


class ClauseCheckForm(forms.ModelForm):
    """One item of a review. ``revision`` is the item's revision when the page was loaded."""

    revision = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Verdict"), choices=ItemStatus.choices, widget=forms.RadioSelect)

    class Meta:
        model = ClauseCheck
        fields = ["status", "red_flag", "excerpt", "note", "risk"]
        widgets = {
            "excerpt": forms.Textarea(attrs={"rows": 2}),
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        check: ClauseCheck = self.instance
        self.prefix = check.key
        if check.flag:
            self.fields["red_flag"].label = _("Red flag: %(flag)s") % {"flag": check.flag_label}
        else:
            del self.fields["red_flag"]
        self.fields["excerpt"].max_length = 4000
        self.fields["note"].max_length = 4000
        self.fields["risk"].label = _("Risk")
        if not self.is_bound:
            self.initial.setdefault("revision", check.revision)
            if not check.status:
                # Unchecked: offer the suggestion; nothing is saved until the reviewer says so.
                self.initial.update(status=check.suggested_status, red_flag=check.suggested_red_flag)
                self.initial.setdefault("excerpt", check.suggested_excerpt)

    @property
    def item_label(self) -> str:
        return ChecklistItem(self.instance.key).label


class ReviewSummaryForm(forms.ModelForm):
    class Meta:
        model = ContractReview
        fields = ["overall_risk", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["overall_risk"].choices = [("", _("Not decided")), *Risk.choices]
        self.fields["summary"].max_length = 10_000


class ReviewActionForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )


class AnalyzeForm(forms.Form):
    text = forms.CharField(
        label=_("Contract text"),
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 10}),
        strip=False,
    )
