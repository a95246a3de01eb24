from __future__ import annotations

from django.urls import path

from evaluations.probes import views

app_name = "probes"

urlpatterns = [
    path("probes/", views.probe_list, name="probe_list"),
    path("probes/new/", views.probe_create, name="probe_add"),
    path("probes/todo/", views.todo, name="todo"),
    path("probes/<int:pk>/", views.probe_detail, name="probe_detail"),
    path("probes/<int:pk>/replies/", views.probe_reply, name="probe_reply"),
    path("probes/<int:pk>/sent/", views.probe_mark_sent, name="probe_mark_sent"),
    path("probes/<int:pk>/resolve/", views.probe_resolve, name="probe_resolve"),
    path("probes/<int:pk>/rate/", views.probe_rate, name="probe_rate"),
    path("probes/<int:pk>/cancel/", views.probe_cancel, name="probe_cancel"),
    path("probes/schedules/", views.schedule_list, name="schedule_list"),
    path("probes/schedules/new/", views.schedule_edit, name="schedule_add"),
    path("probes/schedules/<int:pk>/edit/", views.schedule_edit, name="schedule_edit"),
    path(
        "probes/schedules/<int:pk>/<str:action>/",
        views.schedule_action,
        name="schedule_action",
    ),
    path("probes/questions/", views.question_list, name="question_list"),
    path("probes/questions/new/", views.question_edit, name="question_add"),
    path("probes/questions/<int:pk>/edit/", views.question_edit, name="question_edit"),
    path("probes/questions/<int:pk>/retire/", views.question_retire, name="question_retire"),
    path("vendors/<int:pk>/probes/", views.vendor_probes, name="vendor_probes"),
    path("reply/<str:token>/", views.reply_page, name="reply_page"),
]
