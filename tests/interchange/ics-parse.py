#!/usr/bin/python3
"""Reads an .ics file with python-icalendar (Debian's python3-icalendar), an implementation
independent of Clientele's, and prints its events as JSON for test_interchange_ics_parsers:
UIDs, texts, instants in UTC, all-day dates, recurrence rules and exclusions."""
import datetime
import json
import sys

import icalendar


def instant(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return {"floating": value.strftime("%Y-%m-%dT%H:%M:%S")}
        return {"utc": value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    return {"date": value.isoformat()}


def main():
    with open(sys.argv[1], "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        item = {
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "location": str(event.get("LOCATION", "")),
            "status": str(event.get("STATUS", "")),
            "start": instant(event.decoded("DTSTART")),
            "end": instant(event.decoded("DTEND")),
            "tzid": event["DTSTART"].params.get("TZID", ""),
        }
        if "RRULE" in event:
            item["rrule"] = event["RRULE"].to_ical().decode()
        exdates = event.get("EXDATE")
        if exdates is not None:
            if not isinstance(exdates, list):
                exdates = [exdates]
            item["exdates"] = [instant(d.dt)["utc"] for group in exdates for d in group.dts]
        events.append(item)
    timezones = [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")]
    json.dump({"events": events, "timezones": timezones, "version": str(calendar.get("VERSION"))},
              sys.stdout, ensure_ascii=False, indent=1)


main()
