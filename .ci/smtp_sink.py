"""A local SMTP server for the CI smoke test: appends each message's Message-ID to a file."""

from __future__ import annotations

import email
import sys
import time
from email import policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, path: str):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with open(self.path, "a") as out:
            out.write(f"{message['Message-ID']}\n")
        return "250 2.0.0 OK"


if __name__ == "__main__":
    port, path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Sink(path), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        while True:
            time.sleep(1)
    finally:
        controller.stop()
