from __future__ import annotations

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from evaluations.api.views import (
    EvaluationViewSet,
    ScoreViewSet,
    TemplateViewSet,
    VendorScorecardView,
    WeightProfileViewSet,
)
from vendors.api.views import VendorViewSet
from vendorscore import health, views

router = DefaultRouter()
router.register("vendors", VendorViewSet, basename="vendor")
router.register("templates", TemplateViewSet, basename="template")
router.register("evaluations", EvaluationViewSet, basename="evaluation")
router.register("profiles", WeightProfileViewSet, basename="profile")
router.register("scores", ScoreViewSet, basename="score")

api_patterns = [
    path("auth/token/", views.ObtainTokenView.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("vendors/<int:pk>/scorecard/", VendorScorecardView.as_view(), name="vendor-scorecard"),
    *router.urls,
]

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/preferences/", views.preferences, name="preferences"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("vendors/", include("vendors.urls")),
    path("", include("evaluations.urls")),
    path("api/", include((api_patterns, "api"))),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
