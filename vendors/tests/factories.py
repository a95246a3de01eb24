from __future__ import annotations

import datetime as dt

import factory

from vendors import choices
from vendors.models import Contact, CustomerReference, DocumentationItem, Release, Scenario, SupportChannel, Vendor


class VendorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vendor
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Vendor {n:03d}")
    name_zh = factory.Sequence(lambda n: f"供应商{n:03d}")
    name_en = factory.LazyAttribute(lambda o: o.name)
    support_hours = {"mon": [["09:00", "18:00"]], "tue": [["09:00", "18:00"]]}

    @factory.post_generation
    def scenarios(self, create, keys, **kwargs):
        if create and keys:
            self.scenarios.set(Scenario.objects.filter(key__in=keys))


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    vendor = factory.SubFactory(VendorFactory)
    name = factory.Sequence(lambda n: f"Engineer {n}")
    joined_on = dt.date(2024, 1, 1)


class SupportChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportChannel

    vendor = factory.SubFactory(VendorFactory)
    kind = choices.ChannelKind.EMAIL
    address = factory.Sequence(lambda n: f"support{n}@vendor.example.com")


class ReleaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Release

    vendor = factory.SubFactory(VendorFactory)
    version = factory.Sequence(lambda n: f"1.{n}.0")
    released_on = dt.date(2026, 1, 15)
    kind = choices.ReleaseKind.FIX


class DocumentationItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentationItem

    vendor = factory.SubFactory(VendorFactory)
    kind = choices.DocumentationKind.API
    title = factory.Sequence(lambda n: f"API reference v{n}")
    quality = 4


class CustomerReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CustomerReference

    vendor = factory.SubFactory(VendorFactory)
    name = factory.Sequence(lambda n: f"Customer {n}")
    scenario = choices.ScenarioKey.SHOW_LIVE


def vendor_with_everything(**kwargs) -> Vendor:
    vendor = VendorFactory(**kwargs)
    ContactFactory(vendor=vendor, is_dedicated=True)
    ContactFactory(vendor=vendor, left_on=dt.date(2026, 6, 1))
    SupportChannelFactory(vendor=vendor)
    ReleaseFactory(vendor=vendor)
    DocumentationItemFactory(vendor=vendor)
    CustomerReferenceFactory(vendor=vendor)
    return vendor
