"""Storage for contract files: on disk like uploads, but with no URL at all.

A contract file is only ever served by ``contracts.views.contract_file`` (and the API's file
action) after the role check; asking this storage for a URL is a programming error.
"""

from __future__ import annotations

from django.core.files.storage import FileSystemStorage, InMemoryStorage


class NoUrl:
    def url(self, name):
        raise ValueError("Contract files have no public URL; serve them through the contract file view.")


class PrivateFileSystemStorage(NoUrl, FileSystemStorage):
    pass


class PrivateInMemoryStorage(NoUrl, InMemoryStorage):
    """For the test suite: the same refusal, kept in memory."""
