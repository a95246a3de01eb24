from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from contracts.choices import Severity
from evaluations.probes.choices import QUALITY_RUBRIC, Language, ReplyKind
from evaluations.probes.models import ProbeQuestion, ProbeSchedule
from vendors.models import SupportChannel, Vendor

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def now_local() -> dt.datetime:
    return timezone.localtime().replace(second=0, microsecond=0)


def channel_choices(vendor: Vendor | None) -> list[tuple[int, str]]:
    """The vendor's active channels; the address is the user's text (marked so for screen readers)."""
    if vendor is None:
        return []
    channels = SupportChannel.objects.filter(vendor=vendor, is_active=True)
    return [
        (c.pk, format_html('{}: <span class="user-content">{}</span>', c.get_kind_display(), c.masked_address))
        for c in channels
    ]


class ProbeQuestionForm(forms.ModelForm):
    class Meta:
        model = ProbeQuestion
        fields = [
            "category",
            "severity",
            "title_zh",
            "body_zh",
            "title_en",
            "body_en",
            "good_answer_zh",
            "good_answer_en",
        ]
        widgets = {
            "body_zh": forms.Textarea(attrs={"rows": 5}),
            "body_en": forms.Textarea(attrs={"rows": 5}),
            "good_answer_zh": forms.Textarea(attrs={"rows": 3}),
            "good_answer_en": forms.Textarea(attrs={"rows": 3}),
        }


class ProbeScheduleForm(forms.ModelForm):
    mix_p1 = forms.IntegerField(label=_("P1 weight"), min_value=0, max_value=100, initial=1)
    mix_p2 = forms.IntegerField(label=_("P2 weight"), min_value=0, max_value=100, initial=2)
    mix_p3 = forms.IntegerField(label=_("P3 weight"), min_value=0, max_value=100, initial=4)
    mix_p4 = forms.IntegerField(label=_("P4 weight"), min_value=0, max_value=100, initial=3)

    class Meta:
        model = ProbeSchedule
        fields = [
            "vendor",
            "channel",
            "interval_days",
            "cron",
            "window_start",
            "window_end",
            "language",
            "starts_on",
            "ends_on",
        ]
        widgets = {"window_start": TIME, "window_end": TIME, "starts_on": DATE, "ends_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vendor"].queryset = Vendor.objects.alive()
        self.fields["channel"].queryset = SupportChannel.objects.filter(
            is_active=True, vendor__deleted_at__isnull=True
        ).select_related("vendor")
        self.fields["channel"].label_from_instance = lambda c: (
            f"{c.vendor.display_name} · {c.get_kind_display()}: {c.masked_address}"
        )  # a select: options cannot mark parts of their text
        mix = self.instance.severity_mix or {}
        for severity in Severity.values:
            field = self.fields[f"mix_{severity.lower()}"]
            field.initial = mix.get(severity, field.initial) if self.instance.pk else field.initial

    def clean(self):
        cleaned = super().clean()
        mix = {severity: cleaned.get(f"mix_{severity.lower()}") for severity in Severity.values}
        if all(value is not None for value in mix.values()):
            if not any(mix.values()):
                self.add_error("mix_p1", _("At least one severity needs a weight above 0."))
            self.instance.severity_mix = {key: value for key, value in mix.items() if value}
        return cleaned


class ProbeCreateForm(forms.Form):
    """Probe now: one question to one channel, sent at once."""

    channel = forms.TypedChoiceField(label=_("Channel"), coerce=int, widget=forms.RadioSelect)
    question = forms.ModelChoiceField(
        label=_("Question"),
        queryset=ProbeQuestion.objects.active(),
        required=False,
        empty_label=_("Pick one for me (least recently asked of this severity)"),
    )
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=[("", _("The question's own")), *Severity.choices],
        required=False,
    )
    language = forms.ChoiceField(label=_("Language of the question"), choices=Language.choices)

    def __init__(self, *args, vendor: Vendor | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = channel_choices(vendor)
        self.fields["question"].label_from_instance = lambda q: f"{q.severity} · {q.get_category_display()} · {q.title}"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("question") and not cleaned.get("severity"):
            self.add_error("severity", _("Choose a question or a severity."))
        return cleaned


class ManualReplyForm(forms.Form):
    received_at = forms.DateTimeField(label=_("Received at"), widget=DATETIME, initial=now_local)
    kind = forms.ChoiceField(label=_("Kind"), choices=ReplyKind.choices, initial=ReplyKind.HUMAN)
    from_address = forms.CharField(label=_("From"), max_length=320, required=False)
    body = forms.CharField(
        label=_("What the vendor said"), widget=forms.Textarea(attrs={"rows": 5}), max_length=100_000
    )


class MarkSentForm(forms.Form):
    sent_at = forms.DateTimeField(label=_("Sent at"), widget=DATETIME, initial=now_local)


class ResolveForm(forms.Form):
    resolved_at = forms.DateTimeField(label=_("Solved at"), widget=DATETIME, initial=now_local)
    note = forms.CharField(label=_("Note"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Answer quality"),
        coerce=int,
        widget=forms.RadioSelect,
        choices=[(score, f"{score} · {text}") for score, text in sorted(QUALITY_RUBRIC.items(), reverse=True)],
    )
    note = forms.CharField(label=_("Why"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))


class VendorReplyForm(forms.Form):
    """What a vendor types on the reply page (no account)."""

    nonce = forms.CharField(widget=forms.HiddenInput, max_length=64)
    name = forms.CharField(label=_("Your name or team"), max_length=120, required=False)
    body = forms.CharField(label=_("Your answer"), widget=forms.Textarea(attrs={"rows": 10}), max_length=100_000)
