from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class VendorStatus(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    CONTRACTED = "contracted", _("Contracted")
    REJECTED = "rejected", _("Rejected")


class ScenarioKey(models.TextChoices):
    SHOW_LIVE = "show-live", _("Show streaming")
    ONE_ON_ONE_SOCIAL = "1v1-social", _("1v1 video social")
    OVERSEAS = "overseas", _("Going overseas")
    ECOMMERCE_LIVE = "ecommerce-live", _("E-commerce live")
    VOICE_ROOM = "voice-room", _("Voice chat room")


class Region(models.TextChoices):
    MAINLAND_CHINA = "cn", _("Mainland China")
    HONG_KONG_TAIWAN = "hk-tw", _("Hong Kong / Macao / Taiwan")
    SOUTHEAST_ASIA = "sea", _("Southeast Asia")
    MIDDLE_EAST = "me", _("Middle East")
    EUROPE = "eu", _("Europe")
    NORTH_AMERICA = "na", _("North America")
    OTHER = "other", _("Other")


class SupportTeam(models.TextChoices):
    IN_HOUSE = "in-house", _("In-house")
    OUTSOURCED = "outsourced", _("Outsourced")
    MIXED = "mixed", _("Mixed")
    UNKNOWN = "unknown", _("Unknown")


class CompanyScale(models.TextChoices):
    LISTED = "listed", _("Listed company")
    LARGE = "large", _("Large (500+ staff), not listed")
    MEDIUM = "medium", _("Medium (50–500 staff)")
    SMALL = "small", _("Small (under 50 staff)")
    UNKNOWN = "unknown", _("Unknown")


class ContactRole(models.TextChoices):
    SUPPORT_ENGINEER = "support-engineer", _("Support engineer")
    LEAD_ENGINEER = "lead-engineer", _("Lead engineer")
    ACCOUNT_MANAGER = "account-manager", _("Account manager")
    SALES = "sales", _("Sales")
    PRODUCT = "product", _("Product manager")
    OTHER = "other", _("Other")


class ChannelKind(models.TextChoices):
    EMAIL = "email", _("Email")
    WEBHOOK = "webhook", _("Webhook")
    WECOM = "wecom", _("WeCom")
    DINGTALK = "dingtalk", _("DingTalk")
    TICKET_PORTAL = "ticket-portal", _("Ticket portal")
    PHONE = "phone", _("Phone")
    GROUP_CHAT = "group-chat", _("Shared group chat")


# WeCom and DingTalk channels are either a group people write in (a name: sent by hand) or
# the group's bot (its webhook URL: sent by a worker). Webhooks and bot URLs pass the SSRF guard.
BOT_CHANNELS = frozenset({ChannelKind.WECOM, ChannelKind.DINGTALK})


class ReleaseKind(models.TextChoices):
    FIX = "fix", _("Fix release")
    FEATURE = "feature", _("Feature release")


class ReleaseDelivery(models.TextChoices):
    SOURCE_DROP = "source-drop", _("Source drop (we deploy)")
    REMOTE_UPGRADE = "remote-upgrade", _("Remote upgrade by vendor")


class DocumentationKind(models.TextChoices):
    USAGE = "usage", _("Usage guide")
    DEPLOYMENT = "deployment", _("Deployment guide")
    API = "api", _("API reference")
    FAQ = "faq", _("FAQ / troubleshooting")
    CHANGELOG = "changelog", _("Changelog")
    TRAINING = "training", _("Training material")


class ImportStatus(models.TextChoices):
    CHECKING = "checking", _("Checking")
    CHECKED = "checked", _("Checked")
    IMPORTING = "importing", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Failed")
