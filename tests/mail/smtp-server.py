#!/usr/bin/python3
"""A real SMTP server on loopback for Clientele's email tests: Debian's python3-aiosmtpd, with
STARTTLS or implicit TLS, AUTH PLAIN/LOGIN against a password and XOAUTH2/OAUTHBEARER against a
bearer token, and the ways real servers fail.

Every message accepted is saved as <dir>/NNNN.eml, byte for byte as it arrived, and every event
(sign-in, message, refusal) is appended to <dir>/events.jsonl. How the server behaves is read from
<dir>/behaviour at each step, so a test can change it between attempts:
  accept              take every message
  reject-sender       553 to MAIL FROM          tempfail-sender     451 to MAIL FROM
  reject-recipient    550 to RCPT TO            tempfail-recipient  450 to RCPT TO
  reject-data         554 after the message     tempfail-data       451 after the message
  hang-greeting       accept the connection but never greet
  hang-after-data     take the whole message, save it, never answer (the client cannot tell)
  drop-mid-data       close the connection after the first 64 KiB of the message
Prints "listening on 127.0.0.1:<port>" once ready; stops on SIGTERM or when stdin closes."""
import argparse
import asyncio
import base64
import json
import os
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

FOREVER = 3600


def on_tls(server):
    """After STARTTLS aiosmtpd sets session.ssl; on an implicit TLS connection only the transport knows."""
    return server.session.ssl is not None or (
        server.transport is not None and server.transport.get_extra_info("ssl_object") is not None)


class Recorder:
    def __init__(self, folder, default_behaviour):
        self.folder = folder
        self.default = default_behaviour
        self.count = 0
        self.lock = threading.Lock()

    def behaviour(self):
        try:
            with open(os.path.join(self.folder, "behaviour"), encoding="utf-8") as f:
                return f.read().strip() or self.default
        except FileNotFoundError:
            return self.default

    def event(self, **fields):
        with self.lock, open(os.path.join(self.folder, "events.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(fields) + "\n")

    def save(self, server, envelope, session):
        with self.lock:
            self.count += 1
            name = "%04d.eml" % self.count
            with open(os.path.join(self.folder, name), "wb") as f:
                f.write(envelope.original_content)
        self.event(event="message", file=name, mail_from=envelope.mail_from, rcpt_tos=envelope.rcpt_tos,
                   tls=on_tls(server), user=getattr(session, "clientele_user", None),
                   mechanism=getattr(session, "clientele_mechanism", None))


class Handler:
    def __init__(self, recorder):
        self.recorder = recorder

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        behaviour = self.recorder.behaviour()
        if behaviour == "reject-sender":
            self.recorder.event(event="refused", stage="sender", address=address)
            return "553 5.7.1 <%s>: Sender address rejected: not owned by user" % address
        if behaviour == "tempfail-sender":
            return "451 4.3.0 Mail server temporarily unavailable"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        behaviour = self.recorder.behaviour()
        if behaviour == "reject-recipient":
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if behaviour == "tempfail-recipient":
            return "450 4.2.0 <%s>: Recipient address rejected: Mailbox busy" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        behaviour = self.recorder.behaviour()
        if behaviour == "reject-data":
            self.recorder.event(event="refused", stage="data")
            return "554 5.6.0 Message content rejected"
        if behaviour == "tempfail-data":
            self.recorder.event(event="refused", stage="data-temporary")
            return "451 4.3.0 Queue file write error, try again later"
        self.recorder.save(server, envelope, session)
        if behaviour == "hang-after-data":
            await asyncio.sleep(FOREVER)
        return "250 2.0.0 Ok: queued"

    # Bearer mechanisms. Google's XOAUTH2: base64("user=" user ^A "auth=Bearer " token ^A ^A); a bad
    # token gets a 334 challenge carrying a JSON error, the client answers with an empty line, then 535
    # (specs/PROVIDERS.md §7.4).
    async def auth_XOAUTH2(self, server, args):
        return await self._bearer(server, args, "XOAUTH2")

    # RFC 7628: "n,a=" user "," ^A "host=" … ^A "port=" … ^A "auth=Bearer " token ^A ^A.
    async def auth_OAUTHBEARER(self, server, args):
        return await self._bearer(server, args, "OAUTHBEARER")

    async def _bearer(self, server, args, mechanism):
        if len(args) == 2:
            blob = base64.b64decode(args[1])
        else:
            blob = await server.challenge_auth("")
        fields = {}
        for item in blob.split(b"\x01"):
            if mechanism == "OAUTHBEARER" and item.startswith(b"n,"):
                item = item[2:].split(b",")[0]
                if item.startswith(b"a="):
                    fields["user"] = item[2:].decode()
                continue
            key, _, value = item.partition(b"=")
            if key:
                fields[key.decode()] = value.decode()
        user = fields.get("user", "")
        token = fields.get("auth", "").removeprefix("Bearer ")
        good = user == self.options.user and token == self.options.token
        self.recorder.event(event="auth", mechanism=mechanism, user=user, success=good,
                            tls=on_tls(server))
        if good:
            server.session.clientele_user = user
            server.session.clientele_mechanism = mechanism
            return AuthResult(success=True, auth_data=user)
        error = {"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"}
        if mechanism == "OAUTHBEARER":
            error = {"status": "invalid_token", "scope": "https://mail.google.com/"}
        await server.challenge_auth(json.dumps(error) + "\n")
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")


class Server(SMTP):
    """Behaviours aiosmtpd's hooks cannot express: silence at the greeting and a drop mid-DATA."""

    recorder = None

    async def _handle_client(self):
        if self.recorder.behaviour() == "hang-greeting":
            await asyncio.sleep(FOREVER)
            return
        await super()._handle_client()

    async def smtp_DATA(self, arg):
        if self.recorder.behaviour() != "drop-mid-data" or not self.envelope.rcpt_tos:
            return await super().smtp_DATA(arg)
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        received = 0
        while received < 64 * 1024:
            chunk = await self._reader.read(4096)
            if not chunk:
                break
            received += len(chunk)
        self.recorder.event(event="dropped", after_bytes=received)
        self.transport.close()


class ServerController(Controller):
    def __init__(self, recorder, **kwargs):
        self.recorder = recorder
        super().__init__(**kwargs)

    def factory(self):
        server = Server(self.handler, **self.SMTP_kwargs)
        server.recorder = self.recorder
        return server


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tls", choices=["starttls", "implicit", "none"], default="starttls")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--token", default="")
    parser.add_argument("--mechanisms", default="PLAIN,LOGIN",
                        help="advertised AUTH mechanisms, of PLAIN, LOGIN, XOAUTH2, OAUTHBEARER")
    parser.add_argument("--behaviour", default="accept")
    options = parser.parse_args()
    os.makedirs(options.dir, exist_ok=True)

    recorder = Recorder(options.dir, options.behaviour)
    handler = Handler(recorder)
    handler.options = options

    context = None
    if options.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(options.cert, options.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        good = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == options.user \
            and auth_data.password.decode() == options.password
        recorder.event(event="auth", mechanism=mechanism, user=auth_data.login.decode(), success=good,
                       tls=on_tls(server))
        if good:
            session.clientele_user = options.user
            session.clientele_mechanism = mechanism
        return AuthResult(success=good, handled=False)

    advertised = set(options.mechanisms.split(","))
    excluded = [m for m in ("PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER") if m not in advertised]
    kwargs = dict(handler=handler, hostname="127.0.0.1", port=free_port(), authenticator=authenticator,
                  auth_required=True, auth_exclude_mechanism=excluded, timeout=30)
    if options.tls == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    elif options.tls == "implicit":
        # aiosmtpd only offers AUTH after STARTTLS; here the whole connection is TLS already.
        kwargs.update(ssl_context=context, auth_require_tls=False)
    else:
        kwargs.update(auth_require_tls=False)
    controller = ServerController(recorder, **kwargs)
    controller.start()
    print("listening on 127.0.0.1:%d" % controller.port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
