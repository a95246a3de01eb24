"""Vendor pages. Views load, check the role, call the model and render."""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from django.contrib import messages
from django.db.models import ProtectedError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import generic

from vendors import choices
from vendors.filtersets import VendorFilterSet
from vendors.forms import (
    ContactForm,
    CustomerReferenceForm,
    DocumentationItemForm,
    ReleaseForm,
    SupportChannelForm,
    VendorForm,
)
from vendors.hours import holiday_country_label
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, SupportChannel, Vendor
from vendorscore.roles import Role, RoleRequiredMixin
from vendorscore.validators import time_zone_names

LIST_PAGE_SIZE = 25


class VendorListView(RoleRequiredMixin, generic.ListView):
    template_name = "vendors/vendor_list.html"
    paginate_by = LIST_PAGE_SIZE

    def get_queryset(self):
        self.filterset = VendorFilterSet(
            self.request.GET or None, queryset=Vendor.objects.for_user(self.request.user).with_lists()
        )
        if self.filterset.is_bound and not self.filterset.is_valid():
            return Vendor.objects.none()
        return self.filterset.qs

    def get_template_names(self):
        # htmx swaps only the table when a filter changes.
        if self.request.htmx and not self.request.htmx.boosted:
            return ["vendors/_vendor_table.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(filterset=self.filterset, query_without_page=query.urlencode())
        return context


class VendorDetailView(RoleRequiredMixin, generic.DetailView):
    template_name = "vendors/vendor_detail.html"
    context_object_name = "vendor"

    def get_queryset(self):
        return Vendor.objects.for_user(self.request.user).prefetch_related(
            "scenarios",
            "channels",
            "releases",
            "documentation",
            "references",
            "contacts",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vendor: Vendor = self.object
        today = timezone.localdate()
        context.update(
            today=today,
            turnover=vendor.turnover(today),
            cadence=vendor.release_cadence(today),
            support_open=vendor.is_support_open(),
            vendor_local_time=vendor.local_now(),
            holiday_today=vendor.holiday_today(),
            holiday_calendar=holiday_country_label(vendor.holiday_country),
            release_chart=release_chart_data(list(vendor.releases.all()), today),
            documentation_missing=missing_documentation(vendor),
        )
        return context


def missing_documentation(vendor: Vendor) -> list[str]:
    present = {item.kind for item in vendor.documentation.all()}
    return [label for value, label in choices.DocumentationKind.choices if value not in present]


def release_chart_data(releases: list[Release], today: dt.date, quarters: int = 8) -> dict:
    """Releases per quarter over the last two years, split into fix and feature releases."""
    labels: list[str] = []
    starts: list[dt.date] = []
    year, quarter = today.year, (today.month - 1) // 3
    for _i in range(quarters):
        starts.insert(0, dt.date(year, quarter * 3 + 1, 1))
        labels.insert(0, f"{year} Q{quarter + 1}")
        quarter -= 1
        if quarter < 0:
            year, quarter = year - 1, 3
    fix = [0] * quarters
    feature = [0] * quarters
    for release in releases:
        for index in range(quarters - 1, -1, -1):
            if release.released_on >= starts[index]:
                (fix if release.kind == choices.ReleaseKind.FIX else feature)[index] += 1
                break
    return {
        "labels": labels,
        "datasets": [
            {"label": str(choices.ReleaseKind.FIX.label), "data": fix},
            {"label": str(choices.ReleaseKind.FEATURE.label), "data": feature},
        ],
    }


class VendorFormMixin(RoleRequiredMixin):
    required_role = Role.MANAGER
    form_class = VendorForm
    template_name = "vendors/vendor_form.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(time_zone_names=sorted(time_zone_names()), **kwargs)


class VendorCreateView(VendorFormMixin, generic.CreateView):
    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Vendor “%(name)s” created.") % {"name": self.object.name})
        return response


class VendorUpdateView(VendorFormMixin, generic.UpdateView):
    def get_queryset(self):
        return Vendor.objects.for_user(self.request.user)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Vendor “%(name)s” saved.") % {"name": self.object.name})
        return response


class VendorDeleteView(RoleRequiredMixin, generic.DeleteView):
    """Soft delete: the vendor disappears from lists, its history stays in the database."""

    required_role = Role.MANAGER
    template_name = "vendors/confirm_delete.html"

    def get_queryset(self):
        return Vendor.objects.for_user(self.request.user)

    def form_valid(self, form):
        self.object.soft_delete()
        messages.success(self.request, _("Vendor “%(name)s” deleted.") % {"name": self.object.name})
        return HttpResponseRedirect(reverse("vendors:vendor_list"))


# --- a vendor's sub-records: one set of views serves all five kinds ---------------
class VendorChildMixin(RoleRequiredMixin):
    required_role = Role.MANAGER
    section: str = ""
    template_name = "vendors/child_form.html"

    @cached_property
    def vendor(self) -> Vendor:
        return get_object_or_404(Vendor.objects.for_user(self.request.user), pk=self.kwargs["vendor_pk"])

    def get_queryset(self):
        return self.model.objects.filter(vendor=self.vendor)

    def get_success_url(self) -> str:
        return f"{self.vendor.get_absolute_url()}#{self.section}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            vendor=self.vendor, verbose_name=self.model._meta.verbose_name, section=self.section, **kwargs
        )


class VendorChildFormMixin(VendorChildMixin):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "vendor": self.vendor}

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("%(kind)s “%(name)s” saved.") % {"kind": self.model._meta.verbose_name.capitalize(), "name": self.object},
        )
        return response


class VendorChildCreateView(VendorChildFormMixin, generic.CreateView):
    pass


class VendorChildUpdateView(VendorChildFormMixin, generic.UpdateView):
    pass


class VendorChildDeleteView(VendorChildMixin, generic.DeleteView):
    template_name = "vendors/confirm_delete.html"

    def form_valid(self, form):
        try:
            response = super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _(
                    "“%(name)s” cannot be deleted: other records refer to it (for example probes sent on a channel). "
                    "Deactivate it instead."
                )
                % {"name": self.object},
            )
            return HttpResponseRedirect(self.get_success_url())
        messages.success(
            self.request,
            _("%(kind)s “%(name)s” deleted.")
            % {"kind": self.model._meta.verbose_name.capitalize(), "name": self.object},
        )
        return response


# URL segment → (model, form). vendors/urls.py builds add/edit/delete routes from it.
VENDOR_CHILDREN = {
    "contacts": (Contact, ContactForm),
    "channels": (SupportChannel, SupportChannelForm),
    "releases": (Release, ReleaseForm),
    "documentation": (DocumentationItem, DocumentationItemForm),
    "references": (CustomerReference, CustomerReferenceForm),
}
