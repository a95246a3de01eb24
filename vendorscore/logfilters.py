"""Logging filters: client errors are one line, not a traceback."""

from __future__ import annotations

import logging


class ClientErrorsWithoutTraceback(logging.Filter):
    """A 403 or 404 is the client's mistake, not ours: log it as one line.

    Django logs PermissionDenied with its exception attached, which prints a traceback
    for every forbidden page a user opens; the status and the path say enough.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and 400 <= status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
