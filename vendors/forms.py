from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from vendors.fields import WeeklyHoursFormField
from vendors.hours import holiday_country_choices
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, Scenario, SupportChannel, Vendor

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def urlfields_assume_https(model_field, **kwargs):
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)


class ModelForm(forms.ModelForm):
    """Base form: URLs without a scheme get https, and constraints that involve
    fields not on the form (``also_validate``) are still checked before saving,
    so a clash is a form error rather than an IntegrityError."""

    also_validate: frozenset[str] = frozenset()

    def _get_validation_exclusions(self):
        return super()._get_validation_exclusions() - self.also_validate


class VendorForm(ModelForm):
    also_validate = frozenset({"deleted_at"})  # the unique-name constraint only covers live vendors

    support_hours = WeeklyHoursFormField(
        label=_("Support hours"), help_text=Vendor._meta.get_field("support_hours").help_text
    )
    holiday_country = forms.TypedChoiceField(
        label=_("Holiday calendar"),
        required=False,
        choices=lambda: [("", _("None (Monday to Friday are working days)")), *holiday_country_choices()],
        help_text=Vendor._meta.get_field("holiday_country").help_text,
    )
    scenarios = forms.ModelMultipleChoiceField(
        label=_("Scenarios served"),
        queryset=Scenario.objects.all(),
        to_field_name="key",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Vendor
        formfield_callback = urlfields_assume_https
        fields = Vendor.PROFILE_FIELDS
        widgets = {
            "time_zone": forms.TextInput(attrs={"list": "time-zone-names", "autocomplete": "off"}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }


class VendorChildForm(ModelForm):
    """A form for a vendor's sub-record. The vendor comes from the URL, not the form,
    but uniqueness per vendor must still be checked before saving."""

    also_validate = frozenset({"vendor"})

    def __init__(self, *args, vendor: Vendor, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.vendor = vendor


class ContactForm(VendorChildForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone", "im_handle", "is_dedicated", "joined_on", "left_on", "notes"]
        widgets = {"joined_on": DATE_WIDGET, "left_on": DATE_WIDGET, "notes": forms.Textarea(attrs={"rows": 3})}


class SupportChannelForm(VendorChildForm):
    hours = WeeklyHoursFormField(label=_("Hours"), help_text=SupportChannel._meta.get_field("hours").help_text)

    class Meta:
        model = SupportChannel
        fields = ["kind", "address", "hours", "is_active", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}


class ReleaseForm(VendorChildForm):
    class Meta:
        model = Release
        fields = ["version", "released_on", "kind", "is_paid", "delivery", "downtime_minutes", "notes"]
        widgets = {"released_on": DATE_WIDGET, "notes": forms.Textarea(attrs={"rows": 3})}


class DocumentationItemForm(VendorChildForm):
    class Meta:
        model = DocumentationItem
        formfield_callback = urlfields_assume_https
        fields = ["kind", "title", "url", "last_updated", "quality", "notes"]
        widgets = {"last_updated": DATE_WIDGET, "notes": forms.Textarea(attrs={"rows": 3})}


class CustomerReferenceForm(VendorChildForm):
    class Meta:
        model = CustomerReference
        fields = ["name", "scenario", "is_similar", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}


class ImportUploadForm(forms.Form):
    """A vendor file to import. The file is read here, so a file that cannot be one is a form error."""

    file = forms.FileField(label=_("File"), widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}))

    def __init__(self, *args, **kwargs):
        from vendors import importing  # importing uses the forms above

        super().__init__(*args, **kwargs)
        self.table = None
        self.fields["file"].help_text = gettext(
            "CSV (UTF-8 or GBK, comma or semicolon) or Excel XLSX, at most %(mb)d MB and %(rows)s rows."
        ) % {"mb": importing.MAX_BYTES >> 20, "rows": f"{importing.MAX_ROWS:,}"}

    def clean_file(self):
        from vendors import importing

        upload = self.cleaned_data["file"]
        try:
            self.table = importing.read_upload(upload)
        except importing.ImportFileError as exc:
            raise forms.ValidationError(str(exc), code=exc.code) from None
        return upload
