"""Saving a page form when another request saved the same thing a moment earlier.

A ModelForm checks unique constraints before saving, but two requests can pass that
check together; the database's unique index then refuses the second with an
IntegrityError, which would be a 500. ``save_or_conflict`` saves in a savepoint and,
when that happens, validates the form again: the clash the form could not see before
is now there for it to name ("A vendor with this name already exists."). The API does
the same through ``vendorscore.api.exception_handler`` (409).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

T = TypeVar("T")


def save_or_conflict(form, save: Callable[[], T] | None = None) -> T | None:
    """``save()`` (``form.save`` by default) in a savepoint; its result, or None with the
    clash added to ``form``'s errors when the database refused it."""
    instance = getattr(form, "instance", None)
    before = (instance.pk, instance._state.adding) if instance is not None else None
    try:
        with transaction.atomic():
            return (save or form.save)()
    except IntegrityError:
        if instance is not None:  # rolled back: not saved, whatever the object says
            instance.pk, instance._state.adding = before
        form.full_clean()  # the row that won is visible now
        if not form.errors:
            form.add_error(None, _("This conflicts with existing data; reload and try again."))
        return None


class SaveConflictMixin:
    """For create and update views: the form is saved with ``save_or_conflict``, so a lost race
    shows the form again with its error. ``saved_message`` is shown after a successful save."""

    def saved_message(self) -> str | None:
        return None

    def form_valid(self, form):
        saved = save_or_conflict(form)
        if saved is None:
            return self.form_invalid(form)
        self.object = saved
        if message := self.saved_message():
            messages.success(self.request, message)
        return HttpResponseRedirect(self.get_success_url())
