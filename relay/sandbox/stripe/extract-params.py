#!/usr/bin/env python3
"""Writes stripe-params.json, the request shapes the Stripe simulator checks, from Stripe's OpenAPI spec.

Usage: extract-params.py [SPEC] [OUTPUT]
  SPEC    default ../shared/specs/stripe/spec3.2022-04-12.json (relative to the repository root)
  OUTPUT  default stripe-params.json next to this script

For every endpoint the simulator implements it records the allowed top-level parameters (form body for
POST, query string for GET/DELETE), the required ones, the types of the integer and boolean ones, and the
enums of the parameters the simulator checks (top-level string enums, plus the nested ones named in
NESTED_ENUMS). The spec is from 2022; OVERRIDES adds what PROVIDERS.md §1.5 says the current API has.
Standard library only; the output is sorted so that regenerating it gives no diff.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DEFAULT_SPEC = os.path.join(ROOT, "..", "shared", "specs", "stripe", "spec3.2022-04-12.json")
DEFAULT_OUTPUT = os.path.join(HERE, "stripe-params.json")

# "METHOD spec-path" -> the key the simulator uses (its own path template).
ENDPOINTS = {
    "post /v1/accounts": "POST /v1/accounts",
    "get /v1/accounts/{account}": "GET /v1/accounts/{id}",
    "post /v1/account_links": "POST /v1/account_links",
    "post /v1/checkout/sessions": "POST /v1/checkout/sessions",
    "get /v1/checkout/sessions/{session}": "GET /v1/checkout/sessions/{id}",
    "post /v1/checkout/sessions/{session}/expire": "POST /v1/checkout/sessions/{id}/expire",
    "get /v1/payment_intents/{intent}": "GET /v1/payment_intents/{id}",
    "post /v1/refunds": "POST /v1/refunds",
    "get /v1/refunds/{refund}": "GET /v1/refunds/{id}",
    "get /v1/subscriptions/{subscription_exposed_id}": "GET /v1/subscriptions/{id}",
    "post /v1/subscriptions/{subscription_exposed_id}": "POST /v1/subscriptions/{id}",
    "delete /v1/subscriptions/{subscription_exposed_id}": "DELETE /v1/subscriptions/{id}",
    "post /v1/billing_portal/sessions": "POST /v1/billing_portal/sessions",
    "get /v1/events": "GET /v1/events",
    "get /v1/events/{id}": "GET /v1/events/{id}",
}

# Nested parameters whose enums the simulator checks, as bracket paths ("[]" = any array index).
NESTED_ENUMS = {
    "POST /v1/checkout/sessions": [
        "line_items[][price_data][recurring][interval]",
        "payment_intent_data[capture_method]",
    ],
    "POST /v1/accounts": [],
}

# Facts newer than the 2022 spec (PROVIDERS.md §1.5, from current stripe-go param structs).
OVERRIDES = {
    "POST /v1/checkout/sessions": {
        # cancel_url has been optional since 2023 (and is not allowed with embedded ui modes).
        "not_required": ["cancel_url"],
        # ui_mode: current values, plus the older names the 2023-2025 API versions used.
        "params": ["ui_mode", "return_url"],
        "enums": {"ui_mode": ["custom", "elements", "embedded", "embedded_page", "form", "hosted", "hosted_page"]},
    },
    "DELETE /v1/subscriptions/{id}": {
        # cancellation_details[comment|feedback] (2023).
        "params": ["cancellation_details"],
    },
}


def resolve(spec, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def string_enum(schema):
    """The enum of a string parameter, also inside anyOf (ignoring the "" that means "unset")."""
    values = []
    for option in [schema] + list(schema.get("anyOf", [])):
        if option.get("type") == "string" and option.get("enum"):
            values += [value for value in option["enum"] if value != ""]
        elif option.get("type") not in (None, "string"):
            return []  # also takes an integer or an object (trial_end=now|<ts>): not a plain enum
    return sorted(set(values))


def scalar_type(schema):
    types = {option.get("type") for option in [schema] + list(schema.get("anyOf", []))}
    for kind in ("integer", "boolean"):
        if kind in types and not (types - {kind, None}):
            return kind
    return None


def nested(spec, schema, path):
    """The schema at a bracket path such as line_items[][price_data][currency]."""
    parts = path.replace("]", "").split("[")
    schema = resolve(spec, schema["properties"][parts[0]])
    for part in parts[1:]:
        if part == "":
            schema = resolve(spec, schema["items"])
        else:
            schema = resolve(spec, schema["properties"][part])
    return schema


def extract(spec):
    result = {}
    for spec_key, key in ENDPOINTS.items():
        method, path = spec_key.split(" ", 1)
        operation = spec["paths"][path][method]
        entry = {"params": [], "required": [], "types": {}, "enums": {}}
        body = operation.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded")
        schema = resolve(spec, body["schema"]) if body else {"properties": {}}
        properties = dict(schema.get("properties", {}))
        required = list(schema.get("required", []))
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query":
                properties[parameter["name"]] = parameter.get("schema", {})
                if parameter.get("required"):
                    required.append(parameter["name"])
        for name, prop in properties.items():
            prop = resolve(spec, prop)
            entry["params"].append(name)
            if scalar_type(prop):
                entry["types"][name] = scalar_type(prop)
            if string_enum(prop):
                entry["enums"][name] = string_enum(prop)
        entry["required"] = required
        for path_expr in NESTED_ENUMS.get(key, []):
            values = string_enum(nested(spec, schema, path_expr))
            if values:
                entry["enums"][path_expr] = values
        override = OVERRIDES.get(key, {})
        entry["params"] += override.get("params", [])
        entry["enums"].update(override.get("enums", {}))
        entry["required"] = [name for name in entry["required"] if name not in override.get("not_required", [])]
        entry["params"] = sorted(set(entry["params"]))
        entry["required"] = sorted(set(entry["required"]))
        result[key] = entry
    return result


def main():
    spec_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SPEC
    output_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    document = {
        "_comment": "Generated by extract-params.py from Stripe's OpenAPI spec; do not edit by hand.",
        "_spec_version": spec["info"]["version"],
        "endpoints": extract(spec),
    }
    with open(output_path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
