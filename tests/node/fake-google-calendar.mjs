// A fake Google Calendar API v3 on loopback, for the calendar adapter tests (tests/calendar). It
// follows the documented behaviour (../shared/specs/PROVIDERS.md §3.3): bearer auth, Google's error
// body shape, events.list paging with nextSyncToken on the last page only, incremental sync by
// syncToken with deleted events as {id, status: "cancelled"}, 410 fullSyncRequired for an
// invalidated token, If-Match → 412, Meet conferences created asynchronously (pending first) and only
// with conferenceDataVersion=1, freeBusy, delete → 204 then 410 "deleted".
//
// Only node's built-in modules: no npm install needed.
//
// Test controls under /_control (no auth):
//   POST   /_control/reset                         fresh state (two calendars, no events)
//   POST   /_control/access-tokens {tokens:[...]}  which bearer tokens are accepted
//   POST   /_control/faults {times, status, reason, message, retryAfter, rawBody}
//                                                  the next `times` API requests get this answer
//   POST   /_control/expire-sync-tokens            every sync token issued so far → 410
//   POST   /_control/calendars/:cal/events         insert "from outside" (as the user in Google)
//   PATCH  /_control/calendars/:cal/events/:id     change "from outside"
//   DELETE /_control/calendars/:cal/events/:id     delete "from outside"
//   GET    /_control/requests                      API requests seen: method, path, query, headers
//                                                  (Authorization reduced to whether it was accepted), body, status
//   DELETE /_control/requests                      forget them
//
// Prints "fake-google-calendar listening on 127.0.0.1:PORT" once it accepts requests.
import http from 'node:http';
import crypto from 'node:crypto';

const PRIMARY = 'practitioner@example.test';
const HOLIDAYS = 'en.german#holiday@group.v.calendar.google.com';

let state;
let requestLog = [];

function reset() {
  state = {
    sequence: 0,
    tokenEpoch: 0,
    accessTokens: new Set(['test-access-token']),
    faults: [],
    calendars: new Map([
      [PRIMARY, { id: PRIMARY, summary: 'Practice', timeZone: 'Europe/Berlin', accessRole: 'owner', primary: true, events: new Map() }],
      [HOLIDAYS, { id: HOLIDAYS, summary: 'Holidays in Germany', timeZone: 'Europe/Berlin', accessRole: 'reader', primary: false, events: new Map() }],
    ]),
  };
}
reset();

// ---- helpers -------------------------------------------------------------------------------------

function googleError(res, status, reason, message, extra = {}) {
  const body = {
    error: {
      errors: [{ domain: extra.domain ?? (status === 403 && reason.endsWith('RateLimitExceeded') ? 'usageLimits' : 'global'), reason, message, ...(extra.location ? { locationType: extra.locationType ?? 'parameter', location: extra.location } : {}) }],
      code: status,
      message,
    },
  };
  send(res, status, body, extra.headers ?? {});
}

function send(res, status, body, headers = {}) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.setHeader('Content-Type', typeof body === 'string' ? 'text/plain' : 'application/json; charset=UTF-8');
  res.end(text);
}

function nextSequence() {
  state.sequence += 1;
  return state.sequence;
}

// Ids like Google's: base32hex, lower case.
function newEventId() {
  const alphabet = '0123456789abcdefghijklmnopqrstuv';
  let id = '';
  for (const byte of crypto.randomBytes(26)) id += alphabet[byte % 32];
  return id;
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

// RFC 3339 with a mandatory offset (Google rejects timeMin without one).
function parseRfc3339(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

function instantOf(eventDateTime) {
  if (!eventDateTime) return null;
  if (eventDateTime.date) return Date.parse(`${eventDateTime.date}T00:00:00Z`);
  return parseRfc3339(eventDateTime.dateTime);
}

function touch(event) {
  event.sequenceNo = nextSequence();
  event.etag = `"${3181161784712000 + event.sequenceNo}"`;
  event.updated = new Date().toISOString();
}

function resource(event) {
  if (event.deleted) return { kind: 'calendar#event', etag: event.etag, id: event.id, status: 'cancelled' };
  const { sequenceNo, deleted, conferencePendingShown, ...visible } = event;
  return { kind: 'calendar#event', ...visible };
}

function conferenceCreateRequest(event, body, query) {
  // "Version 0 assumes no conference data support and ignores conference data in the event's body."
  if (query.get('conferenceDataVersion') !== '1' || !body.conferenceData?.createRequest) return;
  const request = body.conferenceData.createRequest;
  if (event.conferenceData) return; // a conference exists; same or new requestId changes nothing here
  event.conferenceData = {
    createRequest: { requestId: request.requestId, conferenceSolutionKey: request.conferenceSolutionKey, status: { statusCode: 'pending' } },
  };
}

// Conferences are "generated asynchronously": pending in the write's answer, ready on a later read.
function settleConferences() {
  for (const calendar of state.calendars.values()) {
    for (const event of calendar.events.values()) {
      const status = event.conferenceData?.createRequest?.status;
      if (status?.statusCode === 'pending' && event.conferencePendingShown) {
        const code = `${event.id.slice(0, 3)}-${event.id.slice(3, 7)}-${event.id.slice(7, 10)}`;
        status.statusCode = 'success';
        event.conferenceData.conferenceId = code;
        event.conferenceData.conferenceSolution = { key: { type: 'hangoutsMeet' }, name: 'Google Meet', iconUri: 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png' };
        event.conferenceData.entryPoints = [
          { entryPointType: 'video', uri: `https://meet.google.com/${code}`, label: `meet.google.com/${code}` },
          { entryPointType: 'more', uri: `https://tel.meet/${code}?pin=1234567890`, pin: '1234567890' },
        ];
        event.hangoutLink = `https://meet.google.com/${code}`;
        touch(event);
      }
    }
  }
}

function markConferencesShown() {
  for (const calendar of state.calendars.values()) {
    for (const event of calendar.events.values()) {
      if (event.conferenceData?.createRequest?.status?.statusCode === 'pending') event.conferencePendingShown = true;
    }
  }
}

function validateTimes(res, body, partial) {
  for (const key of ['start', 'end']) {
    if (body[key] === undefined) {
      if (partial) continue;
      googleError(res, 400, 'required', key === 'start' ? 'Missing start time.' : 'Missing end time.');
      return false;
    }
    const value = body[key];
    if (value.dateTime !== undefined && parseRfc3339(value.dateTime) === null && !value.timeZone) {
      googleError(res, 400, 'invalid', 'Invalid start time.');
      return false;
    }
  }
  return true;
}

function applyBody(event, body) {
  for (const key of ['summary', 'description', 'location', 'start', 'end', 'transparency', 'status', 'visibility', 'colorId']) {
    if (body[key] !== undefined) event[key] = body[key];
  }
  if (body.extendedProperties) {
    // Patch semantics: the maps are merged.
    event.extendedProperties = event.extendedProperties ?? {};
    for (const scope of ['private', 'shared']) {
      if (body.extendedProperties[scope]) event.extendedProperties[scope] = { ...(event.extendedProperties[scope] ?? {}), ...body.extendedProperties[scope] };
    }
  }
}

function insertEvent(calendar, body, query) {
  const id = body.id ?? newEventId();
  const event = {
    id,
    status: 'confirmed',
    htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
    created: new Date().toISOString(),
    iCalUID: `${id}@google.com`,
    sequence: 0,
    organizer: { email: calendar.id, self: true },
    creator: { email: calendar.id, self: true },
    reminders: { useDefault: true },
    eventType: 'default',
  };
  applyBody(event, body);
  conferenceCreateRequest(event, body, query);
  touch(event);
  calendar.events.set(id, event);
  return event;
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

// ---- API -----------------------------------------------------------------------------------------

function calendarFor(res, rawId) {
  const id = rawId === 'primary' ? PRIMARY : rawId;
  const calendar = state.calendars.get(id);
  if (!calendar) googleError(res, 404, 'notFound', 'Not Found');
  return calendar;
}

function listEvents(res, calendar, query) {
  const syncTokenText = query.get('syncToken');
  const maxResults = Math.min(Number.parseInt(query.get('maxResults') ?? '250', 10) || 250, 2500);
  if (syncTokenText !== null) {
    for (const forbidden of ['timeMin', 'timeMax', 'orderBy', 'q', 'iCalUID', 'updatedMin', 'privateExtendedProperty', 'sharedExtendedProperty']) {
      if (query.has(forbidden)) {
        googleError(res, 400, 'invalid', `Invalid parameter: syncToken cannot be combined with ${forbidden}`, { location: forbidden });
        return;
      }
    }
  }
  const pageToken = query.get('pageToken');
  let cursor;
  if (pageToken !== null) {
    cursor = unb64(pageToken);
    if (!cursor || cursor.calendar !== calendar.id) {
      googleError(res, 400, 'invalid', 'Invalid Value', { location: 'pageToken' });
      return;
    }
  } else {
    cursor = { calendar: calendar.id, offset: 0, snapshot: state.sequence, since: null };
    if (syncTokenText !== null) {
      const token = unb64(syncTokenText);
      if (!token || token.calendar !== calendar.id) {
        googleError(res, 400, 'invalid', 'Invalid sync token value.', { location: 'syncToken' });
        return;
      }
      if (token.epoch !== state.tokenEpoch) {
        googleError(res, 410, 'fullSyncRequired', 'Sync token is no longer valid, a full sync is required.');
        return;
      }
      cursor.since = token.sequence;
    }
  }
  let selected;
  if (cursor.since !== null) {
    // Incremental: everything changed since the token, deleted events included (as cancelled).
    selected = [...calendar.events.values()].filter((event) => event.sequenceNo > cursor.since);
    selected.sort((a, b) => a.sequenceNo - b.sequenceNo);
  } else {
    const timeMin = query.has('timeMin') ? parseRfc3339(query.get('timeMin')) : -Infinity;
    const timeMax = query.has('timeMax') ? parseRfc3339(query.get('timeMax')) : Infinity;
    if (timeMin === null || timeMax === null) {
      googleError(res, 400, 'badRequest', 'Bad Request', { location: timeMin === null ? 'timeMin' : 'timeMax' });
      return;
    }
    if (timeMin >= timeMax) {
      googleError(res, 400, 'timeRangeEmpty', 'The specified time range is empty.', { location: 'timeMax' });
      return;
    }
    const showDeleted = query.get('showDeleted') === 'true';
    // timeMin bounds the end (exclusive), timeMax bounds the start (exclusive).
    selected = [...calendar.events.values()].filter((event) => (showDeleted || (!event.deleted && event.status !== 'cancelled'))
      && (event.deleted || (instantOf(event.end) > timeMin && instantOf(event.start) < timeMax)));
    selected.sort((a, b) => (instantOf(a.start) ?? 0) - (instantOf(b.start) ?? 0) || a.id.localeCompare(b.id));
  }
  const page = selected.slice(cursor.offset, cursor.offset + maxResults);
  const body = {
    kind: 'calendar#events',
    etag: `"p${state.sequence}"`,
    summary: calendar.summary,
    updated: new Date().toISOString(),
    timeZone: calendar.timeZone,
    accessRole: calendar.accessRole,
    defaultReminders: [],
    items: page.map(resource),
  };
  if (cursor.offset + maxResults < selected.length) {
    body.nextPageToken = b64({ ...cursor, offset: cursor.offset + maxResults });
  } else {
    // The token remembers the state when the listing began, so changes made while paging come next time.
    body.nextSyncToken = b64({ calendar: calendar.id, epoch: state.tokenEpoch, sequence: cursor.snapshot });
  }
  markConferencesShown();
  send(res, 200, body);
}

function checkIfMatch(req, res, event) {
  const ifMatch = req.headers['if-match'];
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== event.etag) {
    googleError(res, 412, 'preconditionFailed', 'Precondition Failed', { locationType: 'header', location: 'If-Match' });
    return false;
  }
  return true;
}

function requireWriter(res, calendar) {
  if (calendar.accessRole === 'owner' || calendar.accessRole === 'writer') return true;
  googleError(res, 403, 'requiredAccessLevel', 'You need to have writer access to this calendar.');
  return false;
}

function parseJson(res, text) {
  if (text === '') return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  googleError(res, 400, 'parseError', 'Parse Error');
  return null;
}

function freeBusy(res, body) {
  const timeMin = parseRfc3339(body.timeMin);
  const timeMax = parseRfc3339(body.timeMax);
  if (timeMin === null || timeMax === null) {
    googleError(res, 400, 'badRequest', 'Bad Request', { location: timeMin === null ? 'timeMin' : 'timeMax' });
    return;
  }
  if (timeMin >= timeMax) {
    googleError(res, 400, 'timeRangeEmpty', 'The specified time range is empty.', { location: 'timeMax' });
    return;
  }
  const calendars = {};
  for (const { id } of body.items ?? []) {
    const calendar = state.calendars.get(id === 'primary' ? PRIMARY : id);
    if (!calendar) {
      calendars[id] = { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] };
      continue;
    }
    const intervals = [...calendar.events.values()]
      .filter((event) => !event.deleted && event.status !== 'cancelled' && event.transparency !== 'transparent')
      .map((event) => [Math.max(instantOf(event.start), timeMin), Math.min(instantOf(event.end), timeMax)])
      .filter(([start, end]) => start < end)
      .sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const interval of intervals) {
      if (merged.length && interval[0] <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], interval[1]);
      else merged.push([...interval]);
    }
    calendars[id] = { busy: merged.map(([start, end]) => ({ start: new Date(start).toISOString().replace('.000Z', 'Z'), end: new Date(end).toISOString().replace('.000Z', 'Z') })) };
  }
  send(res, 200, { kind: 'calendar#freeBusy', timeMin: body.timeMin, timeMax: body.timeMax, calendars });
}

async function api(req, res, url, text) {
  const parts = url.pathname.replace(/^\/calendar\/v3\//, '').split('/').filter(Boolean).map(decodeURIComponent);
  const query = url.searchParams;
  settleConferences();

  if (req.method === 'GET' && parts.join('/') === 'users/me/calendarList') {
    const items = [...state.calendars.values()].map((calendar) => ({
      kind: 'calendar#calendarListEntry',
      etag: `"c${calendar.id.length}"`,
      id: calendar.id,
      summary: calendar.summary,
      timeZone: calendar.timeZone,
      accessRole: calendar.accessRole,
      ...(calendar.primary ? { primary: true } : {}),
      conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
    }));
    send(res, 200, { kind: 'calendar#calendarList', etag: '"l1"', nextSyncToken: 'cl-sync', items });
    return;
  }
  if (req.method === 'POST' && parts.join('/') === 'freeBusy') {
    const body = parseJson(res, text);
    if (body) freeBusy(res, body);
    return;
  }
  if (parts[0] !== 'calendars' || parts[2] !== 'events' || parts.length > 4) {
    googleError(res, 404, 'notFound', 'Not Found');
    return;
  }
  const calendar = calendarFor(res, parts[1]);
  if (!calendar) return;
  const eventId = parts[3];
  if (eventId === undefined) {
    if (req.method === 'GET') {
      listEvents(res, calendar, query);
      return;
    }
    if (req.method === 'POST') {
      const body = parseJson(res, text);
      if (!body || !requireWriter(res, calendar) || !validateTimes(res, body, false)) return;
      if (instantOf(body.end) <= instantOf(body.start)) {
        googleError(res, 400, 'timeRangeEmpty', 'The specified time range is empty.');
        return;
      }
      if (body.id && calendar.events.has(body.id)) {
        googleError(res, 409, 'duplicate', 'The requested identifier already exists.');
        return;
      }
      const event = insertEvent(calendar, body, query);
      send(res, 200, resource(event));
      markConferencesShown();
      return;
    }
    googleError(res, 405, 'httpMethodNotAllowed', 'Method Not Allowed');
    return;
  }
  const event = calendar.events.get(eventId);
  if (!event) {
    googleError(res, 404, 'notFound', 'Not Found');
    return;
  }
  if (req.method === 'GET') {
    send(res, 200, resource(event));
    markConferencesShown();
    return;
  }
  if (req.method === 'PATCH' || req.method === 'PUT') {
    const body = parseJson(res, text);
    if (!body || !requireWriter(res, calendar)) return;
    if (event.deleted) {
      googleError(res, 410, 'deleted', 'Resource has been deleted');
      return;
    }
    if (!checkIfMatch(req, res, event) || !validateTimes(res, body, req.method === 'PATCH')) return;
    applyBody(event, body);
    conferenceCreateRequest(event, body, query);
    event.sequence += 1;
    touch(event);
    send(res, 200, resource(event));
    markConferencesShown();
    return;
  }
  if (req.method === 'DELETE') {
    if (!requireWriter(res, calendar)) return;
    if (event.deleted) {
      googleError(res, 410, 'deleted', 'Resource has been deleted');
      return;
    }
    if (!checkIfMatch(req, res, event)) return;
    event.deleted = true;
    touch(event);
    send(res, 204);
    return;
  }
  googleError(res, 405, 'httpMethodNotAllowed', 'Method Not Allowed');
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
    state.faults.push({ times: 1, status: 500, reason: 'backendError', message: 'Backend Error', ...body });
    return send(res, 200, { ok: true });
  }
  if (route === 'POST expire-sync-tokens') {
    state.tokenEpoch += 1;
    return send(res, 200, { ok: true });
  }
  if (route === 'GET requests') return send(res, 200, requestLog);
  if (route === 'DELETE requests') {
    requestLog = [];
    return send(res, 200, { ok: true });
  }
  if (parts[0] === 'calendars' && parts[2] === 'events') {
    const calendar = state.calendars.get(parts[1] === 'primary' ? PRIMARY : parts[1]);
    if (!calendar) return send(res, 404, { error: 'no such calendar' });
    if (req.method === 'POST' && parts.length === 3) {
      return send(res, 200, resource(insertEvent(calendar, body, new URLSearchParams())));
    }
    const event = calendar.events.get(parts[3]);
    if (!event || event.deleted) return send(res, 404, { error: 'no such event' });
    if (req.method === 'PATCH') {
      applyBody(event, body);
      event.sequence += 1;
      touch(event);
      return send(res, 200, resource(event));
    }
    if (req.method === 'DELETE') {
      event.deleted = true;
      touch(event);
      return send(res, 204);
    }
  }
  return send(res, 404, { error: `unknown control ${route}` });
}

// ---- server --------------------------------------------------------------------------------------

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
  };
  requestLog.push(entry);
  res.on('finish', () => { entry.status = res.statusCode; });

  if (!accepted) {
    googleError(res, 401, 'authError', 'Invalid Credentials', {
      locationType: 'header', location: 'Authorization',
      headers: { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
    });
    return;
  }
  const fault = state.faults[0];
  if (fault) {
    fault.times -= 1;
    if (fault.times <= 0) state.faults.shift();
    const headersOut = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
    if (fault.rawBody !== undefined) {
      send(res, fault.status, fault.rawBody, headersOut);
    } else {
      googleError(res, fault.status, fault.reason, fault.message, { headers: headersOut });
    }
    return;
  }
  try {
    await api(req, res, url, text);
  } catch (error) {
    process.stderr.write(`fake-google-calendar: ${error.stack}\n`);
    if (!res.headersSent) googleError(res, 500, 'backendError', 'Backend Error');
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`fake-google-calendar listening on 127.0.0.1:${port}\n`);
});

// The test kills the process; if the test itself dies, its end of our stdin closes: leave with it.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
