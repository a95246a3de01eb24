from __future__ import annotations

from types import SimpleNamespace

from rest_framework import serializers
from rest_framework.relations import MANY_RELATION_KWARGS

from vendors.fields import WeeklyHoursSerializerField
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, Scenario, SupportChannel, Vendor
from vendorscore.api import ValidatedModelSerializer
from vendorscore.roles import Role, has_role


class ContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["id", "name", "role", "email", "phone", "im_handle", "is_dedicated", "joined_on", "left_on", "notes"]


class SupportChannelSerializer(serializers.ModelSerializer):
    """A channel as shown inside a vendor. Bot URLs carry a key in their query: only
    managers see it; everyone else sees it masked."""

    hours = WeeklyHoursSerializerField(read_only=True)
    address = serializers.SerializerMethodField()

    class Meta:
        model = SupportChannel
        fields = ["id", "kind", "address", "hours", "is_active", "notes"]

    def get_address(self, channel: SupportChannel) -> str:
        request = self.context.get("request")
        return channel.address if request and has_role(request.user, Role.MANAGER) else channel.masked_address


class ChannelSerializer(ValidatedModelSerializer):
    """``/api/channels/``: the address is checked by kind (email, URL) and, for webhook, WeCom and
    DingTalk bots, by the SSRF guard; ``secret`` is write-only."""

    vendor = serializers.PrimaryKeyRelatedField(queryset=Vendor.objects.alive())
    hours = WeeklyHoursSerializerField(required=False)
    secret = serializers.CharField(write_only=True, required=False, allow_blank=True, max_length=200)
    has_secret = serializers.SerializerMethodField()

    class Meta:
        model = SupportChannel
        fields = ["id", "vendor", "kind", "address", "hours", "is_active", "notes", "secret", "has_secret"]

    def get_has_secret(self, channel: SupportChannel) -> bool:
        return bool(channel.secret)

    def to_representation(self, channel):
        data = super().to_representation(channel)
        request = self.context.get("request")
        if not (request and has_role(request.user, Role.MANAGER)):
            data["address"] = channel.masked_address
        return data


class ReleaseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Release
        fields = ["id", "version", "released_on", "kind", "is_paid", "delivery", "downtime_minutes", "notes"]


class DocumentationItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = DocumentationItem
        fields = ["id", "kind", "title", "url", "last_updated", "quality", "notes"]


class CustomerReferenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = CustomerReference
        fields = ["id", "name", "scenario", "is_similar", "notes"]


class RequestMemo:
    """What every row of one response works out the same way, kept on the root serializer's context."""

    @staticmethod
    def of(field: serializers.Field) -> dict:
        return field.root.context.setdefault("_row_memo", {})


class DetailUrlField(serializers.HyperlinkedIdentityField):
    """A row's detail URL. ``reverse()`` costs more than the rest of a row, so it runs once per response
    with a placeholder id, and each row puts its own id in its place."""

    PLACEHOLDER = 2_147_483_647

    def get_url(self, obj, view_name, request, format):
        if getattr(obj, "pk", None) in (None, ""):
            return None
        memo = RequestMemo.of(self)
        key = ("url", view_name, format)
        if key not in memo:
            placeholder = SimpleNamespace(**{"pk": self.PLACEHOLDER, self.lookup_field: self.PLACEHOLDER})
            memo[key] = super().get_url(placeholder, view_name, request, format).rpartition(str(self.PLACEHOLDER))
        head, _placeholder, tail = memo[key]
        return f"{head}{getattr(obj, self.lookup_field)}{tail}"


class ListedHoursField(WeeklyHoursSerializerField):
    """Weekly hours as text, parsed and written once per distinct value in a response: vendors share
    a handful of schedules."""

    def to_representation(self, value):
        memo = RequestMemo.of(self)
        key = ("hours", repr(value))
        if key not in memo:
            memo[key] = super().to_representation(value)
        return memo[key]


class PrefetchedManyField(serializers.ManyRelatedField):
    """A to-many relation read from its prefetched rows as they are, without a related manager and a
    cloned queryset for every row (``with_lists()`` prefetches what lists show)."""

    def get_attribute(self, instance):
        prefetched = getattr(instance, "_prefetched_objects_cache", None)
        if prefetched and len(self.source_attrs) == 1 and self.source_attrs[0] in prefetched:
            return prefetched[self.source_attrs[0]]
        return super().get_attribute(instance)


class ScenarioKeysField(serializers.SlugRelatedField):
    @classmethod
    def many_init(cls, *args, **kwargs):
        many = {key: value for key, value in kwargs.items() if key in MANY_RELATION_KWARGS}
        return PrefetchedManyField(child_relation=cls(*args, **kwargs), **many)


class VendorSerializer(ValidatedModelSerializer):
    url = DetailUrlField(view_name="api:vendor-detail")
    support_hours = ListedHoursField(required=False)
    scenarios = ScenarioKeysField(many=True, slug_field="key", queryset=Scenario.objects.all(), required=False)

    class Meta:
        model = Vendor
        fields = ["id", "url", *Vendor.PROFILE_FIELDS, "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]


class TurnoverSerializer(serializers.Serializer):
    left = serializers.IntegerField(help_text="Contacts who left in the last 12 months.")
    on_team_in_window = serializers.IntegerField(help_text="Contacts on the team at some point in the last 12 months.")
    current = serializers.IntegerField()
    has_dedicated_contact = serializers.BooleanField()
    rate = serializers.FloatField(allow_null=True)


class ReleaseCadenceSerializer(serializers.Serializer):
    in_window = serializers.IntegerField(help_text="Releases in the last 12 months.")
    days_since_last = serializers.IntegerField(allow_null=True)
    free_fix_share = serializers.FloatField(allow_null=True)


class VendorDetailSerializer(VendorSerializer):
    contacts = ContactSerializer(many=True, read_only=True)
    channels = SupportChannelSerializer(many=True, read_only=True)
    releases = ReleaseSerializer(many=True, read_only=True)
    documentation = DocumentationItemSerializer(many=True, read_only=True)
    references = CustomerReferenceSerializer(many=True, read_only=True)
    turnover = TurnoverSerializer(read_only=True)
    release_cadence = ReleaseCadenceSerializer(read_only=True)

    class Meta(VendorSerializer.Meta):
        fields = [
            *VendorSerializer.Meta.fields,
            "contacts",
            "channels",
            "releases",
            "documentation",
            "references",
            "turnover",
            "release_cadence",
        ]
