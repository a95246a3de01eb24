"""Vendor pages. Views load, check the role, call the model (or importing.py) and render."""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from django.contrib import messages
from django.db.models import ProtectedError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import generic

from vendors import choices, importing
from vendors.columns import extra_columns
from vendors.filtersets import VendorFilterSet
from vendors.forms import (
    ContactForm,
    CustomerReferenceForm,
    DocumentationItemForm,
    ImportUploadForm,
    ReleaseForm,
    SupportChannelForm,
    VendorForm,
)
from vendors.hours import holiday_country_label
from vendors.models import Contact, CustomerReference, DocumentationItem, ImportJob, Release, SupportChannel, Vendor
from vendorscore.forms import SaveConflictMixin
from vendorscore.roles import Role, RoleRequiredMixin
from vendorscore.validators import time_zone_names

LIST_PAGE_SIZE = 25
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
        vendors = list(context["object_list"])
        columns = extra_columns(self.request, vendors)
        context.update(
            filterset=self.filterset,
            object_list=vendors,
            list_columns=columns,
            column_count=6 + len(columns),
            column_context={key: value for column in columns for key, value in column.context.items()},
        )
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


class VendorFormMixin(SaveConflictMixin, RoleRequiredMixin):
    required_role = Role.MANAGER
    form_class = VendorForm
    template_name = "vendors/vendor_form.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(time_zone_names=sorted(time_zone_names()), **kwargs)


class VendorCreateView(VendorFormMixin, generic.CreateView):
    def saved_message(self) -> str:
        return _("Vendor “%(name)s” created.") % {"name": self.object.name}


class VendorUpdateView(VendorFormMixin, generic.UpdateView):
    def get_queryset(self):
        return Vendor.objects.for_user(self.request.user)

    def saved_message(self) -> str:
        return _("Vendor “%(name)s” saved.") % {"name": self.object.name}


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


class VendorChildFormMixin(SaveConflictMixin, VendorChildMixin):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "vendor": self.vendor}

    def saved_message(self) -> str:
        return _("%(kind)s “%(name)s” saved.") % {
            "kind": self.model._meta.verbose_name.capitalize(),
            "name": self.object,
        }


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


# --- import from a file: upload → preview → import, the checking and importing done by a worker ---
class ImportView(RoleRequiredMixin, generic.FormView):
    required_role = Role.MANAGER
    template_name = "vendors/import.html"
    form_class = ImportUploadForm

    def form_valid(self, form):
        job = importing.start_job(
            self.request.user, form.cleaned_data["file"].name, form.table, translation.get_language()
        )
        return HttpResponseRedirect(job.get_absolute_url())

    def get_context_data(self, **kwargs):
        return super().get_context_data(columns=importing.column_help(), **kwargs)


class ImportTemplateView(RoleRequiredMixin, generic.View):
    """The template file: the headers and one example row, as CSV or XLSX."""

    required_role = Role.MANAGER

    def get(self, request, fmt: str):
        if fmt == "csv":
            response = HttpResponse(importing.template_csv(), content_type="text/csv; charset=utf-8")
        elif fmt == "xlsx":
            response = HttpResponse(importing.template_xlsx(), content_type=XLSX_CONTENT_TYPE)
        else:
            raise Http404
        response["Content-Disposition"] = f'attachment; filename="vendorscore-vendors-template.{fmt}"'
        return response


class ImportJobMixin(RoleRequiredMixin):
    required_role = Role.MANAGER

    def get_job(self) -> ImportJob:
        # Looked up with its owner: another manager's upload is simply not found.
        return get_object_or_404(ImportJob, pk=self.kwargs["pk"], owner=self.request.user)


class ImportJobView(ImportJobMixin, generic.TemplateView):
    """The preview, the progress and the result of one upload; htmx polls the same fragment."""

    template_name = "vendors/import_job.html"

    def get_context_data(self, **kwargs):
        job = self.get_job()
        done, _total = job.progress
        return super().get_context_data(job=job, report=present_report(job.report), done=done, **kwargs)


class ImportProgressView(ImportJobView):
    template_name = "vendors/_import_job.html"


class ImportConfirmView(ImportJobMixin, generic.View):
    def post(self, request, pk):
        job = self.get_job()
        if problem := importing.confirm_job(job):
            messages.error(request, problem)
        return HttpResponseRedirect(job.get_absolute_url())


def present_report(report: dict) -> dict:
    """The stored report with what its codes say in the reader's language."""
    labels = {
        "create": _("New"),
        "update": _("Update"),
        "unchanged": _("No change"),
        "invalid": _("Has errors"),
    }
    vendors = []
    for entry in report.get("vendors", []):
        vendors.append(
            {
                **entry,
                "action_label": labels.get(entry.get("action"), ""),
                "contacts": [{**c, "action_label": labels.get(c["action"], "")} for c in entry.get("contacts", [])],
                "channels": [{**c, "action_label": labels.get(c["action"], "")} for c in entry.get("channels", [])],
            }
        )
    counts = report.get("counts", {})
    rows = [
        (label, *(counts.get(f"{kind}_{action}", 0) for action in ("create", "update", "unchanged")))
        for kind, label in (("vendors", _("Vendors")), ("contacts", _("Contacts")), ("channels", _("Channels")))
    ]
    return {
        **report,
        "vendors": vendors,
        "count_rows": rows,
        "hidden_vendors": max(0, report.get("vendor_total", 0) - len(vendors)),
        "hidden_errors": max(0, report.get("error_total", 0) - len(report.get("errors", []))),
    }
