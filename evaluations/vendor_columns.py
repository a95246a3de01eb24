"""The score and grade column on the vendor list, under the profile the reader picks there."""

from __future__ import annotations

from evaluations.models import ScoreSnapshot, WeightProfile
from vendors.columns import ListColumn


def score_column(request, vendors: list) -> ListColumn | None:
    profiles = list(WeightProfile.objects.all())
    if not profiles:  # nothing to score under (every profile deleted): no column rather than an error
        return None
    by_slug = {p.slug: p for p in profiles}
    profile = by_slug.get(request.GET.get("profile") or "") or by_slug.get(WeightProfile.DEFAULT_SLUG) or profiles[0]
    snapshots = ScoreSnapshot.objects.latest().filter(profile=profile, vendor__in=[v.pk for v in vendors])
    found = {s.vendor_id: s for s in snapshots.only("vendor_id", "overall", "grade")}
    for vendor in vendors:
        vendor.list_score = found.get(vendor.pk)
    return ListColumn(
        head_template="evaluations/vendor_list/score_head.html",
        cell_template="evaluations/vendor_list/score_cell.html",
        controls_template="evaluations/vendor_list/profile_filter.html",
        context={"profile": profile, "profiles": profiles},
    )
