import { onOrBeforeWorkingDay } from '../domain/calendar.js';
import { visibleInspection } from '../app/access/inspectionAccess.js';
import { askForChange } from '../app/caseSample/askForChange.js';
import { currentCases } from '../app/caseSample/currentSample.js';
import { decideChange, outcomeSaid } from '../app/caseSample/decideChange.js';
import { recordCaseState } from '../app/caseSample/recordCaseState.js';
import { decideShortfall } from '../app/caseSample/decideShortfall.js';
import { redrawSample } from '../app/caseSample/redrawSample.js';
import { sampleCsv } from '../app/caseSample/sampleCsv.js';
import { readinessOf } from '../app/caseSample/sampleReadiness.js';
import { setSampleSize } from '../app/caseSample/setSampleSize.js';
import { setTeam } from '../app/caseSample/setTeam.js';
import { uploadLongList } from '../app/caseSample/uploadLongList.js';
import { viewSampleRead, type SampleView } from '../app/caseSample/viewSample.js';
import { sampleProgress } from '../app/caseSample/sampleProgress.js';
import { actsForRegion, canAnswer, canChange, leads, onTeam, type Principal } from '../domain/access.js';
import { CASE_STATES, mayMove, type CaseState } from '../domain/caseSample/caseTracking.js';
import { CHANGE_REQUEST_KINDS, decisionFits, EXCLUSION_GROUNDS } from '../domain/caseSample/changeRequests.js';
import { DEFAULT_SCHEDULE_SETTINGS } from '../domain/caseSample/interviewSchedule.js';
import { english, said, type Said } from '../domain/messages/said.js';
import { sayIn } from '../domain/messages/sayIn.js';
import { ukDateOf, addDays } from '../domain/localDate.js';
import { formatTimeOfDay } from '../domain/timeOfDay.js';
import type { CaseSampleRecord } from '../ports/caseSampleRecords.js';
import { regionById, type RegionId } from '../domain/regions.js';
import { ruleError, type FieldError } from '../domain/validation.js';
import { dateFrom, errorsFor, fields, fileProblems, ruleText } from './forms.js';
import type { Translator } from './i18n/translator.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { attachment, redirect, type WebRequest, type WebResponse } from './responses.js';

/** The most problems of a refused long-list the error summary lists; it says how many more. */
export const PROBLEMS_LISTED = 50;

const samplePath = (id: string) => `/inspections/${encodeURIComponent(id)}/sample`;

/** Whether this person changes the case sample: the administrator, or the inspection's lead. */
const managesSample = (principal: Principal, inspection: Parameters<typeof leads>[1]) =>
  principal.role === 'administrator' || leads(principal, inspection);

/** The states an inspector records (the others follow from the lead's decisions), in order. */
const RECORDABLE = CASE_STATES.filter((state) => state !== 'scheduled' && state !== 'excluded-and-replaced');

/** The states that may follow a case's state now: the record form's choices. */
export const nextStates = (state: CaseState): CaseState[] => RECORDABLE.filter((to) => mayMove(state, to).ok);

/** Whether this person records the sampled cases' progress: the lead, the team's assistant inspectors, the administrator. */
const recordsCases = (principal: Principal, inspection: Parameters<typeof leads>[1]) =>
  canChange(principal, inspection) || onTeam(principal, inspection);

/** The change-request form's fields as the use case's input: the request, and the reason for acting for the region. */
export function changeRequestFrom(values: Record<string, string>, crn: string): Record<string, unknown> {
  const kind = values.kind;
  const substitute = values.substituteName
    ? {
        name: values.substituteName,
        ...(values.substituteId?.includes('@')
          ? { email: values.substituteId }
          : values.substituteId
            ? { staffId: values.substituteId }
            : {}),
      }
    : undefined;
  const request = {
    ...(kind ? { kind } : {}),
    crn,
    ...(kind === 'move-interview' ? { date: dateFrom(values, 'date'), start: values.start } : {}),
    ...(kind === 'practitioner-cannot-attend' && substitute ? { substitute } : {}),
    ...(kind === 'exclude-case' ? { ground: values.ground } : {}),
    reason: values.reason,
  };
  return { request, ...(values.onBehalfReason ? { onBehalfReason: values.onBehalfReason } : {}) };
}

/** The change-request form's inputs, by the use case's field names. */
const REQUEST_IDS: Record<string, string> = {
  'request.crn': 'request-kind',
  'request.date': 'request-date-day',
  'request.substitute': 'request-substitute-name',
  'request.substitute.staffId': 'request-substitute-id',
  'request.substitute.email': 'request-substitute-id',
};

/** "Name, email" lines as people; a line that is not both is an error on the field, by line. */
export function peopleFrom(
  text: string,
  field: string,
): { people: { name: string; email: string }[]; errors: FieldError[] } {
  const people: { name: string; email: string }[] = [];
  const errors: FieldError[] = [];
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .forEach((line, index) => {
      if (line === '') return;
      const at = line.lastIndexOf(',');
      const name = at > 0 ? line.slice(0, at).trim() : '';
      const email = at > 0 ? line.slice(at + 1).trim() : '';
      if (!name || !email) {
        errors.push(
          ruleError(field, line, 'sample.team.line', { number: index + 1, rule: said('sample.team.person') }),
        );
      } else people.push({ name, email });
    });
  return { people, errors };
}

/** "staff id or email, YYYY-MM-DD[, YYYY-MM-DD …]" lines as each practitioner's unavailable days. */
export function unavailableFrom(text: string): {
  entries: { practitionerKey: string; dates: string[] }[];
  errors: FieldError[];
} {
  const byKey = new Map<string, string[]>();
  const errors: FieldError[] = [];
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .forEach((line, index) => {
      if (line === '') return;
      const [who = '', ...dates] = line.split(',').map((part) => part.trim());
      if (!who || dates.length === 0 || dates.some((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
        errors.push(
          ruleError('practitionerUnavailable', line, 'sample.team.line', {
            number: index + 1,
            rule: said('sample.team.unavailable'),
          }),
        );
        return;
      }
      const key = who.includes('@') ? `email:${who.toLowerCase()}` : `staff:${who}`;
      byKey.set(key, [...(byKey.get(key) ?? []), ...dates]);
    });
  return { entries: [...byKey].map(([practitionerKey, dates]) => ({ practitionerKey, dates })), errors };
}

/** The team's lines as the form shows them again. */
const linesOf = (people: readonly { name: string; email: string }[]) =>
  people.map((person) => `${person.name}, ${person.email}`).join('\n');

/**
 * The use case's errors on a person or a day, shown against the textarea they were typed in, by
 * line: the rule broken kept as the use case said it, to be worded in the page's language.
 */
const onTextarea = (errors: readonly FieldError[], t: Translator): FieldError[] =>
  errors.map((error) => {
    const [field = '', index] = error.field.split('.');
    // A rule about the whole field (Welsh assessors outside Wales) is not a value left out.
    if (index === undefined || !/^\d+$/.test(index)) return { ...error, value: error.value ?? field };
    const number = Number(index) + 1;
    if (error.said) {
      const line = said('sample.team.line', { number, rule: error.said });
      return { ...error, field, message: english(line), said: line };
    }
    return { ...error, field, message: t('sample.team.entry', { number, message: ruleText(error, t) }) };
  });

/** A use case's refusal as a field error on a form (when it named no field), worded as it said it. */
const refusalOn = (field: string, outcome: { message: string; said?: Said }, value?: unknown): FieldError => ({
  field,
  value,
  message: outcome.message,
  ...(outcome.said ? { said: outcome.said } : {}),
});

/** The case sample's pages: the sample, the long-list upload, the team, and the forms that change it. */
export function samplePages({ deps, page, problem, t }: PageKit) {
  /** For the inspection page: how far the case sample has got, for this person. */
  async function sampleStatus(
    principal: Principal,
    inspectionId: string,
  ): Promise<
    | {
        issued: boolean;
        ready: boolean;
        /** Why not, as catalogue entries (the page words them in its language). */
        reasons: Said[];
        manages: boolean;
        waiting: number;
        progress?: { inspected: number; sampled: number };
      }
    | undefined
  > {
    const inspection = await deps.timeline.getInspection(inspectionId);
    if (!inspection) return undefined;
    const record = await deps.caseSample.getSample(inspectionId);
    const readiness = readinessOf(record, inspection);
    const begun = ukDateOf(deps.clock.now()) >= inspection.fieldworkStart;
    return {
      issued: record?.issued !== undefined,
      ready: readiness.status === 'ready',
      reasons: principal.role === 'region' ? [] : readiness.said,
      manages: managesSample(principal, inspection),
      waiting: (record?.requests ?? []).filter((item) => !item.decision).length,
      ...(record?.issued && begun
        ? { progress: sampleProgress(record, inspection.fieldworkStart, deps.clock.now(), deps.calendar) }
        : {}),
    };
  }

  /** The region's requests as the page lists them, newest first, each with its status and what was asked. */
  function requestsOf(record: CaseSampleRecord | undefined, request: WebRequest) {
    return [...(record?.requests ?? [])].reverse().map((item) => ({
      ...item,
      status: item.decision?.decision ?? 'waiting',
      ...(item.request.kind === 'move-interview'
        ? { start: formatTimeOfDay(item.request.start, request.lang === 'cy' ? 'cy' : 'en') }
        : {}),
      fileReadFits: decisionFits(item.request.kind, 'approve-as-file-read'),
      ...(record && item.decision ? { outcomeSaid: outcomeSaid(record, item) } : {}),
    }));
  }

  async function samplePage(
    request: WebRequest,
    id: string,
    extra: Record<string, unknown> = {},
    status = 200,
  ): Promise<WebResponse> {
    const region = request.principal.role === 'region';
    const outcome = await attempt(() => viewSampleRead(deps, request.principal, id));
    if (!outcome.ok && region && outcome.status === 404) {
      // The region learns of its sample with the announcement: a page saying so, not a refusal.
      const seen = await attempt(() => visibleInspection(deps, request.principal, id));
      if (!seen.ok) return problem(request, seen);
      return page(request, 200, 'sample-not-issued.njk', { inspection: seen.value });
    }
    if (!outcome.ok) return problem(request, outcome);
    const { inspection, record, view } = outcome.value;
    const issued = record?.issued !== undefined;
    const manages = managesSample(request.principal, inspection);
    const begun = ukDateOf(deps.clock.now()) >= inspection.fieldworkStart;
    const records = issued && begun && recordsCases(request.principal, inspection);
    return page(request, status, 'sample.njk', {
      inspection,
      view,
      byPdu: byPdu(view),
      issued,
      issuedAt: record?.issued?.at,
      region,
      // The forms that change it: for the administrator and the lead, until the region is issued it.
      canManage: manages && !issued,
      seesWorkings: canChange(request.principal, inspection),
      // Once issued: the region asks for changes, the lead decides them, the team records each case.
      // Until week one's last working day: no link to a form that could only refuse.
      canAsk:
        issued &&
        canAnswer(request.principal, inspection) &&
        ukDateOf(deps.clock.now()) <= onOrBeforeWorkingDay(deps.calendar, addDays(inspection.fieldworkStart, 4)),
      decides: issued && leads(request.principal, inspection),
      requests: requestsOf(record, request),
      records,
      nextStates: records
        ? Object.fromEntries((view.sample?.cases ?? []).map((item) => [item.crn, nextStates(item.state)]))
        : {},
      progress:
        record?.issued && begun
          ? sampleProgress(record, inspection.fieldworkStart, deps.clock.now(), deps.calendar)
          : undefined,
      done: ['uploaded', 'team', 'decided', 'sized', 'redrawn', 'asked', 'changeDecided', 'recorded'].find(
        (what) => what === request.query.get('done'),
      ),
      values: {},
      ...extra,
    });
  }

  /** The sampled cases grouped by PDU, in the order drawn. */
  function byPdu(view: SampleView) {
    const groups = new Map<string, NonNullable<SampleView['sample']>['cases'][number][]>();
    for (const item of view.sample?.cases ?? []) groups.set(item.pdu, [...(groups.get(item.pdu) ?? []), item]);
    return [...groups].map(([pdu, cases]) => ({ pdu, cases }));
  }

  async function download(request: WebRequest, id: string): Promise<WebResponse> {
    const outcome = await attempt(() => sampleCsv(deps, request.principal, id));
    if (!outcome.ok) return problem(request, outcome);
    return attachment(outcome.value);
  }

  /** Whether the person may change the sample now; a refusal page if not. */
  async function managed(request: WebRequest, id: string) {
    const seen = await attempt(() => visibleInspection(deps, request.principal, id));
    if (!seen.ok) return { refusal: problem(request, seen) };
    if (!managesSample(request.principal, seen.value)) {
      return {
        refusal: problem(request, {
          status: 403,
          message: t(request)('sample.onlyManagers'),
        }),
      };
    }
    return { inspection: seen.value };
  }

  async function longListForm(
    request: WebRequest,
    id: string,
    refusal?: { message: string; said?: Said; errors: FieldError[] },
  ): Promise<WebResponse> {
    const { inspection, refusal: refused } = await managed(request, id);
    if (refused) return refused;
    const tr = t(request);
    const listed = fileProblems(refusal?.errors ?? [], tr, '#longList', PROBLEMS_LISTED);
    const more = (refusal?.errors.length ?? 0) - listed.length;
    return page(request, refusal ? 400 : 200, 'sample-long-list.njk', {
      inspection,
      errors: refusal
        ? {
            list: [
              ...listed,
              ...(more > 0 ? [{ text: tr('sample.upload.more', { count: more }), href: '#longList' }] : []),
            ],
            byField: { longList: { text: tr('sample.upload.notAccepted', { count: refusal.errors.length || 1 }) } },
          }
        : undefined,
      refusalMessage: refusal ? (refusal.said ? sayIn(refusal.said, tr.lang) : refusal.message) : undefined,
    });
  }

  async function upload(request: WebRequest, id: string): Promise<WebResponse> {
    const file = request.files?.longList;
    if (!file || file.bytes.length === 0) {
      return longListForm(request, id, {
        message: t(request)('sample.upload.choose'),
        errors: [
          {
            field: t(request)('sample.upload.theFile'),
            value: undefined,
            message: t(request)('sample.upload.chooseWhy'),
          },
        ],
      });
    }
    const outcome = await attempt(() =>
      uploadLongList(deps, request.principal, { inspectionId: id, csv: file.bytes.toString('utf8') }),
    );
    if (outcome.ok) return redirect(`${samplePath(id)}?done=uploaded`);
    if (outcome.status !== 400) return problem(request, outcome);
    return longListForm(request, id, {
      message: outcome.message,
      ...(outcome.said ? { said: outcome.said } : {}),
      errors: outcome.errors.length > 0 ? outcome.errors : [refusalOn('file', outcome)],
    });
  }

  async function teamForm(
    request: WebRequest,
    id: string,
    values?: Record<string, string>,
    errors?: FieldError[],
  ): Promise<WebResponse> {
    const { inspection, refusal } = await managed(request, id);
    if (refusal) return refusal;
    const record = await deps.caseSample.getSample(inspection.id);
    const team = record?.team;
    const given = values ?? {
      assistantInspectors: linesOf(team?.assistantInspectors ?? []),
      welshSpeakingAssessors: linesOf(team?.welshSpeakingAssessors ?? []),
      practitionerUnavailable: (team?.practitionerUnavailable ?? [])
        .map((entry) => `${entry.practitionerKey.replace(/^(staff|email):/, '')}, ${entry.dates.join(', ')}`)
        .join('\n'),
    };
    return page(request, errors ? 400 : 200, 'sample-team.njk', {
      inspection,
      values: given,
      wales: regionById(inspection.regionId as RegionId)?.country === 'Wales',
      issued: record?.issued !== undefined,
      errors: errors ? errorsFor(errors, {}, t(request)) : undefined,
    });
  }

  async function saveTeam(request: WebRequest, id: string): Promise<WebResponse> {
    const values = Object.fromEntries(request.form.entries());
    const assistants = peopleFrom(values.assistantInspectors ?? '', 'assistantInspectors');
    const welsh = peopleFrom(values.welshSpeakingAssessors ?? '', 'welshSpeakingAssessors');
    const unavailable = unavailableFrom(values.practitionerUnavailable ?? '');
    const typed = [...assistants.errors, ...welsh.errors, ...unavailable.errors];
    if (typed.length > 0) return teamForm(request, id, values, typed);
    const outcome = await attempt(() =>
      setTeam(deps, request.principal, {
        inspectionId: id,
        assistantInspectors: assistants.people,
        ...(welsh.people.length > 0 ? { welshSpeakingAssessors: welsh.people } : {}),
        ...(unavailable.entries.length > 0 ? { practitionerUnavailable: unavailable.entries } : {}),
      }),
    );
    if (outcome.ok) return redirect(`${samplePath(id)}?done=team`);
    if (outcome.status !== 400 || outcome.errors.length === 0) return problem(request, outcome);
    return teamForm(request, id, values, onTextarea(outcome.errors, t(request)));
  }

  /** A form on the sample page (a shortfall's decision, the size, drawing again): back to it, or it again with the errors. */
  async function change(
    request: WebRequest,
    id: string,
    work: (values: Record<string, string>) => Promise<unknown>,
    done: string,
    form: string,
    rename: Record<string, string> = {},
  ): Promise<WebResponse> {
    const values = fields(request.form);
    const outcome = await attempt(() => work(values));
    if (outcome.ok) return redirect(`${samplePath(id)}?done=${done}`);
    if (outcome.status !== 400) return problem(request, outcome);
    const errors = (outcome.errors.length > 0 ? outcome.errors : [refusalOn(form, outcome)]).map((error) => ({
      ...error,
      field: rename[error.field] ?? error.field,
    }));
    const ids = {
      shortfallId: form,
      decision: `${form}-decision`,
      note: `${form}-note`,
      decisionNote: `${form}-note`,
      perPdu: 'perPdu',
      inspectionId: form,
      requestId: form,
      crn: form,
      state: `${form}-state`,
    };
    return samplePage(request, id, { errors: errorsFor(errors, ids, t(request)), values, failed: form }, 400);
  }

  const decide = (request: WebRequest, id: string) => {
    const shortfallId = request.form.get('shortfallId') ?? '';
    const index = request.form.get('index') ?? '0';
    return change(
      request,
      id,
      (values) =>
        decideShortfall(deps, request.principal, {
          inspectionId: id,
          shortfallId,
          decision: values.decision,
          note: values.note,
        }),
      'decided',
      `shortfall-${index}`,
    );
  };

  const resize = (request: WebRequest, id: string) =>
    change(
      request,
      id,
      (values) => {
        const perPdu =
          values.perPdu === undefined ? undefined : /^\d+$/.test(values.perPdu) ? Number(values.perPdu) : values.perPdu;
        return setSampleSize(deps, request.principal, { inspectionId: id, perPdu });
      },
      'sized',
      'size',
    );

  const redraw = (request: WebRequest, id: string) =>
    change(request, id, () => redrawSample(deps, request.principal, { inspectionId: id }), 'redrawn', 'redraw');

  /** The region's form to ask for a change to a case (or an administrator's, for the region with a reason). */
  async function requestForm(
    request: WebRequest,
    id: string,
    values?: Record<string, string>,
    errors?: FieldError[],
  ): Promise<WebResponse> {
    const seen = await attempt(() => visibleInspection(deps, request.principal, id));
    if (!seen.ok) return problem(request, seen);
    const inspection = seen.value;
    const tr = t(request);
    if (!canAnswer(request.principal, inspection)) {
      return problem(request, { status: 403, message: tr('sample.request.onlyRegion') });
    }
    const record = await deps.caseSample.getSample(inspection.id);
    if (!record?.issued) return problem(request, { status: 400, message: tr('sample.request.notIssued') });
    const crn = (values?.crn ?? request.query.get('crn') ?? '').trim().toUpperCase();
    const item = currentCases(record).find((entry) => entry.crn === crn);
    if (!item) return problem(request, { status: 404, message: tr('sample.request.noCase') });
    return page(request, errors ? 400 : 200, 'sample-request.njk', {
      inspection,
      item,
      values: values ?? {},
      onBehalf: actsForRegion(request.principal, inspection),
      kinds: CHANGE_REQUEST_KINDS,
      grounds: EXCLUSION_GROUNDS,
      starts: DEFAULT_SCHEDULE_SETTINGS.slots.map((slot) => ({
        value: slot,
        text: formatTimeOfDay(slot, request.lang === 'cy' ? 'cy' : 'en'),
      })),
      errors: errors ? errorsFor(errors, REQUEST_IDS, tr) : undefined,
    });
  }

  async function ask(request: WebRequest, id: string): Promise<WebResponse> {
    const values = fields(request.form);
    const crn = values.crn ?? '';
    const outcome = await attempt(() =>
      askForChange(deps, request.principal, { inspectionId: id, ...changeRequestFrom(values, crn) }),
    );
    if (outcome.ok) return redirect(`${samplePath(id)}?done=asked#requests`);
    if (outcome.status !== 400) return problem(request, outcome);
    const errors =
      outcome.errors.length > 0
        ? outcome.errors
        : // A refusal of the whole request, not a field left out: said against what was asked.
          [refusalOn('request.kind', outcome, values.kind ?? crn)];
    return requestForm(request, id, values, errors);
  }

  const decideRequest = (request: WebRequest, id: string, requestId: string) => {
    const index = request.form.get('index') ?? '0';
    return change(
      request,
      id,
      (values) =>
        decideChange(deps, request.principal, {
          inspectionId: id,
          requestId,
          decision: values.decision,
          note: values.note,
        }),
      'changeDecided',
      `request-${index}`,
      // The lead's note says why they decided so, not what assured them (an alert's note).
      { note: 'decisionNote' },
    );
  };

  const recordState = (request: WebRequest, id: string, crn: string) =>
    change(
      request,
      id,
      (values) => recordCaseState(deps, request.principal, { inspectionId: id, crn, state: values.state }),
      'recorded',
      `case-${crn}`,
    );

  return {
    sampleStatus,
    samplePage,
    download,
    longListForm,
    upload,
    teamForm,
    saveTeam,
    decide,
    resize,
    redraw,
    requestForm,
    ask,
    decideRequest,
    recordState,
  };
}

export type SamplePages = ReturnType<typeof samplePages>;
