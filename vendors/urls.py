from __future__ import annotations

from django.urls import path

from vendors import views

app_name = "vendors"

urlpatterns = [
    path("", views.VendorListView.as_view(), name="vendor_list"),
    path("new/", views.VendorCreateView.as_view(), name="vendor_add"),
    path("<int:pk>/", views.VendorDetailView.as_view(), name="vendor_detail"),
    path("<int:pk>/edit/", views.VendorUpdateView.as_view(), name="vendor_edit"),
    path("<int:pk>/delete/", views.VendorDeleteView.as_view(), name="vendor_delete"),
    path("import/", views.ImportView.as_view(), name="import"),
    path("import/template.<str:fmt>", views.ImportTemplateView.as_view(), name="import_template"),
    path("import/<uuid:pk>/", views.ImportJobView.as_view(), name="import_job"),
    path("import/<uuid:pk>/progress/", views.ImportProgressView.as_view(), name="import_progress"),
    path("import/<uuid:pk>/confirm/", views.ImportConfirmView.as_view(), name="import_confirm"),
]

for section, (model, form_class) in views.VENDOR_CHILDREN.items():
    options = {"model": model, "section": section}
    urlpatterns += [
        path(
            f"<int:vendor_pk>/{section}/add/",
            views.VendorChildCreateView.as_view(form_class=form_class, **options),
            name=f"{section}_add",
        ),
        path(
            f"<int:vendor_pk>/{section}/<int:pk>/edit/",
            views.VendorChildUpdateView.as_view(form_class=form_class, **options),
            name=f"{section}_edit",
        ),
        path(
            f"<int:vendor_pk>/{section}/<int:pk>/delete/",
            views.VendorChildDeleteView.as_view(**options),
            name=f"{section}_delete",
        ),
    ]
