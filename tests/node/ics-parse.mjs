// Reads an .ics file with ical.js (Mozilla's parser, used by Thunderbird), an implementation
// independent of Clientele's, and prints its events as JSON for test_interchange_ics_parsers.
// Times are resolved with the file's own VTIMEZONEs only (ical.js has no zone database), so this
// also checks that the VTIMEZONEs Clientele writes are right.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const timezones = calendar.getAllSubcomponents('vtimezone');
for (const vtimezone of timezones) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}

function instant(time) {
  if (time.isDate) {
    return { date: time.toString() };
  }
  if (time.zone === ICAL.Timezone.localTimezone) {
    return { floating: time.toString() };
  }
  return { utc: time.toJSDate().toISOString().replace('.000Z', 'Z') };
}

const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const item = {
    uid: event.uid,
    summary: event.summary ?? '',
    description: event.description ?? '',
    location: event.location ?? '',
    status: component.getFirstPropertyValue('status') ?? '',
    start: instant(event.startDate),
    end: instant(event.endDate),
    tzid: component.getFirstProperty('dtstart').getParameter('tzid') ?? '',
  };
  const rrule = component.getFirstPropertyValue('rrule');
  if (rrule) {
    item.rrule = rrule.toString();
    // The first occurrences as ical.js expands them, EXDATEs applied.
    const iterator = event.iterator();
    const occurrences = [];
    for (let next = iterator.next(); next && occurrences.length < 20; next = iterator.next()) {
      occurrences.push(instant(next).utc);
    }
    item.occurrences = occurrences;
  }
  const exdates = component.getAllProperties('exdate').flatMap((p) => p.getValues());
  if (exdates.length > 0) {
    item.exdates = exdates.map((d) => instant(d).utc);
  }
  return item;
});

process.stdout.write(JSON.stringify({
  events,
  timezones: timezones.map((tz) => tz.getFirstPropertyValue('tzid')),
  version: calendar.getFirstPropertyValue('version'),
}, null, 1));
