from __future__ import annotations

from django.urls import path

from contracts import views

app_name = "contracts"

urlpatterns = [
    path("", views.contract_list, name="contract_list"),
    path("new/", views.contract_edit, name="contract_add"),
    path("analyze/", views.analyze, name="analyze"),
    path("<int:pk>/", views.contract_detail, name="contract_detail"),
    path("<int:pk>/edit/", views.contract_edit, name="contract_edit"),
    path("<int:pk>/delete/", views.contract_delete, name="contract_delete"),
    path("<int:pk>/file/", views.contract_file, name="contract_file"),
    path("<int:pk>/take-suggestions/", views.contract_take_suggestions, name="contract_take_suggestions"),
    path("<int:pk>/reviews/new/", views.review_start, name="review_start"),
    path("reviews/", views.review_list, name="review_list"),
    path("reviews/<int:pk>/", views.review_detail, name="review_detail"),
    path("reviews/<int:pk>/items/<str:key>/", views.review_check, name="review_check"),
    path("reviews/<int:pk>/summary/", views.review_summary, name="review_summary"),
    path("reviews/<int:pk>/history/", views.review_history, name="review_history"),
    path("reviews/<int:pk>/<str:action>/", views.review_action, name="review_action"),
]
