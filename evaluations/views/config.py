"""Manager configuration: weight profiles and checklist templates."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluations.choices import Dimension
from evaluations.forms import WeightProfileForm
from evaluations.models import ChecklistTemplate, Criterion, WeightProfile
from vendorscore.forms import save_or_conflict
from vendorscore.roles import Role, role_required


@role_required(Role.VIEWER)
def profile_list(request):
    rows = [
        {"profile": profile, "weights": [profile.weights.get(key, 0) for key in Dimension.values]}
        for profile in WeightProfile.objects.all()
    ]
    return render(request, "evaluations/profile_list.html", {"rows": rows, "dimension_choices": Dimension.choices})


@role_required(Role.MANAGER)
def profile_edit(request, slug: str | None = None):
    profile = get_object_or_404(WeightProfile, slug=slug) if slug else WeightProfile(created_by=request.user)
    form = WeightProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid() and save_or_conflict(form):
        messages.success(
            request, _("Weight profile “%(name)s” saved; scores are being recomputed.") % {"name": profile.name}
        )
        return redirect("evaluations:profile_list")
    return render(request, "evaluations/profile_form.html", {"form": form, "profile": profile})


@role_required(Role.VIEWER)
def template_list(request):
    templates = ChecklistTemplate.objects.all()
    return render(request, "evaluations/template_list.html", {"templates": templates})


@role_required(Role.VIEWER)
def template_detail(request, pk: int):
    template = get_object_or_404(ChecklistTemplate.objects.prefetch_related("criteria"), pk=pk)
    return render(request, "evaluations/template_detail.html", {"template": template})


class CriterionForm(forms.ModelForm):
    """Wording, help, weight and N/A; the model's clean() checks the criterion as a whole."""

    class Meta:
        model = Criterion
        fields = ["question_en", "question_zh", "help_en", "help_zh", "weight", "na_allowed"]
        widgets = {"help_en": forms.Textarea(attrs={"rows": 3}), "help_zh": forms.Textarea(attrs={"rows": 3})}
        labels = {"weight": gettext_lazy("Weight within its dimension")}


@role_required(Role.MANAGER)
def criterion_edit(request, pk: int, criterion_pk: int):
    """Edits go to a new checklist version when this one is in use (see ChecklistTemplate.editable_version)."""
    template = get_object_or_404(ChecklistTemplate, pk=pk)
    criterion = get_object_or_404(Criterion, pk=criterion_pk, template=template)
    form = CriterionForm(request.POST or None, instance=criterion)
    if request.method == "POST" and form.is_valid():
        target = template.editable_version(request.user)
        # The same row when the checklist is unused, else its copy in the new version.
        edited = target.criteria.get(key=criterion.key)
        for name, value in form.cleaned_data.items():
            setattr(edited, name, value)
        edited.save()
        if target.pk != template.pk:
            messages.info(
                request,
                _("The checklist is in use, so the change went into a new version (v%(version)s).")
                % {"version": target.version},
            )
        messages.success(request, _("Criterion saved."))
        return redirect(target)
    return render(
        request, "evaluations/criterion_form.html", {"form": form, "template": template, "criterion": criterion}
    )
