from __future__ import annotations

from rest_framework import viewsets

from vendors.api.serializers import ChannelSerializer, VendorDetailSerializer, VendorSerializer
from vendors.filtersets import SupportChannelFilterSet, VendorFilterSet
from vendors.models import SupportChannel, Vendor


class VendorViewSet(viewsets.ModelViewSet):
    """Vendors. Everyone with a role reads; managers create, change and delete.

    Creating needs only ``name``. Deleting is soft: the vendor leaves every list
    but its history is kept. Detail reads include contacts, channels, releases,
    documentation and customer references.
    """

    filterset_class = VendorFilterSet

    def get_queryset(self):
        queryset = Vendor.objects.for_user(self.request.user).with_lists()
        if self.action != "list":
            queryset = queryset.prefetch_related(
                "contacts",
                "channels",
                "releases",
                "documentation",
                "references",
            )
        return queryset

    def get_serializer_class(self):
        return VendorSerializer if self.action == "list" else VendorDetailSerializer

    def perform_destroy(self, instance: Vendor) -> None:
        instance.soft_delete()


class ChannelViewSet(viewsets.ModelViewSet):
    """Support channels of every live vendor (filter ``vendor``, ``kind``, ``is_active``).
    Managers write. A webhook, WeCom or DingTalk address must be a public http(s) URL: a
    private, loopback or metadata address is a 400 naming ``address``. A channel that
    probes were sent on cannot be deleted (409): set ``is_active`` to false instead."""

    serializer_class = ChannelSerializer
    filterset_class = SupportChannelFilterSet

    def get_queryset(self):
        return SupportChannel.objects.filter(vendor__in=Vendor.objects.for_user(self.request.user))
