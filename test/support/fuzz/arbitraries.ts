import fc from 'fast-check';
import { MAX_ID_CHARS } from '../../../functions/domain/ids.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import { longListCsv, syntheticLongList } from '../../../functions/local/syntheticLongList.js';
import { parametersOf, TARGETS, type Target } from './targets.js';

/**
 * The HTTP fuzz's requests (issue 16: "input never reaches a 500"): any method, an address built
 * from a real route or page with its parameters fuzzed, a query string, a body and a caller. Each
 * request is a plain object of strings, so fast-check's counterexample reads as the request sent.
 */

export const CALLERS = [
  'administrator',
  'lead',
  'otherLead',
  'rpd',
  'spoc',
  'headOfProgramme',
  'nobody',
  'badToken',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface FuzzRequest {
  kind: Target['kind'];
  method: string;
  /** The path as sent: percent-encoded where the fuzz chose to encode. */
  path: string;
  /** The query string as sent, without `?`. */
  query: string;
  body: string | null;
  contentType?: string;
  who: Caller;
}

/** Where a page's form carries the caller's own CSRF token (each session has its own): put in as sent. */
export const CALLERS_CSRF = 'CSRF_OF_CALLER';

/** Values of the world the requests are sent to: the ids that exist, by parameter name. */
export type Known = Record<string, string>;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** An id as a person might mistype it, or as an attacker would send it. */
const strangeId = fc.oneof(
  fc.constantFrom('', '.', '..', '%2F', '%2e%2e', '%00', '%', '%E0%A4%A', ' ', '-', '_', 'null', 'undefined', '0'),
  fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/),
  fc.integer({ min: MAX_ID_CHARS - 2, max: 3000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 500, max: 1100 }).map((n) => 'ŵ'.repeat(n)),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** A path parameter: the real one most often (so the handlers behind the checks run), else a strange one. */
const idFor = (name: string, known: Known): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant(known[name] ?? `some-${name.toLowerCase()}`) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(known)) },
    { weight: 4, arbitrary: strangeId },
  );

/**
 * Text percent-encoded as a client sends it: a lone surrogate, which has no UTF-8, goes as the
 * bytes a careless encoder would write for it (a server decodes them to U+FFFD).
 */
const encoded = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\uD800-\uDFFF]/g, '%ED%A0%80').replace(/[^%]+/g, (part) => encodeURIComponent(part));
  }
};

/** A segment as sent: encoded as a browser encodes it, or raw (`..`, `%2F` and malformed escapes stay). */
const segment = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.boolean()).map(([id, raw]) => (raw ? id : encoded(id)));

/** A target's address with each parameter fuzzed, sometimes with a segment added or the end cut. */
const pathFor = (target: Target, known: Known): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.tuple(...parametersOf(target.path).map((name) => segment(idFor(name, known)))),
      fc.constantFrom('', '', '', '', '/', '/extra', '//', '/..', '?'),
    )
    .map(([ids, tail]) => {
      let index = 0;
      return `${target.path.replace(/\{\w+\}/g, () => ids[index++] as string)}${tail === '?' ? '' : tail}`;
    });

const QUERY_KEYS = [
  'from',
  'to',
  'limit',
  'page',
  'lang',
  'period',
  'region',
  'actor',
  'inspectionId',
  'open',
  'state',
  'turn',
  'returnTo',
  'back',
  'sort',
  'order',
  'key',
  'code',
  'crn',
  'due',
  'confirm',
  'recorded',
  'undone',
  'planned',
  'changed',
  'done',
  '__proto__',
  'constructor',
];

const dateLike = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2027-02-30', '2027-13-01', '2027-6-1', '+275760-09-13', '0000-00-00', '9999-12-31', 'soon'),
);

const queryValue = fc.oneof(
  dateLike,
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.constantFrom('true', 'false', 'cy', 'en', 'week', 'month', '', 'NaN', 'Infinity', '-1', '1e309', 'wales'),
  fc.constantFrom('https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)'),
  // A lone surrogate, a nul, a right-to-left override: text no person types, but a client may send.
  fc.constantFrom('\uD800', 'a\uDFFFb', '\u0000', '\u202Egnp.exe', '<script>x</script>'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer({ min: 200, max: 3000 }).map((n) => 'q'.repeat(n)),
);

/** A query string: known keys with odd values, random keys, repeated keys, malformed escapes. */
const queryString = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 })), queryValue), {
        maxLength: 4,
      })
      .map((pairs) => pairs.map(([k, v]) => `${encoded(k)}=${encoded(v)}`).join('&')),
  },
  { weight: 1, arbitrary: fc.constantFrom('%', '&&=&', '==', 'from=%E0%A4%A', 'a[b]=c', 'from&to', '%00=%00') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** A JSON value of any shape, kept small so a counterexample stays readable. */
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  queryValue,
  fc.constantFrom(1e308, -1, 0, 0.5, 2 ** 53, 10 ** 21, '', ' ', '__proto__', { __proto__: null }, [], {}),
);

/** Bodies shaped as the API's routes take them, to be mutated (the fields a use case reads). */
const API_BODIES = (known: Known): Record<string, unknown>[] => [
  {
    region: 'Wales',
    fieldworkStart: '2027-09-06',
    people: {
      lead: { name: 'Lin Lead', email: 'lin@officials.example' },
      isa: { name: 'Isa Admin', email: 'isa@officials.example' },
      rpd: { name: 'Ray Region', email: 'ray@region.example' },
      headOfProgramme: { name: 'Hana Head', email: 'head@officials.example' },
    },
    acknowledgeClashes: true,
  },
  { milestoneDates: { draftReportDue: '2027-07-08' }, confirmWarnings: true },
  { fieldworkStart: '2027-06-14' },
  { milestoneId: known.milestoneId, on: '2027-06-07' },
  { milestoneId: known.milestoneId, reason: 'Agreed with the region at the planning meeting' },
  { kind: 'done', on: '2027-06-07', reason: 'because', matter: 'a dispute' },
  { name: 'Ifan Admin', email: 'ifan@officials.example' },
  {
    inspectionId: known.inspectionId,
    type: 'individual',
    category: 'risk-of-harm-to-others',
    caseReference: 'CASE-0042',
    whatMightHappen: 'Contact could resume',
    howSerious: 'Serious harm is possible',
    howImminent: 'Within days',
    actionRequested: 'Review the plan',
  },
  { note: 'Seen', onBehalfReason: 'The SPOC asked by telephone', key: 'uploads/x/y/z.pdf' },
  { csv: 'region,fieldworkStart\nWales,2027-09-06\n', confirm: false, acknowledgeClashes: true },
  { assistantInspectors: [{ name: 'Ann Assistant', email: 'ann@officials.example' }], welshSpeakingAssessors: [] },
  { shortfallId: 'pdu-1', decision: 'accept', note: 'Fine' },
  { perPdu: 5 },
  { request: { kind: 'exclude-case', crn: 'X000000', ground: 'current-review', reason: 'A review began' } },
  { decision: 'approve', note: 'Agreed' },
  { state: 'interviewed' },
];

/** A body shaped right, with a field replaced, dropped or added. */
const mutated = (bodies: Record<string, unknown>[]) =>
  fc
    .tuple(fc.constantFrom(...bodies), fc.nat(), fc.constantFrom('replace', 'drop', 'add', 'nest', 'keep'), anyJson)
    .map(([body, pick, how, value]) => {
      const keys = Object.keys(body);
      const key = keys[pick % keys.length] ?? 'x';
      const inner = body[key];
      if (how === 'nest' && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
        // A field inside a field (a person's email, a milestone's date) given something else.
        const innerKeys = Object.keys(inner);
        const innerKey = innerKeys[pick % Math.max(1, innerKeys.length)] ?? 'x';
        return JSON.stringify({ ...body, [key]: { ...inner, [innerKey]: value } });
      }
      const kept = Object.entries(body).filter(([name]) => how !== 'drop' || name !== key);
      if (how === 'replace') kept.push([key, value]);
      if (how === 'add') kept.push([`extra${pick % 3}`, value]);
      return JSON.stringify(Object.fromEntries(kept));
    });

const FORM_FIELDS = [
  'acknowledgeClashes',
  'actionRequested',
  'assistantInspectors',
  'beforeFieldworkReason',
  'caseReference',
  'category',
  'confirm',
  'crn',
  'csv',
  'day',
  'decision',
  'email',
  'ground',
  'howImminent',
  'howSerious',
  'index',
  'key',
  'kind',
  'milestoneId',
  'month',
  'name',
  'note',
  'onBehalfReason',
  'perPdu',
  'period',
  'person',
  'practitionerUnavailable',
  'reason',
  'region',
  'shortfallId',
  'start',
  'state',
  'step',
  'substituteId',
  'substituteName',
  'summary',
  'type',
  'waiverReason',
  'welshSpeakingAssessors',
  'whatMightHappen',
  'year',
  'fieldworkStart',
  'milestoneDates[draftReportDue]',
];

/** A page's form: the session's token (usually), fields the pages read, values of any kind. */
const formBody = (known: Known) =>
  fc
    .tuple(
      fc.constantFrom(CALLERS_CSRF, CALLERS_CSRF, CALLERS_CSRF, CALLERS_CSRF, CALLERS_CSRF, 'forged', ''),
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...FORM_FIELDS), fc.string({ maxLength: 6 })),
          fc.oneof(queryValue, fc.constantFrom(...Object.values(known))),
        ),
        { maxLength: 6 },
      ),
    )
    .map(([csrf, fields]) => new URLSearchParams([['_csrf', csrf], ...fields]).toString());

const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/csv',
  'text/plain',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/xml',
];

/** The region's long-list as nDelius exports it, for Wales's fieldwork: the sample can be drawn from it. */
const WALES_LONG_LIST = longListCsv(
  syntheticLongList({ region: 'Wales', fieldworkStart: asLocalDate('2027-06-07'), rows: 300, seed: 16 }),
);

/** A body and its content type: shaped for the target, random JSON, or not JSON at all. */
const bodyFor = (target: Target, known: Known): fc.Arbitrary<{ body: string | null; contentType?: string }> => {
  const shaped =
    target.kind === 'page'
      ? formBody(known).map((body) => ({ body, contentType: 'application/x-www-form-urlencoded' }))
      : target.body === 'text/csv'
        ? fc.oneof(
            fc.constant({ body: WALES_LONG_LIST, contentType: 'text/csv' }),
            fc
              .tuple(fc.constantFrom(...WALES_LONG_LIST.split('\n').slice(0, 40)), fc.nat(20), queryValue)
              .map(([line, cell, value]) => ({
                // The real file with one cell of a line (its header's, perhaps) replaced.
                body: WALES_LONG_LIST.replace(
                  line,
                  line
                    .split(',')
                    .map((each, i) => (i === cell ? value : each))
                    .join(','),
                ),
                contentType: 'text/csv',
              })),
          )
        : mutated(API_BODIES(known)).map((body) => ({ body, contentType: 'application/json' }));
  const other = fc.record(
    {
      body: fc.oneof(
        anyJson.map((value) => JSON.stringify(value)),
        fc.string({ maxLength: 60 }),
        fc.constantFrom(
          '{',
          '[]',
          'null',
          '"x"',
          '{"a":',
          '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
        ),
        fc.constant(null),
      ),
      contentType: fc.constantFrom(...CONTENT_TYPES),
    },
    { requiredKeys: ['body'] },
  );
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: other });
};

/** One request aimed at `target`. */
const requestFor = (target: Target, known: Known): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      method: fc.oneof(
        { weight: 6, arbitrary: fc.constant(target.method) },
        { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
      ),
      path: pathFor(target, known),
      query: queryString,
      body: bodyFor(target, known),
      who: fc.constantFrom(...CALLERS),
    })
    .map(({ body, ...rest }) => ({
      kind: target.kind,
      ...rest,
      body: body.body,
      ...(body.contentType ? { contentType: body.contentType } : {}),
    }));

/** A request to any route or page, every one of them equally likely. */
export const fuzzRequest = (known: Known): fc.Arbitrary<FuzzRequest> =>
  fc.constantFrom(...TARGETS).chain((target) => requestFor(target, known));
