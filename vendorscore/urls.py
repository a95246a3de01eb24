from __future__ import annotations

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from contracts.api.views import ContractReviewViewSet, ContractViewSet
from evaluations.api.views import (
    EvaluationViewSet,
    ScoreViewSet,
    TemplateViewSet,
    VendorScorecardView,
    WeightProfileViewSet,
)
from evaluations.probes.api.views import (
    InboundEmailView,
    ProbeQuestionViewSet,
    ProbeScheduleViewSet,
    ProbeViewSet,
    VendorProbeMetricsView,
)
from vendors.api.views import ChannelViewSet, VendorViewSet
from vendorscore import health, views

# No ".json" twins of every route: a client asks for JSON with Accept or ?format=json (the
# twins also reached @action methods that take no ``format`` argument, a TypeError each).
router = DefaultRouter()
router.include_format_suffixes = False
router.register("vendors", VendorViewSet, basename="vendor")
router.register("templates", TemplateViewSet, basename="template")
router.register("evaluations", EvaluationViewSet, basename="evaluation")
router.register("profiles", WeightProfileViewSet, basename="profile")
router.register("scores", ScoreViewSet, basename="score")
router.register("channels", ChannelViewSet, basename="channel")
router.register("probe-questions", ProbeQuestionViewSet, basename="probe-question")
router.register("probe-schedules", ProbeScheduleViewSet, basename="probe-schedule")
router.register("probes", ProbeViewSet, basename="probe")
router.register("contracts", ContractViewSet, basename="contract")
router.register("contract-reviews", ContractReviewViewSet, basename="contract-review")

api_patterns = [
    path("auth/token/", views.ObtainTokenView.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view: its start-up script is a file of its own (docs/?script), as the CSP requires.
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="drf_spectacular/swagger_ui_csp.html"),
        name="docs",
    ),
    path("vendors/<int:pk>/scorecard/", VendorScorecardView.as_view(), name="vendor-scorecard"),
    path("vendors/<int:pk>/probe-metrics/", VendorProbeMetricsView.as_view(), name="vendor-probe-metrics"),
    path("inbound/email/", InboundEmailView.as_view(), name="inbound-email"),
    *router.urls,
]

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/preferences/", views.preferences, name="preferences"),
    path("accounts/preferences/password/", views.PasswordChange.as_view(), name="password_change"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/read/", views.notifications_mark_read, name="notifications_read"),
    path("notifications/<int:pk>/", views.notification_open, name="notification_open"),
    # Ahead of Django's own at the same address: also saves a signed-in user's choice.
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("vendors/", include("vendors.urls")),
    path("contracts/", include("contracts.urls")),
    path("", include("evaluations.urls")),
    path("", include("evaluations.probes.urls")),
    path("api/", include((api_patterns, "api"))),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "vendorscore.views.page_not_found"
handler500 = "vendorscore.views.server_error"  # 503 while the database does not answer
