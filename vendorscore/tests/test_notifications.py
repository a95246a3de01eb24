"""Notifications: evaluation reviews reach the right people, in the list and by email in each
recipient's language, after commit, once; the list and the bell are each user's own."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from conftest import make_user
from evaluations.models import Evaluation
from evaluations.tests.factories import small_template
from vendors.tests.factories import VendorFactory
from vendorscore import notifications
from vendorscore.models import EmailState, Notification, UserPreference
from vendorscore.roles import Role
from vendorscore.tasks import send_due_notification_emails, send_notification_email

pytestmark = pytest.mark.django_db

SUBMITTED = "evaluation_submitted"


@pytest.fixture(autouse=True)
def _site_language_after_each_test():
    """Requests activate a user's language in this thread; leave the next test in English."""
    yield
    translation.deactivate()


@pytest.fixture
def chinese_manager(db):
    user = make_user("mgr_zh", Role.MANAGER)
    UserPreference.objects.create(user=user, language="zh-hans")
    return user


@pytest.fixture
def answered(evaluator):
    """A draft evaluation of a vendor with an English and a Chinese name, one question answered."""
    vendor = VendorFactory(name="Acme Live", name_en="Acme Live", name_zh="艾克美直播")
    evaluation = Evaluation.objects.create(vendor=vendor, template=small_template(), evaluator=evaluator)
    evaluation.save_answer(evaluation.template.criteria.get(key="depth"), {"value": 4}, evaluator, 0)
    return evaluation


@pytest.fixture
def submitted(answered, evaluator, manager, chinese_manager, django_capture_on_commit_callbacks):
    """Submitted with both managers told (their emails sent, then cleared from the outbox)."""
    with django_capture_on_commit_callbacks(execute=True):
        answered.submit(evaluator)
    mail.outbox.clear()
    return answered


def rows(kind: str | None = None):
    found = Notification.objects.order_by("recipient__username")
    return found.filter(kind=kind) if kind else found


# --- who hears, when, in which language --------------------------------------------------
def test_submitting_notifies_each_manager_and_emails_only_after_commit(
    client, answered, evaluator, manager, chinese_manager, viewer, django_capture_on_commit_callbacks
):
    client.force_login(evaluator)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(reverse("evaluations:evaluation_submit", args=[answered.pk]), {"confirm": "1"})
        assert response.status_code == 302
        # Written in the action's transaction; nothing has gone out before it commits.
        assert [n.recipient.username for n in rows(SUBMITTED)] == ["mgr", "mgr_zh"]
        assert {n.email_state for n in rows()} == {EmailState.PENDING}
        assert mail.outbox == []
    assert len(callbacks) == 2
    assert sorted(message.to for message in mail.outbox) == [[manager.email], [chinese_manager.email]]
    assert all(n.email_state == EmailState.SENT and n.email_sent_at for n in rows())
    assert not Notification.objects.filter(recipient__in=[evaluator, viewer]).exists()

    by_address = {message.to[0]: message for message in mail.outbox}
    english, chinese = by_address[manager.email], by_address[chinese_manager.email]
    assert english.subject == "Submitted: evaluation of Acme Live by eva"
    assert "已提交" in chinese.subject
    assert "艾克美直播" in chinese.subject
    assert "Submitted" not in chinese.subject
    assert english.extra_headers["Content-Language"] == "en"
    assert chinese.extra_headers["Content-Language"] == "zh-hans"


def test_the_email_says_what_who_where_and_how_to_stop(
    submitted, manager, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://vendorscore.example.com"
    row = Notification.objects.get(recipient=manager)
    Notification.objects.filter(pk=row.pk).update(email_state=EmailState.PENDING)  # send it again, now
    notifications.deliver(row.pk)
    (message,) = mail.outbox
    assert "eva submitted an evaluation of Acme Live for approval." in message.body
    assert f"https://vendorscore.example.com/evaluations/{submitted.pk}/" in message.body
    assert "switch them off under Preferences" in message.body
    assert "https://vendorscore.example.com/accounts/preferences/" in message.body
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"


def test_returning_and_approving_notify_the_evaluator(
    client, submitted, evaluator, manager, chinese_manager, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("evaluations:evaluation_return", args=[submitted.pk]), {"comment": "Add evidence & logs."})
    (returned,) = rows("evaluation_returned")
    assert returned.recipient == evaluator
    assert returned.actor == manager
    (message,) = mail.outbox
    assert message.to == [evaluator.email]
    assert message.subject == "Returned: your evaluation of Acme Live, by mgr"
    assert "Add evidence & logs." in message.body  # plain text: not HTML-escaped

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submitted.submit(evaluator)
    assert len(mail.outbox) == 2  # both managers again
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("evaluations:evaluation_approve", args=[submitted.pk]), {"comment": "Thorough."})
    (approved,) = rows("evaluation_approved")
    assert approved.recipient == evaluator
    (message,) = mail.outbox
    assert message.subject == "Approved: your evaluation of Acme Live, by mgr"
    assert "Thorough." in message.body
    assert not rows("evaluation_approved").exclude(recipient=evaluator).exists()


def test_nobody_is_told_about_their_own_action(manager, chinese_manager, django_capture_on_commit_callbacks):
    """A manager who evaluates submits to the other managers, not to themself."""
    evaluation = Evaluation.objects.create(vendor=VendorFactory(), template=small_template(), evaluator=manager)
    evaluation.save_answer(evaluation.template.criteria.get(key="depth"), {"value": 3}, manager, 0)
    with django_capture_on_commit_callbacks(execute=True):
        evaluation.submit(manager)
    assert [n.recipient for n in rows()] == [chinese_manager]
    assert [message.to for message in mail.outbox] == [[chinese_manager.email]]


def test_a_refused_action_notifies_nobody(answered, manager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(Exception, match="cannot be approved"):
        answered.approve(manager)  # still a draft
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_a_switched_off_kind_sends_no_email_but_is_still_listed(
    client, answered, evaluator, manager, chinese_manager, django_capture_on_commit_callbacks
):
    UserPreference.objects.create(user=manager, email_off=[SUBMITTED])
    with django_capture_on_commit_callbacks(execute=True):
        answered.submit(evaluator)
    assert [message.to for message in mail.outbox] == [[chinese_manager.email]]  # the other manager still gets it
    mine = Notification.objects.get(recipient=manager)
    assert mine.email_state == EmailState.NONE
    assert mine.email_sent_at is None
    client.force_login(manager)
    assert "Submitted: evaluation of Acme Live by eva" in client.get(reverse("notifications")).content.decode()


def test_a_kind_switched_off_after_the_fact_is_not_sent(submitted, manager, chinese_manager):
    row = Notification.objects.get(recipient=chinese_manager)
    Notification.objects.filter(pk=row.pk).update(email_state=EmailState.PENDING, email_sent_at=None)
    UserPreference.objects.filter(user=chinese_manager).update(email_off=[SUBMITTED])
    assert notifications.deliver(row.pk) == "skipped"
    assert mail.outbox == []
    row.refresh_from_db()
    assert row.email_state == EmailState.NONE


def test_a_user_without_an_address_is_listed_not_emailed(
    answered, evaluator, manager, django_capture_on_commit_callbacks
):
    manager.email = ""
    manager.save()
    with django_capture_on_commit_callbacks(execute=True):
        answered.submit(evaluator)
    assert Notification.objects.get(recipient=manager).email_state == EmailState.NONE
    assert mail.outbox == []


# --- once, and again after a failure -------------------------------------------------------
def test_a_retried_task_sends_nothing_twice(submitted, manager):
    row = Notification.objects.get(recipient=manager)
    assert row.email_state == EmailState.SENT
    sent_at = row.email_sent_at
    assert send_notification_email.delay(row.pk).get() == "skipped"
    assert notifications.deliver(row.pk) == "skipped"
    assert mail.outbox == []
    row.refresh_from_db()
    assert (row.email_sent_at, row.email_attempts) == (sent_at, 1)


def test_a_fresh_claim_of_another_worker_is_left_alone(submitted, manager):
    row = Notification.objects.get(recipient=manager)
    Notification.objects.filter(pk=row.pk).update(email_state=EmailState.SENDING, email_claimed_at=row.created_at)
    with time_machine.travel(row.created_at + dt.timedelta(minutes=1)):
        assert notifications.deliver(row.pk) == "skipped"
    assert mail.outbox == []
    with time_machine.travel(row.created_at + notifications.STALE_CLAIM + dt.timedelta(minutes=1)):
        assert notifications.deliver(row.pk) == "sent"  # that worker died: its claim is taken over
    assert len(mail.outbox) == 1


def test_an_smtp_failure_leaves_the_row_unsent_and_retryable(
    answered, evaluator, chinese_manager, smtp, django_capture_on_commit_callbacks
):
    smtp.handler.script.append("451 4.3.0 Try again later")
    with django_capture_on_commit_callbacks(execute=False):  # the wake-up is not run: we drive the sends
        answered.submit(evaluator)
    (row,) = rows()
    with pytest.raises(notifications.RetryLater) as later:
        notifications.deliver(row.pk)
    assert later.value.seconds == notifications.RETRY_BASE_SECONDS
    row.refresh_from_db()
    assert row.email_state == EmailState.PENDING
    assert row.email_sent_at is None
    assert row.email_attempts == 1
    assert "451" in row.email_error
    assert row.email_next_at > row.created_at
    assert smtp.messages == []

    assert notifications.deliver(row.pk) == "sent"
    assert notifications.deliver(row.pk) == "skipped"
    assert len(smtp.messages) == 1
    row.refresh_from_db()
    assert (row.email_state, row.email_attempts, row.email_error) == (EmailState.SENT, 2, "")


def test_through_a_real_smtp_server_in_the_recipients_language(
    answered, evaluator, chinese_manager, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answered.submit(evaluator)
    (message,) = smtp.wait_for(1)
    assert message["To"] == chinese_manager.email
    assert "已提交" in message["Subject"]
    assert "艾克美直播" in message["Subject"]
    assert message["Content-Language"] == "zh-hans"
    assert f"/evaluations/{answered.pk}/" in message.get_content()


def test_the_task_retries_a_transient_failure_with_backoff(submitted, chinese_manager, smtp, monkeypatch):
    row = Notification.objects.get(recipient=chinese_manager)
    Notification.objects.filter(pk=row.pk).update(email_state=EmailState.PENDING, email_attempts=0)
    smtp.handler.script.extend(["421 4.7.0 Slow down", "451 4.3.0 Busy"])
    countdowns = []
    retry = send_notification_email.retry

    def spy(*args, **kwargs):
        countdowns.append(kwargs["countdown"])
        return retry(*args, **kwargs)

    monkeypatch.setattr(send_notification_email, "retry", spy)
    result = send_notification_email.apply(args=[row.pk])  # eager: retries run at once
    assert result.get() == "sent"
    assert countdowns == [60, 120]
    assert len(smtp.messages) == 1
    row.refresh_from_db()
    assert (row.email_state, row.email_attempts) == (EmailState.SENT, 3)


def test_a_permanent_failure_is_given_up_at_once(submitted, chinese_manager, smtp):
    row = Notification.objects.get(recipient=chinese_manager)
    Notification.objects.filter(pk=row.pk).update(email_state=EmailState.PENDING)
    smtp.handler.script.append("550 5.1.1 No such mailbox")
    assert send_notification_email.apply(args=[row.pk]).get() == "failed"
    row.refresh_from_db()
    assert row.email_state == EmailState.FAILED
    assert "550" in row.email_error
    assert notifications.deliver(row.pk) == "skipped"
    assert smtp.messages == []


def test_the_last_attempt_gives_up(submitted, manager, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    row = Notification.objects.get(recipient=manager)
    Notification.objects.filter(pk=row.pk).update(
        email_state=EmailState.PENDING, email_sent_at=None, email_attempts=notifications.MAX_ATTEMPTS - 1
    )
    assert notifications.deliver(row.pk) == "failed"
    row.refresh_from_db()
    assert row.email_state == EmailState.FAILED
    assert row.email_sent_at is None


@pytest.mark.parametrize(("attempt", "seconds"), [(1, 60), (2, 120), (3, 240), (6, 1920), (7, 3600), (20, 3600)])
def test_backoff_doubles_and_is_capped(attempt, seconds):
    assert notifications.backoff(attempt) == seconds


def test_the_sweep_sends_what_a_lost_wake_up_left_behind(
    answered, evaluator, manager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):  # the broker was down: no wake-up
        answered.submit(evaluator)
    (row,) = rows()
    assert send_due_notification_emails() == 0  # a fresh row is left to its own wake-up first
    with time_machine.travel(row.created_at + notifications.SWEEP_GRACE + dt.timedelta(seconds=1)):
        assert send_due_notification_emails() == 1
        assert send_due_notification_emails() == 0
    assert len(mail.outbox) == 1


# --- the list and the bell -----------------------------------------------------------------
def test_the_list_needs_a_login_and_a_role(client, stranger, submitted, manager):
    row = Notification.objects.get(recipient=manager)
    urls = [reverse("notifications"), reverse("notification_open", args=[row.pk])]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    assert client.post(reverse("notifications_read")).status_code == 302
    client.force_login(stranger)
    for url in urls:
        assert client.get(url).status_code == 403
    assert client.post(reverse("notifications_read")).status_code == 403
    row.refresh_from_db()
    assert row.read_at is None


def test_a_user_never_sees_another_users_notifications(client, submitted, manager, chinese_manager, evaluator):
    theirs = Notification.objects.get(recipient=chinese_manager)
    Notification.objects.filter(pk=theirs.pk).update(context={"vendor": "Secret Vendor", "actor": "eva"})
    client.force_login(manager)
    body = client.get(reverse("notifications")).content.decode()
    assert "Acme Live" in body
    assert "Secret Vendor" not in body
    assert client.get(reverse("notification_open", args=[theirs.pk])).status_code == 404
    client.post(reverse("notifications_read"))
    theirs.refresh_from_db()
    assert theirs.read_at is None
    assert Notification.objects.get(recipient=manager).read_at is not None
    client.force_login(evaluator)  # told nothing about a submission
    assert "Acme Live" not in client.get(reverse("notifications")).content.decode()


def test_the_list_is_newest_first_in_the_users_time_zone_with_unread_marked(client, answered, manager, evaluator):
    UserPreference.objects.create(user=manager, time_zone="Europe/Berlin")
    context = {"vendor": {"zh": "甲", "en": "Alpha"}, "actor": "eva", "comment": ""}
    with time_machine.travel(dt.datetime(2026, 11, 22, 1, 30, tzinfo=dt.UTC), tick=False):
        notifications.notify([manager], SUBMITTED, answered, context, actor=evaluator)
    with time_machine.travel(dt.datetime(2026, 11, 23, 8, 5, tzinfo=dt.UTC), tick=False):
        (newer,) = notifications.notify([manager], SUBMITTED, answered, {**context, "vendor": "Beta"}, actor=evaluator)
    Notification.objects.filter(pk=newer.pk).update(read_at=newer.created_at)
    client.force_login(manager)
    body = client.get(reverse("notifications")).content.decode()
    assert body.index("evaluation of Beta") < body.index("evaluation of Alpha")
    assert "2026-11-23 09:05" in body  # 08:05 UTC in Berlin (CET)
    assert "2026-11-22 02:30" in body
    assert body.count('class="badge unread"') == 1
    assert body.index('class="badge unread"') > body.index("evaluation of Beta")  # the older one is unread


def test_the_list_reads_in_the_readers_language(client, submitted, chinese_manager):
    client.force_login(chinese_manager)
    body = client.get(reverse("notifications")).content.decode()
    assert "已提交" in body
    assert "艾克美直播" in body


def test_opening_one_marks_it_read_and_goes_to_its_target(client, submitted, manager):
    row = Notification.objects.get(recipient=manager)
    client.force_login(manager)
    response = client.get(reverse("notification_open", args=[row.pk]))
    assert response.status_code == 302
    assert response.url == submitted.get_absolute_url()
    row.refresh_from_db()
    assert row.read_at is not None


def test_one_whose_target_is_gone_opens_the_list(client, submitted, manager):
    row = Notification.objects.get(recipient=manager)
    Notification.objects.filter(pk=row.pk).update(target_id=10**9)
    client.force_login(manager)
    assert client.get(reverse("notification_open", args=[row.pk])).url == reverse("notifications")
    assert client.get(reverse("notifications")).status_code == 200


def test_mark_all_read_takes_a_post_and_clears_the_bell(client, submitted, manager):
    client.force_login(manager)
    home = client.get(reverse("home")).content.decode()
    assert '<span class="bell-count">1<' in home
    assert client.get(reverse("notifications_read")).status_code == 405
    response = client.post(reverse("notifications_read"), follow=True)
    assert "1 notification marked read." in response.content.decode()
    assert not Notification.objects.filter(recipient=manager, read_at__isnull=True).exists()
    assert "bell-count" not in client.get(reverse("home")).content.decode()
    assert "Mark all read" not in client.get(reverse("notifications")).content.decode()


def test_the_bell_costs_one_query_a_page(client, submitted, manager):
    client.force_login(manager)
    client.get(reverse("vendors:vendor_list"))  # warm the session and the role cache
    with CaptureQueriesContext(connection) as queries:
        body = client.get(reverse("vendors:vendor_list")).content.decode()
    assert '<span class="bell-count">1<' in body
    assert len([q for q in queries if "vendorscore_notification" in q["sql"]]) == 1


def test_the_empty_list_says_what_will_appear_here(client, manager, viewer):
    client.force_login(manager)
    body = client.get(reverse("notifications")).content.decode()
    assert "No notifications yet." in body
    assert "An evaluation is submitted for approval" in body
    assert "Mark all read" not in body
    client.force_login(viewer)
    assert "Your role gets no notifications." in client.get(reverse("notifications")).content.decode()


def test_a_comment_is_shown_escaped(client, submitted, manager, evaluator, django_capture_on_commit_callbacks):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("evaluations:evaluation_return", args=[submitted.pk]), {"comment": "<script>x()</script>"})
    client.force_login(evaluator)
    body = client.get(reverse("notifications")).content.decode()
    assert "&lt;script&gt;x()&lt;/script&gt;" in body
    assert "<script>x()" not in body


def test_a_page_number_that_is_not_one_gives_a_page(client, submitted, manager):
    client.force_login(manager)
    assert client.get(reverse("notifications"), {"page": "abc"}).status_code == 200
    assert client.get(reverse("notifications"), {"page": "9999"}).status_code == 200


# --- the API notifies too ------------------------------------------------------------------
def test_the_api_actions_notify(api, answered, evaluator, manager, django_capture_on_commit_callbacks):
    base = f"/api/evaluations/{answered.pk}"
    api.force_authenticate(evaluator)
    with django_capture_on_commit_callbacks(execute=True):
        assert api.post(f"{base}/submit/").status_code == 200
    assert [(n.kind, n.recipient) for n in rows()] == [(SUBMITTED, manager)]
    assert [message.to for message in mail.outbox] == [[manager.email]]

    api.force_authenticate(manager)
    with django_capture_on_commit_callbacks(execute=True):
        assert api.post(f"{base}/return/", {"comment": "Missing logs."}, format="json").status_code == 200
    returned = Notification.objects.get(kind="evaluation_returned")
    assert (returned.recipient, returned.context["comment"]) == (evaluator, "Missing logs.")

    api.force_authenticate(evaluator)
    with django_capture_on_commit_callbacks(execute=True):
        api.post(f"{base}/submit/")
    api.force_authenticate(manager)
    with django_capture_on_commit_callbacks(execute=True):
        assert api.post(f"{base}/approve/", {}, format="json").status_code == 200
    assert Notification.objects.get(kind="evaluation_approved").recipient == evaluator
    told = [message.to[0] for message in mail.outbox]
    assert told == [manager.email, evaluator.email, manager.email, evaluator.email]


def test_a_refused_api_action_notifies_nobody(api, answered, manager):
    api.force_authenticate(manager)
    assert api.post(f"/api/evaluations/{answered.pk}/approve/", {}, format="json").status_code == 400
    assert not Notification.objects.exists()


def test_an_unknown_kind_is_refused_and_an_unregistered_one_still_reads(submitted, manager):
    with pytest.raises(ValueError, match="unknown notification kind"):
        notifications.notify([manager], "no_such_kind", None, {})
    row = Notification.objects.get(recipient=manager)
    Notification.objects.filter(pk=row.pk).update(kind="retired_kind")
    row.refresh_from_db()
    assert notifications.line(row) == "Notification"
