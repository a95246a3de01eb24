from __future__ import annotations

import functools

from vendorscore.models import Notification
from vendorscore.roles import Role, role_of


def roles(request) -> dict:
    """Expose the user's role to templates, to show only the buttons they may use."""
    role = role_of(getattr(request, "user", None))
    rank = role.rank if role else 0
    return {
        "user_role": role,
        "can_evaluate": rank >= Role.EVALUATOR.rank,
        "can_manage": rank >= Role.MANAGER.rank,
    }


def notifications(request) -> dict:
    """The unread count behind the bell in the header: one indexed COUNT, only on pages that show it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    @functools.cache
    def unread() -> int:
        return Notification.objects.for_user(user).unread().count()

    return {"notifications_unread": unread}
