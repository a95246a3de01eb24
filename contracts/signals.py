"""What contracts tell the floors above when a vendor's contractual evidence changes.

Row saves reach receivers through Django's post_save; these cover what changes by a
conditional UPDATE (review transitions, soft deletes), which sends no post_save.
"""

from __future__ import annotations

from django.dispatch import Signal

# Sent with ``vendor_id`` after a review is approved, returned or deleted, or a contract deleted.
contract_evidence_changed = Signal()
