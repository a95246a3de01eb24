"""The SSRF guard: refused addresses in every spelling, at save and at send, redirects included.

The send-time tests talk HTTP to a real server on loopback. To make a *public* name reach
it, the test resolver maps it to a documentation address (93.184.216.34 passes the guard)
and ``connect_to`` points that vetted address at the local server: the only thing faked is
the network path, never the guard's decision.
"""

from __future__ import annotations

import pytest

from evaluations.probes.tests.servers import http_server
from vendorscore import netguard

REFUSED = [
    "http://127.0.0.1/hook",
    "http://10.0.0.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://100.64.0.1/hook",
    "http://0.0.0.0/hook",
    "http://2130706433/hook",
    "http://0x7f000001/hook",
    "http://0177.0.0.1/hook",
    "http://127.1/hook",
    "http://192.168.1.10:8080/hook",
    "http://172.16.5.4/hook",
    "http://[fe80::1]/hook",
    "http://224.0.0.1/hook",
    "http://[::]/hook",
    "http://[64:ff9b::7f00:1]/hook",
    "https://[2002:7f00:1::]/hook",
]
PUBLIC_NAME = "hooks.vendor.example"
PUBLIC_ADDRESS = "93.184.216.34"


def public_resolver(host: str, port: int) -> list[str]:
    return [PUBLIC_ADDRESS] if host == PUBLIC_NAME else []


@pytest.mark.parametrize("url", REFUSED)
def test_refused_addresses_are_refused_when_saved(url):
    with pytest.raises(netguard.AddressRefused, match="public addresses"):
        netguard.check_url_on_save(url, allow_private=False)


@pytest.mark.parametrize("url", REFUSED)
def test_refused_addresses_are_refused_when_sending(url):
    with pytest.raises(netguard.AddressRefused):
        netguard.post(url, b"{}", {}, timeout=2, allow_private=False)


@pytest.mark.parametrize(
    "url", ["ftp://hooks.example.com/x", "file:///etc/passwd", "gopher://x", "http://", "http://a:99999/"]
)
def test_only_http_urls_with_a_host_and_a_valid_port_pass(url):
    with pytest.raises(netguard.AddressRefused):
        netguard.check_url_on_save(url, allow_private=False)


def test_a_name_that_resolves_to_a_private_address_is_refused_at_save_and_at_send():
    internal = lambda host, port: ["10.1.2.3"]  # noqa: E731
    with pytest.raises(netguard.AddressRefused, match=r"points to 10\.1\.2\.3"):
        netguard.check_url_on_save("https://intranet.example/hook", allow_private=False, resolve=internal)
    with pytest.raises(netguard.AddressRefused, match=r"points to 10\.1\.2\.3"):
        netguard.vet_url("https://intranet.example/hook", allow_private=False, resolve=internal)


def test_one_private_address_among_several_is_enough_to_refuse():
    mixed = lambda host, port: [PUBLIC_ADDRESS, "127.0.0.1"]  # noqa: E731  (DNS rebinding with two answers)
    with pytest.raises(netguard.AddressRefused):
        netguard.vet_url(f"https://{PUBLIC_NAME}/hook", allow_private=False, resolve=mixed)


def test_a_name_that_does_not_resolve_yet_is_accepted_at_save_and_fails_transiently_at_send():
    def nowhere(host, port):
        raise OSError("Name or service not known")

    netguard.check_url_on_save("https://not-yet.example/hook", allow_private=False, resolve=nowhere)
    with pytest.raises(ConnectionError):
        netguard.vet_url("https://not-yet.example/hook", allow_private=False, resolve=nowhere)


def test_public_addresses_pass():
    netguard.check_url_on_save("https://93.184.216.34/hook", allow_private=False)
    target = netguard.vet_url(f"https://{PUBLIC_NAME}:8443/x?y=1", allow_private=False, resolve=public_resolver)
    assert (target.address, target.port, target.path, target.host) == (PUBLIC_ADDRESS, 8443, "/x?y=1", PUBLIC_NAME)


def test_allow_private_lifts_the_rule_for_local_testing():
    netguard.check_url_on_save("http://127.0.0.1:9/hook", allow_private=True)
    assert netguard.vet_url("http://127.0.0.1:9/hook", allow_private=True).address == "127.0.0.1"


def test_a_post_reaches_the_vetted_address_with_the_original_host_header():
    with http_server() as server:
        server.script.append((201, b"created", {}))
        response = netguard.post(
            f"http://{PUBLIC_NAME}/hook?key=1",
            b'{"a": 1}',
            {"Content-Type": "application/json"},
            timeout=5,
            allow_private=False,
            resolve=public_resolver,
            connect_to=lambda target: ("127.0.0.1", server.port),
        )
        assert (response.status, response.body) == (201, "created")
        request = server.requests[0]
        assert (request.method, request.path, request.body) == ("POST", "/hook?key=1", b'{"a": 1}')
        assert request.headers["Host"] == PUBLIC_NAME


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:22/",
        "http://[::ffff:10.0.0.1]/",
        "http://2130706433/",
    ],
)
def test_a_redirect_to_a_refused_address_is_not_followed(location):
    with http_server() as server:
        server.script.append((302, b"", {"Location": location}))
        with pytest.raises(netguard.AddressRefused):
            netguard.post(
                f"http://{PUBLIC_NAME}/hook",
                b"{}",
                {},
                timeout=5,
                allow_private=False,
                resolve=public_resolver,
                connect_to=lambda target: ("127.0.0.1", server.port),
            )
        assert len(server.requests) == 1  # the redirect target was never contacted


def test_a_redirect_to_an_allowed_address_is_followed_with_the_method_its_status_asks():
    with http_server() as server:
        server.script.extend([(307, b"", {"Location": "/moved"}), (200, b"ok", {})])
        response = netguard.post(
            f"http://{PUBLIC_NAME}/hook",
            b"{}",
            {},
            timeout=5,
            allow_private=False,
            resolve=public_resolver,
            connect_to=lambda target: ("127.0.0.1", server.port),
        )
        assert response.status == 200
        assert [(r.method, r.path) for r in server.requests] == [("POST", "/hook"), ("POST", "/moved")]


def test_redirect_loops_stop():
    with http_server() as server:
        server.script.extend([(302, b"", {"Location": "/again"})] * 10)
        with pytest.raises(netguard.AddressRefused, match="redirects"):
            netguard.post(
                "http://127.0.0.1:1/", b"{}", {}, timeout=5, allow_private=True,
                connect_to=lambda target: ("127.0.0.1", server.port),
            )  # fmt: skip
        assert len(server.requests) == netguard.MAX_REDIRECTS + 1
