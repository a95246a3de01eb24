"""Real servers for the probe tests: an SMTP server (aiosmtpd), an HTTP server, and Dovecot.

Each runs on 127.0.0.1 on a free port, for one test. They are real protocol peers: the
code under test talks SMTP, HTTP and IMAP to them over sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- SMTP ------------------------------------------------------------------------------------
class RecordingHandler:
    """Keeps every accepted message; ``script`` holds replies to give instead (e.g. "451 4.3.0 busy").

    ``data_delay`` holds back the reply to a message it has taken in, ``quit_delay`` the reply
    to QUIT, for that many seconds: a server that stops answering half way."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list = []
        self.script: deque[str] = deque()
        self.lock = threading.Lock()
        self.data_delay = 0.0
        self.quit_delay = 0.0

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.script:
                return self.script.popleft()
            self.envelopes.append(envelope)
            self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        return "250 2.0.0 OK queued"

    async def handle_QUIT(self, server, session, envelope):
        if self.quit_delay:
            await asyncio.sleep(self.quit_delay)
        return "221 Bye"


@dataclass
class SmtpServer:
    port: int
    handler: RecordingHandler
    controller: Controller

    @property
    def messages(self) -> list:
        return self.handler.messages

    def wait_for(self, count: int, timeout: float = 30) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.handler.messages) < count:
            time.sleep(0.05)
        return self.handler.messages


@contextlib.contextmanager
def smtp_server():
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer(port, handler, controller)
    finally:
        controller.stop()


# --- a peer that never answers ----------------------------------------------------------------
@contextlib.contextmanager
def silent_server():
    """Accepts TCP connections and never sends a byte nor closes them (yields its port):
    an SMTP server that never greets, a web server that never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        for connection in held:
            connection.close()
        listener.close()


# --- HTTP ------------------------------------------------------------------------------------
@dataclass
class Recorded:
    method: str
    path: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class HttpServer:
    port: int
    requests: list[Recorded] = field(default_factory=list)
    # Scripted answers, first in first out: (status, body, headers). Empty: 200 {"errcode": 0}.
    script: deque = field(default_factory=deque)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@contextlib.contextmanager
def http_server():
    state = HttpServer(free_port())

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            state.requests.append(Recorded(self.command, self.path, dict(self.headers), body))
            status, payload, headers = state.script.popleft() if state.script else (200, b'{"errcode":0}', {})
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_POST = do_GET = _answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", state.port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


# --- Dovecot -----------------------------------------------------------------------------------
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
MAIL_UID = 65534

CONFIG = """
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{base}/mail/%u
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {base}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={uid} home={base}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    port: int
    user: str
    password: str
    base: Path

    @property
    def url(self) -> str:
        return f"imap://{self.user}:{self.password}@127.0.0.1:{self.port}/INBOX"


def dovecot_available() -> bool:
    return os.path.exists(DOVECOT) and os.geteuid() == 0


@contextlib.contextmanager
def dovecot_server(user: str = "probes", password: str = "imap-test-pass"):
    """Dovecot with its own config in a temp dir (run as root, mail owned by uid 65534)."""
    base = Path(tempfile.mkdtemp(prefix="vs-dovecot-"))
    port = free_port()
    for sub in ("run", "state", "mail"):
        (base / sub).mkdir()
    os.chown(base / "mail", MAIL_UID, MAIL_UID)
    os.chmod(base, 0o755)  # noqa: S103  (dovecot's unprivileged processes must reach the mail dir)
    (base / "passwd").write_text(f"{user}:{password}::::::\n")
    config = base / "dovecot.conf"
    config.write_text(CONFIG.format(base=base, port=port, uid=MAIL_UID))
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(100).startswith(b"* OK"):
                    break
            if process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {process.stdout.read().decode(errors='replace')}")
            time.sleep(0.1)
        else:
            raise RuntimeError("dovecot did not start within 20 s")
        yield Dovecot(port, user, password, base)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(base, ignore_errors=True)


def append(server: Dovecot, raw: bytes, internaldate: float | None = None) -> None:
    """Deliver a message into the INBOX the way a mail server would (IMAP APPEND)."""
    import imaplib

    connection = imaplib.IMAP4("127.0.0.1", server.port)
    try:
        connection.login(server.user, server.password)
        stamp = imaplib.Time2Internaldate(internaldate or time.time())
        status, data = connection.append("INBOX", None, stamp, raw)
        assert status == "OK", data
    finally:
        connection.logout()


# --- Redis -------------------------------------------------------------------------------------
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def redis_available() -> bool:
    return os.path.exists(REDIS_SERVER)


class RedisServer:
    """A redis-server of our own on a free port, with no persistence: a test can stop it
    (SIGKILL: what it held is gone, as after a crash), hang it (SIGSTOP: connections are
    accepted by the kernel but never answered) and start it again on the same port.
    Never the shared Redis on 6379."""

    def __init__(self):
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix="vs-redis-"))
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        command = [
            REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(self.base), "--logfile", str(self.base / "redis.log"),
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(10).startswith(b"+PONG"):
                    return
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {(self.base / 'redis.log').read_text(errors='replace')}")
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start within 20 s")

    def kill(self) -> None:
        """Crash it: SIGKILL (a hung server too), and wait until it is gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def pause(self) -> None:
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)


@contextlib.contextmanager
def redis_server():
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.kill()
        shutil.rmtree(server.base, ignore_errors=True)
