"""Logging filters: client errors are one line, not a traceback."""

from __future__ import annotations

import logging

from vendorscore.clientip import client_ip


class ClientErrorsWithoutTraceback(logging.Filter):
    """A 403 or 404 is the client's mistake, not ours: log it as one line.

    Django logs PermissionDenied with its exception attached, which prints a traceback
    for every forbidden page a user opens; the status and the path say enough.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        # A 503 is the database outage answer (vendorscore.outage), which logs its cause in one
        # line: a traceback per request while the database is down would bury everything else.
        if isinstance(status, int) and (400 <= status < 500 or status == 503):
            record.exc_info = None
            record.exc_text = None
        return True


class ClientAddress(logging.Filter):
    """Adds `` client=<address>`` to records about a request (``%(client)s`` in the format),
    the address ``vendorscore.clientip.client_ip`` gives throttles and lockouts too."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.client = ""
        if hasattr(request, "META"):  # runserver's own records carry a socket under that name
            record.client = f" client={client_ip(request)}"
        return True
