from __future__ import annotations

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
