// A fake Microsoft Graph v1.0 (Outlook calendars) on loopback, for the calendar adapter tests
// (tests/calendar). It follows the documented behaviour (../shared/specs/PROVIDERS.md §4.2–4.3):
// bearer auth with 401 InvalidAuthenticationToken, Graph's error body {"error":{"code","message",
// "innerError"}}, @odata.nextLink paging ($skiptoken) honouring Prefer: odata.maxpagesize,
// calendarView and calendarView/delta with recurring series expanded into occurrences,
// @odata.deltaLink ($deltatoken) state tokens, {"id","@removed":{"reason":"deleted"}} for deleted or
// moved-out events, 410 syncStateNotFound for an invalidated token, events with W/"…" etags and
// If-Match → 412, transactionId de-duplication of creates, isOnlineMeeting → onlineMeeting.joinUrl
// (Teams), getSchedule with availabilityView + scheduleItems and its 42-day limit, Prefer:
// outlook.timezone for the zone of answers. Times given in IANA or (a few) Windows zone names.
//
// Not verified against the live service: the exact error code of getSchedule's 42-day refusal
// (Graph documents the limit, not the code) and the occurrence id format (opaque in Graph).
//
// Only node's built-in modules: no npm install needed.
//
// Test controls under /_control (no auth):
//   POST   /_control/reset                          fresh state (three calendars, no events)
//   POST   /_control/access-tokens {tokens:[...]}   which bearer tokens are accepted (others → 401)
//   POST   /_control/faults {times, status, code, message, retryAfter, rawBody, method, commit}
//                                                   the next `times` API requests (with `method`, if
//                                                   given) get this answer; commit: true performs the
//                                                   request first and then answers with the fault
//                                                   (a lost answer)
//   POST   /_control/invalidate-delta-tokens        every $deltatoken issued so far → 410
//   POST   /_control/quirks {deltaIncludesSeriesMasters, mailboxSettingsStatus, scheduleItemsHidden,
//                         nextLinkBase}            departures from the plain case: series masters in
//                                                   delta pages, mailboxSettings refused, getSchedule
//                                                   with availabilityView only (as for a mailbox that
//                                                   shares free/busy but not details), nextLinks on
//                                                   another origin (a hostile or broken server)
//   GET    /_control/calendars/:cal/events          the stored events (masters, not occurrences)
//   POST   /_control/calendars/:cal/events          insert "from outside" (as the user in Outlook)
//   PATCH  /_control/calendars/:cal/events/:id      change "from outside"
//   DELETE /_control/calendars/:cal/events/:id      delete "from outside"
//   POST   /_control/calendars/:cal/events/:id/move {destination}  move to another calendar
//   GET    /_control/requests                       API requests seen: method, path, query, headers
//                                                   (Authorization reduced to whether it was
//                                                   accepted), body, status, at (ms since epoch)
//   DELETE /_control/requests                       forget them
//
// Prints "fake-microsoft-graph listening on 127.0.0.1:PORT" once it accepts requests.
import http from 'node:http';
import crypto from 'node:crypto';

const OWNER = { name: 'Pat Practitioner', address: 'practitioner@contoso.test' };
// Graph ids are long base64 strings; '=' and '-' make the adapter encode them.
const DEFAULT_ID = 'AAMkAGI2TGuLAAA=';
const ROOMS_ID = 'AAMkAGI2TGuLBBB=';
const HOLIDAYS_ID = 'AAMkAGI2TGuLCCC=';
const DAY = 86400000;

// Windows zone names the tests use, as Exchange writes them.
const WINDOWS_ZONES = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'GMT Standard Time': 'Europe/London',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Eastern Standard Time': 'America/New_York',
  UTC: 'UTC',
};

let state;
let requestLog = [];

function reset() {
  state = {
    sequence: 0,
    tokenEpoch: 0,
    accessTokens: new Set(['test-access-token']),
    faults: [],
    rounds: new Map(), // $skiptoken → paging state
    quirks: { deltaIncludesSeriesMasters: false, mailboxSettingsStatus: 200, scheduleItemsHidden: false, nextLinkBase: null },
    mailboxTimeZone: 'W. Europe Standard Time',
    calendars: new Map([
      [DEFAULT_ID, { id: DEFAULT_ID, name: 'Calendar', isDefaultCalendar: true, canEdit: true, events: new Map() }],
      [ROOMS_ID, { id: ROOMS_ID, name: 'Practice rooms', isDefaultCalendar: false, canEdit: true, events: new Map() }],
      [HOLIDAYS_ID, { id: HOLIDAYS_ID, name: 'United States holidays', isDefaultCalendar: false, canEdit: false, events: new Map() }],
    ]),
  };
}
reset();

// ---- helpers -------------------------------------------------------------------------------------

function send(res, status, body, headers = {}) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.setHeader('Content-Type', typeof body === 'string' ? 'text/plain' : 'application/json; odata.metadata=minimal; charset=utf-8');
  res.end(text);
}

function graphError(res, status, code, message, headers = {}) {
  send(res, status, {
    error: { code, message, innerError: { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': crypto.randomUUID(), 'client-request-id': crypto.randomUUID() } },
  }, headers);
}

function nextSequence() {
  state.sequence += 1;
  return state.sequence;
}

function b64(object) {
  return Buffer.from(JSON.stringify(object)).toString('base64url');
}

function unb64(text) {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

function newId(prefix = 'AAMkAGI2TGuLEv') {
  return prefix + crypto.randomBytes(24).toString('base64url');
}

function ianaZone(name) {
  if (name === undefined || name === null || name === '') return 'UTC';
  if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return null;
  }
}

// The offset of `zone` at instant `ms`, in ms.
function zoneOffset(ms, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(ms / 1000) * 1000;
}

// A wall time (ms as if UTC) in `zone` → the instant.
function wallToInstant(wallMs, zone) {
  const first = wallMs - zoneOffset(wallMs, zone);
  return wallMs - zoneOffset(first, zone);
}

// A dateTimeTimeZone → ms, or null. dateTime carries no offset ("2026-03-02T09:00:00[.0000000]").
function instantOf(dtz) {
  if (!dtz || typeof dtz.dateTime !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?$/.exec(dtz.dateTime);
  const zone = ianaZone(dtz.timeZone);
  if (!match || !zone) return null;
  const wall = Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +(match[6] ?? 0), +((match[7] ?? '0') + '00').slice(0, 3));
  return wallToInstant(wall, zone);
}

// ms → a dateTimeTimeZone in the zone named `zoneName` (Graph's form: seven fractional digits).
function dtzOf(ms, zoneName) {
  const zone = ianaZone(zoneName) ?? 'UTC';
  const wall = new Date(ms + zoneOffset(ms, zone)).toISOString().replace(/\.\d+Z$/, '.0000000');
  return { dateTime: wall, timeZone: zoneName || 'UTC' };
}

function isoStamp(ms) {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

function preferOf(req) {
  const prefer = {};
  for (const part of (req.headers.prefer ?? '').split(',')) {
    const match = /^\s*([\w.]+)\s*=\s*"?([^"]*)"?\s*$/.exec(part);
    if (match) prefer[match[1].toLowerCase()] = match[2];
  }
  return prefer;
}

function touch(event) {
  event.sequenceNo = nextSequence();
  event.changeKey = crypto.createHash('sha1').update(`${event.id}:${event.sequenceNo}`).digest('base64').slice(0, 22) + 'AA==';
  event.lastModified = Date.now();
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseJson(res, text) {
  if (text === '') return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  graphError(res, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  return null;
}

// ---- events --------------------------------------------------------------------------------------

function teamsMeeting() {
  const thread = crypto.randomBytes(16).toString('hex');
  return {
    joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant%22%7d`,
    conferenceId: String(crypto.randomInt(100000000, 999999999)),
    tollNumber: '+1 555-0100',
  };
}

function applyBody(event, body) {
  for (const key of ['subject', 'body', 'start', 'end', 'location', 'showAs', 'isAllDay', 'recurrence', 'isCancelled', 'importance', 'sensitivity', 'categories']) {
    if (body[key] !== undefined) event[key] = body[key];
  }
  if (body.start?.timeZone) event.originalStartTimeZone = body.start.timeZone;
  if (body.end?.timeZone) event.originalEndTimeZone = body.end.timeZone;
  if (body.isOnlineMeeting === true && !event.onlineMeeting) {
    event.isOnlineMeeting = true;
    event.onlineMeetingProvider = body.onlineMeetingProvider ?? 'teamsForBusiness';
    event.onlineMeeting = teamsMeeting();
  }
}

function validateEvent(res, event) {
  const start = instantOf(event.start);
  const end = instantOf(event.end);
  if (start === null || end === null) {
    graphError(res, 400, 'TimeZoneNotSupportedException', 'A valid TimeZone value must be specified. The following TimeZone value is not supported: ' + (event.start?.timeZone ?? ''));
    return false;
  }
  if (end < start) {
    graphError(res, 400, 'ErrorInvalidRequest', 'The end time of the event must be later than the start time.');
    return false;
  }
  return true;
}

function newEvent(calendar, body) {
  const id = newId();
  const event = {
    id,
    createdDateTime: Date.now(),
    iCalUId: '040000008200E00074C5B7101A82E0080000000' + crypto.randomBytes(16).toString('hex').toUpperCase(),
    subject: '',
    body: { contentType: 'text', content: '' },
    location: { displayName: '' },
    showAs: 'busy',
    isAllDay: false,
    isCancelled: false,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    transactionId: body.transactionId ?? null,
    recurrence: null,
    calendarId: calendar.id,
  };
  applyBody(event, body);
  touch(event);
  return event;
}

function bodyPreview(body) {
  const text = body?.contentType === 'html' ? String(body.content ?? '').replace(/<[^>]*>/g, ' ') : String(body?.content ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

// The resource as Graph renders it, times in `zone` (Prefer: outlook.timezone; UTC by default).
function render(event, zone, occurrence = null) {
  const startMs = occurrence ? occurrence.start : instantOf(event.start);
  const endMs = occurrence ? occurrence.end : instantOf(event.end);
  const type = occurrence ? (occurrence.master ? 'seriesMaster' : 'occurrence') : (event.recurrence ? 'seriesMaster' : 'singleInstance');
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    id: occurrence && !occurrence.master ? occurrence.id : event.id,
    createdDateTime: isoStamp(event.createdDateTime),
    lastModifiedDateTime: isoStamp(event.lastModified),
    changeKey: event.changeKey,
    categories: event.categories ?? [],
    transactionId: event.transactionId,
    originalStartTimeZone: event.originalStartTimeZone ?? 'UTC',
    originalEndTimeZone: event.originalEndTimeZone ?? 'UTC',
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: bodyPreview(event.body),
    importance: event.importance ?? 'normal',
    sensitivity: event.sensitivity ?? 'normal',
    isAllDay: event.isAllDay,
    isCancelled: event.isCancelled,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: occurrence && !occurrence.master ? event.id : null,
    showAs: event.showAs,
    type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    recurrence: type === 'seriesMaster' ? event.recurrence : null,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: event.body,
    start: dtzOf(startMs, zone),
    end: dtzOf(endMs, zone),
    location: { displayName: event.location?.displayName ?? '', locationType: 'default', uniqueIdType: 'unknown' },
    locations: event.location?.displayName ? [{ displayName: event.location.displayName, locationType: 'default' }] : [],
    attendees: [],
    organizer: { emailAddress: OWNER },
    onlineMeeting: event.onlineMeeting,
  };
}

// Occurrences of an event: one for a single instance; a daily/weekly series expanded up to `until`.
function instances(event, until) {
  const start = instantOf(event.start);
  const end = instantOf(event.end);
  if (!event.recurrence) return [{ id: event.id, start, end }];
  const { pattern = {}, range = {} } = event.recurrence;
  const zone = ianaZone(event.start.timeZone) ?? 'UTC';
  const wallStart = start + zoneOffset(start, zone);
  const duration = end - start;
  const firstDay = Math.floor(wallStart / DAY) * DAY;
  const timeOfDay = wallStart - firstDay;
  const interval = Math.max(1, pattern.interval ?? 1);
  const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const days = (pattern.daysOfWeek ?? [weekdays[new Date(firstDay).getUTCDay()]]).map((day) => weekdays.indexOf(day.toLowerCase()));
  const lastDay = range.type === 'endDate' ? Date.parse(`${range.endDate}T00:00:00Z`) : Infinity;
  const maxCount = range.type === 'numbered' ? range.numberOfOccurrences : Infinity;
  const result = [];
  for (let day = firstDay, index = 0; day <= lastDay && result.length < maxCount && index < 800; day += DAY, index += 1) {
    const matches = pattern.type === 'weekly'
      ? days.includes(new Date(day).getUTCDay()) && Math.floor(index / 7) % interval === 0
      : index % interval === 0;
    if (!matches) continue;
    const occurrenceStart = wallToInstant(day + timeOfDay, zone);
    if (occurrenceStart > until) break;
    const date = new Date(day).toISOString().slice(0, 10).replaceAll('-', '');
    result.push({ id: `${event.id}_OID_${date}`, start: occurrenceStart, end: occurrenceStart + duration });
  }
  return result;
}

// Everything of `calendar` overlapping [start, end): occurrences expanded, sorted by start.
function viewItems(calendar, start, end, zone, withMasters) {
  const items = [];
  for (const event of calendar.events.values()) {
    if (event.deleted) continue;
    const inWindow = instances(event, end).filter((occurrence) => occurrence.end > start && occurrence.start < end);
    for (const occurrence of inWindow) {
      items.push({ sortKey: occurrence.start, json: render(event, zone, event.recurrence ? occurrence : null) });
    }
    if (withMasters && event.recurrence && inWindow.length > 0) {
      items.push({ sortKey: instantOf(event.start), json: render(event, zone, { master: true, start: instantOf(event.start), end: instantOf(event.end) }) });
    }
  }
  items.sort((a, b) => a.sortKey - b.sortKey || a.json.id.localeCompare(b.json.id));
  return items.map((item) => item.json);
}

// ---- API -----------------------------------------------------------------------------------------

function baseUrl(req) {
  return `http://${req.headers.host}/v1.0`;
}

function pageSizeOf(req, query, fallback) {
  const prefer = Number.parseInt(preferOf(req)['odata.maxpagesize'] ?? '', 10);
  const top = Number.parseInt(query.get('$top') ?? '', 10);
  return Math.max(1, Math.min(prefer || top || fallback, 1000));
}

// Serves `items` a page at a time. A round lives under a $skiptoken; the last page carries
// `final` (e.g. the deltaLink) or nothing.
function servePage(req, res, round) {
  const page = round.items.slice(round.offset, round.offset + round.pageSize);
  const body = { '@odata.context': round.context, value: page };
  const headers = round.preferApplied ? { 'Preference-Applied': `odata.maxpagesize=${round.pageSize}` } : {};
  if (round.offset + round.pageSize < round.items.length) {
    const skiptoken = crypto.randomBytes(12).toString('base64url');
    state.rounds.set(skiptoken, { ...round, offset: round.offset + round.pageSize });
    const link = state.quirks.nextLinkBase ? round.link.replace(/^http:\/\/[^/]+\/v1\.0/, state.quirks.nextLinkBase) : round.link;
    body['@odata.nextLink'] = `${link}${link.includes('?') ? '&' : '?'}$skiptoken=${skiptoken}`;
  } else if (round.final) {
    Object.assign(body, round.final);
  }
  send(res, 200, body, headers);
}

function continueRound(req, res, query) {
  const round = state.rounds.get(query.get('$skiptoken'));
  if (!round) {
    graphError(res, 400, 'BadRequest', 'The skip token is not valid.');
    return;
  }
  state.rounds.delete(query.get('$skiptoken'));
  // The page size may be given again with each request; the round's own is kept otherwise.
  const prefer = Number.parseInt(preferOf(req)['odata.maxpagesize'] ?? '', 10);
  servePage(req, res, prefer ? { ...round, pageSize: prefer } : round);
}

function windowOf(res, query) {
  const start = Date.parse(query.get('startDateTime') ?? '');
  const end = Date.parse(query.get('endDateTime') ?? '');
  if (Number.isNaN(start) || Number.isNaN(end)) {
    graphError(res, 400, 'ErrorInvalidParameter', "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
    return null;
  }
  return { start, end };
}

function calendarView(req, res, calendar, query) {
  if (query.has('$skiptoken')) {
    continueRound(req, res, query);
    return;
  }
  const window = windowOf(res, query);
  if (!window) return;
  const zone = preferOf(req)['outlook.timezone'] ?? 'UTC';
  servePage(req, res, {
    items: viewItems(calendar, window.start, window.end, zone, false),
    offset: 0,
    pageSize: pageSizeOf(req, query, 10),
    preferApplied: Boolean(preferOf(req)['odata.maxpagesize']),
    link: `${baseUrl(req)}/me/calendars/${encodeURIComponent(calendar.id)}/calendarView`,
    context: `${baseUrl(req)}/$metadata#Collection(event)`,
  });
}

function delta(req, res, calendar, query) {
  if (query.has('$skiptoken')) {
    continueRound(req, res, query);
    return;
  }
  const zone = preferOf(req)['outlook.timezone'] ?? 'UTC';
  let token;
  let items;
  if (query.has('$deltatoken')) {
    token = unb64(query.get('$deltatoken'));
    if (!token || token.calendar !== calendar.id) {
      graphError(res, 400, 'BadRequest', 'The delta token is not valid.');
      return;
    }
    if (token.epoch !== state.tokenEpoch) {
      graphError(res, 410, 'syncStateNotFound', 'The sync state generation is not found. Resync required.');
      return;
    }
    // Everything changed since the token: what is in the window now, else "@removed".
    items = [];
    const changed = [...calendar.events.values()].filter((event) => event.sequenceNo > token.sequence).sort((a, b) => a.sequenceNo - b.sequenceNo);
    for (const event of changed) {
      const occurrences = instances(event, token.end);
      const inWindow = event.deleted ? [] : occurrences.filter((occurrence) => occurrence.end > token.start && occurrence.start < token.end);
      if (inWindow.length === 0) {
        const ids = event.recurrence ? occurrences.map((occurrence) => occurrence.id) : [event.id];
        for (const id of ids) items.push({ '@odata.type': '#microsoft.graph.event', id, '@removed': { reason: 'deleted' } });
        continue;
      }
      for (const occurrence of inWindow) items.push(render(event, zone, event.recurrence ? occurrence : null));
      if (state.quirks.deltaIncludesSeriesMasters && event.recurrence) {
        items.push(render(event, zone, { master: true, start: instantOf(event.start), end: instantOf(event.end) }));
      }
    }
  } else {
    const window = windowOf(res, query);
    if (!window) return;
    token = { calendar: calendar.id, start: window.start, end: window.end };
    items = viewItems(calendar, window.start, window.end, zone, state.quirks.deltaIncludesSeriesMasters);
  }
  // The new token remembers the state when the round began: changes made while paging come next time.
  const nextToken = b64({ calendar: calendar.id, start: token.start, end: token.end, epoch: state.tokenEpoch, sequence: state.sequence });
  const link = `${baseUrl(req)}/me/calendars/${encodeURIComponent(calendar.id)}/calendarView/delta`;
  servePage(req, res, {
    items,
    offset: 0,
    pageSize: pageSizeOf(req, query, 10),
    preferApplied: Boolean(preferOf(req)['odata.maxpagesize']),
    link,
    context: `${baseUrl(req)}/$metadata#Collection(event)`,
    final: { '@odata.deltaLink': `${link}?$deltatoken=${nextToken}` },
  });
}

const FREE_BUSY_DIGIT = { free: '0', tentative: '1', busy: '2', oof: '3', workingElsewhere: '4', unknown: '2' };
const FREE_BUSY_RANK = { free: 0, workingElsewhere: 1, tentative: 2, unknown: 3, busy: 3, oof: 4 };

function getSchedule(req, res, body) {
  const start = instantOf(body.startTime ?? body.StartTime);
  const end = instantOf(body.endTime ?? body.EndTime);
  const schedules = body.schedules ?? body.Schedules;
  const intervalMinutes = body.availabilityViewInterval ?? body.AvailabilityViewInterval ?? 30;
  if (start === null || end === null || !Array.isArray(schedules) || schedules.length === 0) {
    graphError(res, 400, 'ErrorInvalidParameter', 'Schedules, StartTime and EndTime are required.');
    return;
  }
  if (end <= start) {
    graphError(res, 400, 'ErrorInvalidParameter', 'The end time must be after the start time.');
    return;
  }
  if (end - start >= 42 * DAY) {
    graphError(res, 400, 'ErrorInvalidParameter', 'The requested time duration exceeds the 42 days limit.');
    return;
  }
  if (intervalMinutes < 5 || intervalMinutes > 1440) {
    graphError(res, 400, 'ErrorInvalidParameter', 'AvailabilityViewInterval must be between 5 and 1440.');
    return;
  }
  const zone = (body.startTime ?? body.StartTime).timeZone ?? 'UTC';
  const calendar = state.calendars.get(DEFAULT_ID);
  const value = schedules.map((address) => {
    if (String(address).toLowerCase() !== OWNER.address) {
      return { scheduleId: address, availabilityView: '', scheduleItems: [], workingHours: null,
        error: { message: `The SMTP address has no mailbox associated with it.`, responseCode: 'ErrorMailRecipientNotFound' } };
    }
    const busy = [];
    for (const event of calendar.events.values()) {
      if (event.deleted || event.isCancelled) continue;
      for (const occurrence of instances(event, end)) {
        if (occurrence.end > start && occurrence.start < end) busy.push({ event, ...occurrence });
      }
    }
    busy.sort((a, b) => a.start - b.start);
    let view = '';
    for (let slot = start; slot < end; slot += intervalMinutes * 60000) {
      const slotEnd = slot + intervalMinutes * 60000;
      let best = 'free';
      for (const item of busy) {
        if (item.end > slot && item.start < slotEnd && FREE_BUSY_RANK[item.event.showAs] > FREE_BUSY_RANK[best]) best = item.event.showAs;
      }
      view += FREE_BUSY_DIGIT[best];
    }
    if (state.quirks.scheduleItemsHidden) {
      return { scheduleId: address, availabilityView: view };
    }
    return {
      scheduleId: address,
      availabilityView: view,
      scheduleItems: busy.filter((item) => item.event.showAs !== 'free').map((item) => ({
        isPrivate: false, status: item.event.showAs, subject: item.event.subject, location: item.event.location?.displayName ?? '',
        isMeeting: false, isRecurring: Boolean(item.event.recurrence), isException: false, isReminderSet: true,
        start: dtzOf(item.start, zone), end: dtzOf(item.end, zone),
      })),
      workingHours: { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:00:00.0000000', endTime: '17:00:00.0000000',
        timeZone: { name: state.mailboxTimeZone } },
    };
  });
  send(res, 200, { '@odata.context': `${baseUrl(req)}/$metadata#Collection(microsoft.graph.scheduleInformation)`, value });
}

function checkIfMatch(req, res, event) {
  const ifMatch = req.headers['if-match'];
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== `W/"${event.changeKey}"`) {
    graphError(res, 412, 'ErrorIrresolvableConflict', 'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.');
    return false;
  }
  return true;
}

function requireEdit(res, calendar) {
  if (calendar.canEdit) return true;
  graphError(res, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  return false;
}

function renderCalendar(req, calendar) {
  return {
    '@odata.id': `${baseUrl(req)}/users('${OWNER.address}')/calendars('${calendar.id}')`,
    id: calendar.id,
    name: calendar.name,
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: calendar.isDefaultCalendar,
    changeKey: 'nfZyf7VcrEKLNoU37KWlkQAAA0x0+w==',
    canShare: calendar.canEdit,
    canViewPrivateItems: calendar.canEdit,
    canEdit: calendar.canEdit,
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: !calendar.isDefaultCalendar,
    owner: OWNER,
  };
}

async function api(req, res, url, text) {
  const parts = url.pathname.replace(/^\/v1\.0\//, '').split('/').filter(Boolean).map(decodeURIComponent);
  const query = url.searchParams;
  const zone = preferOf(req)['outlook.timezone'] ?? 'UTC';
  const route = parts.join('/');

  if (req.method === 'GET' && route === 'me') {
    send(res, 200, { id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd', displayName: OWNER.name, mail: OWNER.address, userPrincipalName: OWNER.address });
    return;
  }
  if (req.method === 'GET' && route === 'me/mailboxSettings') {
    if (state.quirks.mailboxSettingsStatus !== 200) {
      graphError(res, state.quirks.mailboxSettingsStatus, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      return;
    }
    send(res, 200, { timeZone: state.mailboxTimeZone, language: { locale: 'de-DE', displayName: 'German (Germany)' }, dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm' });
    return;
  }
  if (req.method === 'GET' && route === 'me/calendars') {
    if (query.has('$skiptoken')) {
      continueRound(req, res, query);
      return;
    }
    servePage(req, res, {
      items: [...state.calendars.values()].map((calendar) => renderCalendar(req, calendar)),
      offset: 0,
      pageSize: pageSizeOf(req, query, 10),
      preferApplied: Boolean(preferOf(req)['odata.maxpagesize']),
      link: `${baseUrl(req)}/me/calendars`,
      context: `${baseUrl(req)}/$metadata#users('${encodeURIComponent(OWNER.address)}')/calendars`,
    });
    return;
  }
  if (req.method === 'POST' && route === 'me/calendar/getSchedule') {
    const body = parseJson(res, text);
    if (body) getSchedule(req, res, body);
    return;
  }
  // me/calendar/…, me/events/…, me/calendarView/… address the default calendar.
  let rest;
  let calendar;
  if (parts[0] === 'me' && parts[1] === 'calendars' && parts.length >= 3) {
    calendar = state.calendars.get(parts[2]);
    rest = parts.slice(3);
  } else if (parts[0] === 'me' && parts[1] === 'calendar') {
    calendar = state.calendars.get(DEFAULT_ID);
    rest = parts.slice(2);
  } else if (parts[0] === 'me' && (parts[1] === 'events' || parts[1] === 'calendarView')) {
    calendar = state.calendars.get(DEFAULT_ID);
    rest = parts.slice(1);
  } else {
    graphError(res, 400, 'BadRequest', `Resource not found for the segment '${parts[1] ?? ''}'.`);
    return;
  }
  if (!calendar) {
    graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    return;
  }
  if (rest.length === 0 && req.method === 'GET') {
    send(res, 200, renderCalendar(req, calendar));
    return;
  }
  if (rest[0] === 'calendarView' && req.method === 'GET') {
    if (rest.length === 1) {
      calendarView(req, res, calendar, query);
      return;
    }
    if (rest.length === 2 && rest[1] === 'delta') {
      delta(req, res, calendar, query);
      return;
    }
  }
  if (rest[0] !== 'events' || rest.length > 2) {
    graphError(res, 400, 'BadRequest', 'Unsupported request.');
    return;
  }
  const eventId = rest[1];
  if (eventId === undefined) {
    if (req.method === 'POST') {
      const body = parseJson(res, text);
      if (!body || !requireEdit(res, calendar)) return;
      if (body.transactionId) {
        // "avoid redundant POST operations in case of client retries": the first event answers.
        const existing = [...calendar.events.values()].find((event) => !event.deleted && event.transactionId === body.transactionId);
        if (existing) {
          send(res, 201, render(existing, zone));
          return;
        }
      }
      const event = newEvent(calendar, body);
      if (!validateEvent(res, event)) return;
      calendar.events.set(event.id, event);
      send(res, 201, render(event, zone), { Location: `${baseUrl(req)}/me/events('${event.id}')` });
      return;
    }
    if (req.method === 'GET') {
      send(res, 200, { value: [...calendar.events.values()].filter((event) => !event.deleted).map((event) => render(event, zone)) });
      return;
    }
    graphError(res, 405, 'ErrorInvalidRequest', 'The OData request is not supported.');
    return;
  }
  const event = calendar.events.get(eventId);
  if (!event || event.deleted) {
    graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    return;
  }
  if (req.method === 'GET') {
    send(res, 200, render(event, zone));
    return;
  }
  if (req.method === 'PATCH') {
    const body = parseJson(res, text);
    if (!body || !requireEdit(res, calendar) || !checkIfMatch(req, res, event)) return;
    if (body.transactionId !== undefined && body.transactionId !== event.transactionId) {
      graphError(res, 400, 'ErrorInvalidRequest', 'The transactionId cannot be changed.');
      return;
    }
    const changed = { ...event };
    applyBody(changed, body);
    if (!validateEvent(res, changed)) return;
    Object.assign(event, changed);
    touch(event);
    send(res, 200, render(event, zone));
    return;
  }
  if (req.method === 'DELETE') {
    if (!requireEdit(res, calendar) || !checkIfMatch(req, res, event)) return;
    event.deleted = true;
    touch(event);
    send(res, 204);
    return;
  }
  graphError(res, 405, 'ErrorInvalidRequest', 'The OData request is not supported.');
}

// ---- controls ------------------------------------------------------------------------------------

function control(req, res, url, text) {
  const parts = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  const body = text ? JSON.parse(text) : {};
  const route = `${req.method} ${parts.join('/')}`;
  if (route === 'POST reset') {
    reset();
    requestLog = [];
    return send(res, 200, { ok: true });
  }
  if (route === 'POST access-tokens') {
    state.accessTokens = new Set(body.tokens);
    return send(res, 200, { ok: true });
  }
  if (route === 'POST faults') {
    state.faults.push({ times: 1, status: 503, code: 'ServiceUnavailable', message: 'Service Unavailable', ...body });
    return send(res, 200, { ok: true });
  }
  if (route === 'POST invalidate-delta-tokens') {
    state.tokenEpoch += 1;
    return send(res, 200, { ok: true });
  }
  if (route === 'POST quirks') {
    Object.assign(state.quirks, body);
    return send(res, 200, { ok: true });
  }
  if (route === 'GET requests') return send(res, 200, requestLog);
  if (route === 'DELETE requests') {
    requestLog = [];
    return send(res, 200, { ok: true });
  }
  if (parts[0] === 'calendars' && parts[2] === 'events') {
    const calendar = state.calendars.get(parts[1]);
    if (!calendar) return send(res, 404, { error: 'no such calendar' });
    if (parts.length === 3 && req.method === 'GET') {
      return send(res, 200, [...calendar.events.values()].filter((event) => !event.deleted).map((event) => render(event, 'UTC')));
    }
    if (parts.length === 3 && req.method === 'POST') {
      const event = newEvent(calendar, body);
      calendar.events.set(event.id, event);
      return send(res, 200, render(event, 'UTC'));
    }
    const event = calendar.events.get(parts[3]);
    if (!event || event.deleted) return send(res, 404, { error: 'no such event' });
    if (parts.length === 4 && req.method === 'PATCH') {
      applyBody(event, body);
      touch(event);
      return send(res, 200, render(event, 'UTC'));
    }
    if (parts.length === 4 && req.method === 'DELETE') {
      event.deleted = true;
      touch(event);
      return send(res, 204);
    }
    if (parts.length === 5 && parts[4] === 'move' && req.method === 'POST') {
      const destination = state.calendars.get(body.destination);
      if (!destination) return send(res, 404, { error: 'no such destination calendar' });
      // Outlook gives a moved item a new id in its new folder.
      event.deleted = true;
      touch(event);
      const moved = { ...event, id: newId(), deleted: false, calendarId: destination.id };
      touch(moved);
      destination.events.set(moved.id, moved);
      return send(res, 200, render(moved, 'UTC'));
    }
  }
  return send(res, 404, { error: `unknown control ${route}` });
}

// ---- server --------------------------------------------------------------------------------------

// A response that goes nowhere: a request performed for a fault with commit: true.
function nullResponse() {
  return { statusCode: 0, headersSent: false, setHeader() {}, end() {}, on() {} };
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const text = await readBody(req);
  if (url.pathname.startsWith('/_control/')) {
    try {
      control(req, res, url, text);
    } catch (error) {
      send(res, 400, { error: String(error) });
    }
    return;
  }
  const authorization = req.headers.authorization ?? '';
  const token = authorization.startsWith('Bearer ') ? authorization.slice(7) : null;
  const accepted = token !== null && state.accessTokens.has(token);
  const { authorization: _omitted, ...headers } = req.headers;
  let loggedBody = text;
  try {
    loggedBody = text ? JSON.parse(text) : null;
  } catch {
    // keep the raw text
  }
  const entry = {
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...headers, authorization: token === null ? 'missing' : (accepted ? 'Bearer (accepted)' : 'Bearer (rejected)') },
    tokenAccepted: accepted,
    body: loggedBody,
    at: Date.now(),
  };
  requestLog.push(entry);
  res.on('finish', () => { entry.status = res.statusCode; });

  if (!url.pathname.startsWith('/v1.0/')) {
    graphError(res, 400, 'BadRequest', 'Invalid version.');
    return;
  }
  if (!accepted) {
    graphError(res, 401, 'InvalidAuthenticationToken', token === null ? 'Access token is empty.' : 'Access token has expired or is not yet valid.', {
      'WWW-Authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    });
    return;
  }
  const faultIndex = state.faults.findIndex((fault) => fault.method === undefined || fault.method === req.method);
  if (faultIndex >= 0) {
    const fault = state.faults[faultIndex];
    fault.times -= 1;
    if (fault.times <= 0) state.faults.splice(faultIndex, 1);
    if (fault.commit) await api(req, nullResponse(), url, text);
    const headersOut = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
    if (fault.rawBody !== undefined) send(res, fault.status, fault.rawBody, headersOut);
    else graphError(res, fault.status, fault.code, fault.message, headersOut);
    return;
  }
  try {
    await api(req, res, url, text);
  } catch (error) {
    process.stderr.write(`fake-microsoft-graph: ${error.stack}\n`);
    if (!res.headersSent) graphError(res, 500, 'generalException', 'An unexpected error occurred.');
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`fake-microsoft-graph listening on 127.0.0.1:${port}\n`);
});

// The test kills the process; if the test itself dies, its end of our stdin closes: leave with it.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
