from __future__ import annotations

import unicodedata
from functools import cached_property

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from evaluations import evidence, scoring
from evaluations.choices import AnswerType, Dimension
from evaluations.models import Criterion, WeightProfile


def answer_field(criterion: Criterion) -> forms.Field:
    """The form field that fits a criterion's answer type."""
    common = {"label": criterion.question, "help_text": criterion.help, "required": False}
    kind = criterion.answer_type
    if kind == AnswerType.YES_NO:
        return forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))], widget=forms.RadioSelect, **common)
    if kind == AnswerType.SCALE:
        return forms.TypedChoiceField(
            choices=[(n, str(n)) for n in range(1, 6)], coerce=int, widget=forms.RadioSelect, **common
        )
    if kind == AnswerType.NUMBER:
        # A text box, not <input type=number>: a browser sends "" for "abc" in a number box,
        # which would clear the saved answer instead of refusing the input.
        widget = NumberInput(attrs={"inputmode": "decimal", "autocomplete": "off", "size": 10})
        return NumberField(min_value=scoring.NUMBER_MIN, max_value=scoring.NUMBER_MAX, widget=widget, **common)
    options = [(option["key"], option["label"]) for option in criterion.options]
    if kind == AnswerType.SINGLE:
        return forms.ChoiceField(choices=options, widget=forms.RadioSelect, **common)
    if kind == AnswerType.MULTI:
        return forms.MultipleChoiceField(choices=options, widget=forms.CheckboxSelectMultiple, **common)
    return forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000, **common)


class NumberInput(forms.TextInput):
    """Shows 2.0 as "2" and 2.5 as "2.5": the number as a person would write it back."""

    def format_value(self, value):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return super().format_value(value)


class NumberField(forms.FloatField):
    """A number as people type it: "2.5", "2,5" (a decimal comma), "２.５" (full width), " 3 ".

    A comma is read as a decimal point, never as a thousands separator, so "3,5" is 3.5
    and never 35; "1,234.5" or "1,2,3" is refused rather than guessed.
    """

    default_error_messages = {
        "invalid": _("Enter a number, such as 2.5 (a comma is read as a decimal point)."),
    }

    def to_python(self, value):
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value).strip().replace(" ", "")
            if value.count(",") > 1 or ("," in value and "." in value):
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
            value = value.replace(",", ".")
        return super().to_python(value)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceFilesField(forms.FileField):
    """Several evidence files in one upload, each checked by its content (see EvidenceFileField)."""

    widget = MultipleFileInput
    max_files = 10

    def clean(self, data, initial=None):
        uploads = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if len(uploads) > self.max_files:
            raise forms.ValidationError(
                _("Attach at most %(count)d files at a time.") % {"count": self.max_files}, code="too_many"
            )
        single = EvidenceFileField(required=False)
        return [single.clean(upload) for upload in uploads]


class EvidenceFileField(forms.FileField):
    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if uploaded and hasattr(uploaded, "read"):
            head = uploaded.read(evidence.SNIFF_BYTES)
            uploaded.seek(0)
            try:
                _content_type, extension = evidence.check(head, uploaded.size)
            except evidence.EvidenceError as exc:
                raise forms.ValidationError(str(exc), code="invalid_evidence") from None
            # Name the file by what it is, so it is later served with the matching type.
            stem = uploaded.name.rsplit(".", 1)[0][:60] or "evidence"
            uploaded.name = f"{stem}{extension}"
        return uploaded


class AnswerForm(forms.Form):
    """One criterion's answer with its evidence. ``revision`` is the answer's revision
    when the page was loaded: a save against a newer revision is refused."""

    revision = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    is_na = forms.BooleanField(label=_("Not applicable"), required=False)
    note = forms.CharField(
        label=_("Evidence note"), required=False, max_length=10_000, widget=forms.Textarea(attrs={"rows": 2})
    )
    link = forms.URLField(label=_("Evidence link"), required=False, max_length=500, assume_scheme="https")
    evidence = EvidenceFilesField(
        label=_("Add evidence files"),
        required=False,
        help_text=_("PDF, image or plain text, up to 5 MB each; choose several at once if you like."),
    )

    def __init__(self, *args, criterion: Criterion, **kwargs):
        super().__init__(*args, **kwargs)
        self.criterion = criterion
        self.fields["value"] = answer_field(criterion)
        if not criterion.na_allowed:
            del self.fields["is_na"]
        self.order_fields(["value", "is_na", "note", "link", "evidence", "revision"])

    def clean(self):
        cleaned = super().clean()
        value = cleaned.get("value")
        if value in ("", []):
            value = None
        cleaned["value"] = value
        cleaned["is_na"] = bool(cleaned.get("is_na"))
        try:
            scoring.validate_answer(self.criterion.spec(), scoring.AnswerInput(value=value, is_na=cleaned["is_na"]))
        except scoring.ScoringError as exc:
            self.add_error("value", str(exc))
        cleaned["evidence"] = cleaned.get("evidence") or []
        return cleaned


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class WeightProfileForm(forms.ModelForm):
    """One number field per dimension instead of raw JSON."""

    class Meta:
        model = WeightProfile
        fields = ["slug", "name_en", "name_zh", "scenario", "description_en", "description_zh"]
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 2}),
            "description_zh": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weights = self.instance.weights or {}
        for key, label in Dimension.choices:
            self.fields[f"weight_{key}"] = forms.FloatField(
                label=label, min_value=0, max_value=100, initial=weights.get(key, 1), required=True
            )
        if self.instance.is_builtin:
            self.fields["slug"].disabled = True

    def clean(self):
        cleaned = super().clean()
        # The model validates the weights (WeightProfile.clean), once, for forms and API alike.
        self.instance.weights = {key: cleaned.get(f"weight_{key}") or 0 for key in Dimension.values}
        return cleaned


class VendorIdsField(forms.Field):
    """Vendor ids as a comparison's address carries them (``?vendors=3&vendors=8``), in the order
    chosen, each once. Which vendors they name is the form's business: it looks up only these."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {"invalid": _("“%(value)s” is not a vendor number.")}

    def to_python(self, value) -> list[int]:
        if value in self.empty_values:
            return []
        ids = []
        for raw in value if isinstance(value, list | tuple) else [value]:
            vendor_id = parse_id(raw)
            if vendor_id is None:
                raise forms.ValidationError(
                    self.error_messages["invalid"], code="invalid", params={"value": str(raw)[:20]}
                )
            ids.append(vendor_id)
        return list(dict.fromkeys(ids))


def parse_id(raw) -> int | None:
    """A database id (a positive 64-bit integer) from text, or None."""
    text = str(raw).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    return int(text) or None


class CompareForm(forms.Form):
    """Which vendors to compare (2 to 6, by id) under which profile.

    Validation looks up the chosen ids only, never the list of all vendors: a site may have
    thousands, and the page finds them through a search box (``evaluations.views.scores``).
    """

    MIN_VENDORS, MAX_VENDORS = 2, 6
    CHIP_LIMIT = 20  # ids beyond these are not looked up, however many the address carries

    vendors = VendorIdsField(
        label=_("Vendors"), error_messages={"required": _("Choose between 2 and 6 vendors to compare.")}
    )
    profile = forms.ChoiceField(label=_("Weight profile"))

    def __init__(self, *args, vendors, profile_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.vendor_queryset = vendors
        self.fields["profile"].choices = profile_choices

    @cached_property
    def chosen_ids(self) -> list[int]:
        """The well-formed ids in the request, each once, in the order chosen (the field reports the others)."""
        raw = self.data.getlist("vendors") if hasattr(self.data, "getlist") else self.data.get("vendors") or []
        ids = (parse_id(value) for value in (raw if isinstance(raw, list | tuple) else [raw]))
        return list(dict.fromkeys(vendor_id for vendor_id in ids if vendor_id is not None))[: self.CHIP_LIMIT]

    @cached_property
    def chosen(self) -> list:
        """The chosen vendors that exist and the user may see, in the order chosen (one query)."""
        if not self.chosen_ids:
            return []
        found = self.vendor_queryset.in_bulk(self.chosen_ids)
        return [found[vendor_id] for vendor_id in self.chosen_ids if vendor_id in found]

    def clean_vendors(self) -> list:
        ids = self.cleaned_data["vendors"]
        if not self.MIN_VENDORS <= len(ids) <= self.MAX_VENDORS:
            raise forms.ValidationError(_("Choose between 2 and 6 vendors to compare."))
        by_id = {vendor.pk: vendor for vendor in self.chosen}
        missing = [str(vendor_id) for vendor_id in ids if vendor_id not in by_id]
        if missing:
            raise forms.ValidationError(
                ngettext(
                    "There is no vendor number %(ids)s (it may have been deleted): remove it and choose another.",
                    "There are no vendors numbered %(ids)s (they may have been deleted): remove them and choose "
                    "others.",
                    len(missing),
                ),
                params={"ids": ", ".join(missing)},
            )
        return [by_id[vendor_id] for vendor_id in ids]
