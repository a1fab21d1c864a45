#!/usr/bin/python3
"""Reads an .eml file with Python's email package (an implementation independent of GMime and
libcurl) and prints what a mail program would see as JSON, for Clientele's email tests: decoded
headers and addresses, the tree of parts with their types, encodings, file names and decoded
content, every defect the parser found, and line-level facts about the raw bytes (CRLF, length,
7-bit)."""
import email
import email.policy
import email.utils
import hashlib
import json
import re
import sys


def addresses(header):
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def raw_header(raw, name):
    """A header as it was written (unfolded), to see that non-ASCII text went out as encoded words."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    for line in re.sub(r"\r\n[ \t]", " ", head).split("\r\n"):
        key, _, value = line.partition(":")
        if key.lower() == name.lower():
            return value.strip()
    return None


def structure(part):
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(), ",".join(structure(p) for p in part.iter_parts()))
    return part.get_content_type()


def leaves(message):
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        leaf = {
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", "7bit").lower(),
            "disposition": part.get_content_disposition(),
            "filename": part.get_filename(),
            "params": dict((k, str(v)) for k, v in part["Content-Type"].params.items()) if part["Content-Type"] else {},
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        }
        if part.get_content_maintype() == "text":
            leaf["text"] = part.get_content()
        yield leaf


def main():
    raw = open(sys.argv[1], "rb").read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for part in message.walk() for d in part.defects]
    lines = raw.split(b"\r\n")
    date = message["Date"]
    result = {
        "from": addresses(message["From"]),
        "to": addresses(message["To"]),
        "reply_to": addresses(message["Reply-To"]),
        "subject": str(message["Subject"]) if message["Subject"] is not None else None,
        "raw_subject": raw_header(raw, "Subject"),
        "raw_from": raw_header(raw, "From"),
        "message_id": str(message["Message-ID"]) if message["Message-ID"] else None,
        "date_utc": date.datetime.astimezone(email.utils.datetime.timezone.utc).isoformat() if date else None,
        "mime_version": str(message["MIME-Version"]) if message["MIME-Version"] else None,
        "auto_submitted": str(message["Auto-Submitted"]) if message["Auto-Submitted"] else None,
        "structure": structure(message),
        "parts": list(leaves(message)),
        "defects": defects,
        "crlf_only": b"\n" not in raw.replace(b"\r\n", b""),
        "seven_bit": all(b < 128 for b in raw),
        "longest_line": max(len(line) for line in lines),
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
