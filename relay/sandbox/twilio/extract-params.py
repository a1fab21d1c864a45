#!/usr/bin/env python3
"""Extracts what the Twilio simulator checks requests against from Twilio's published OpenAPI spec.

Reads twilio_api_v2010.json (twilio/twilio-oai spec/json, saved under ../shared/specs/twilio/) and writes
twilio-message-params.json next to this script: the form parameters of CreateMessage, the query
parameters of ListMessage, and the Message resource's fields and enums. The simulator embeds the
output at build time, so re-run this after updating the spec and commit both.

Usage: extract-params.py [SPEC] [OUTPUT]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.join(HERE, "..", "..", "..", "..", "shared", "specs", "twilio", "twilio_api_v2010.json")
DEFAULT_OUTPUT = os.path.join(HERE, "twilio-message-params.json")
MESSAGES_PATH = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
MESSAGE_SCHEMA = "api.v2010.account.message"


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = spec["components"]["schemas"][name]
    return node


def describe(spec, schema):
    schema = resolve(spec, schema)
    out = {"type": schema.get("type", "string")}
    for key in ("format", "pattern", "minLength", "maxLength", "minimum", "maximum", "enum"):
        if key in schema:
            out[key] = schema[key]
    if out["type"] == "array":
        out["items"] = describe(spec, schema.get("items", {}))
    return out


def main():
    spec_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SPEC
    output_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)

    path = spec["paths"][MESSAGES_PATH]
    create = path["post"]
    form = create["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    form = resolve(spec, form)
    required = sorted(form.get("required", []))
    params = {name: describe(spec, schema) for name, schema in sorted(form["properties"].items())}
    for name in required:
        params[name]["required"] = True

    listing = path["get"]
    query = sorted(p["name"] for p in listing.get("parameters", []) if p.get("in") == "query")

    message = spec["components"]["schemas"][MESSAGE_SCHEMA]
    fields = sorted(message["properties"].keys())
    status = resolve(spec, message["properties"]["status"])
    direction = resolve(spec, message["properties"]["direction"])
    page_fields = sorted(
        resolve(spec, listing["responses"]["200"]["content"]["application/json"]["schema"])["properties"].keys())

    result = {
        "source": "twilio/twilio-oai spec/json/twilio_api_v2010.json (info.version %s)" % spec["info"]["version"],
        "generator": "relay/sandbox/twilio/extract-params.py",
        "create_message": {
            "operation_id": create.get("operationId"),
            "required": required,
            "params": params,
        },
        "list_messages": {
            "operation_id": listing.get("operationId"),
            "query": query,
            "page_fields": page_fields,
        },
        "message": {
            "fields": fields,
            "status_enum": status["enum"],
            "direction_enum": direction["enum"],
        },
    }
    text = json.dumps(result, indent=2, sort_keys=True, ensure_ascii=True) + "\n"
    if "@" in text or ')json"' in text:
        sys.exit("extract-params.py: the output contains characters the embedding cannot carry")
    with open(output_path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s: %d CreateMessage params, %d message fields" % (output_path, len(params), len(fields)))


if __name__ == "__main__":
    main()
