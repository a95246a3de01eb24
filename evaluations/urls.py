from __future__ import annotations

from django.urls import path

from evaluations.views import config, evaluations, scores

app_name = "evaluations"

urlpatterns = [
    path("evaluations/", evaluations.evaluation_list, name="evaluation_list"),
    path("evaluations/<int:pk>/", evaluations.evaluation_detail, name="evaluation_detail"),
    path("evaluations/<int:pk>/answers/<int:criterion_pk>/", evaluations.answer_save, name="answer_save"),
    path("evaluations/<int:pk>/submit/", evaluations.evaluation_submit, name="evaluation_submit"),
    path("evaluations/<int:pk>/approve/", evaluations.evaluation_approve, name="evaluation_approve"),
    path("evaluations/<int:pk>/return/", evaluations.evaluation_return, name="evaluation_return"),
    path("evaluations/<int:pk>/history/", evaluations.evaluation_history, name="evaluation_history"),
    path("evaluations/evidence/<int:file_pk>/", evaluations.evidence_download, name="evidence_download"),
    path("evaluations/evidence/<int:file_pk>/delete/", evaluations.evidence_delete, name="evidence_delete"),
    path("vendors/<int:vendor_pk>/evaluate/", evaluations.evaluation_start, name="evaluation_start"),
    path("vendors/<int:pk>/scorecard/", scores.scorecard, name="scorecard"),
    path("scores/", scores.ranking, name="ranking"),
    path("compare/", scores.compare, name="compare"),
    path("profiles/", config.profile_list, name="profile_list"),
    path("profiles/new/", config.profile_edit, name="profile_add"),
    path("profiles/<slug:slug>/edit/", config.profile_edit, name="profile_edit"),
    path("checklists/", config.template_list, name="template_list"),
    path("checklists/<int:pk>/", config.template_detail, name="template_detail"),
    path("checklists/<int:pk>/criteria/<int:criterion_pk>/edit/", config.criterion_edit, name="criterion_edit"),
]
