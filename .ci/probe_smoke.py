"""CI: against a running `make run`, create a probe through the API and a signed inbound reply.

Usage: probe_smoke.py BASE_URL SINK_FILE INBOUND_SECRET. Exits non-zero on failure.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
import time
import urllib.request


def call(url: str, data: bytes | None = None, headers: dict | None = None) -> dict:
    method = "POST" if data else "GET"
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)  # noqa: S310
    with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310  (our own local server)
        return json.loads(response.read())


def main(base: str, sink: str, secret: str) -> None:
    token = call(
        f"{base}/api/auth/token/",
        json.dumps({"username": "evaluator", "password": "vendorscore-demo"}).encode(),
        {"Content-Type": "application/json"},
    )["token"]
    auth = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    channels = call(f"{base}/api/channels/?kind=email&page_size=100", headers=auth)["results"]
    channel = channels[0]
    started = time.monotonic()
    body = json.dumps({"vendor": channel["vendor"], "channel": channel["id"]}).encode()
    probe = call(f"{base}/api/probes/", body, auth)
    print(f"probe {probe['id']} queued with Message-ID {probe['message_id']}")
    deadline = started + 60
    while time.monotonic() < deadline:
        with open(sink) as received:
            if probe["message_id"] in received.read():
                print(f"the SMTP server received it after {time.monotonic() - started:.1f} s")
                break
        time.sleep(0.5)
    else:
        sys.exit("the probe did not reach the SMTP server within 60 s")
    reply = (
        f"From: eng@vendor.example.com\r\nTo: tech@buyer.example.com\r\nSubject: Re: x\r\n"
        f"Message-ID: <ci-smoke-{probe['id']}@vendor.example.com>\r\nIn-Reply-To: {probe['message_id']}\r\n\r\n"
        "Set decodeMode to soft.\r\n"
    ).encode()
    stamp = str(int(time.time()))
    signature = hmac.new(secret.encode(), stamp.encode() + b"." + reply, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "message/rfc822", "X-Vendorscore-Timestamp": stamp, "X-Vendorscore-Signature": signature}
    result = call(f"{base}/api/inbound/email/", reply, headers)
    if not (result["matched"] and result["probe"] == probe["id"]):
        sys.exit(f"the signed reply was not matched: {result}")
    answered = call(f"{base}/api/probes/{probe['id']}/", headers=auth)
    print(f"signed reply matched; status {answered['status']}, first answer after {answered['response_minutes']} min")
    if answered["status"] != "answered":
        sys.exit("the probe is not answered")


if __name__ == "__main__":
    main(*sys.argv[1:4])
