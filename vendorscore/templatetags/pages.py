"""Links between the pages of a list that keep the reader's filters and order."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """``?<the current query without its page>&page=<number>``."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"
