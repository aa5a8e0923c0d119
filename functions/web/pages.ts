import type { Deps } from '../app/deps.js';
import { alertCapacity, canChange, canCreate, USER_ROLE_TITLES, type Principal } from '../domain/access.js';
import { PERSON_ACTIONS } from '../app/alerts.js';
import { actionsOpenTo, ALERT_CATEGORIES, ALERT_TYPES } from '../domain/alerts.js';
import { ukDateOf } from '../domain/localDate.js';
import { PHASES } from '../domain/milestones.js';
import { ROLE_TITLES, type PersonRole } from '../domain/people.js';
import { OVERVIEW_DEFAULTS, OVERVIEW_SORTS, sortSummaries, type OverviewSort } from '../domain/overview.js';
import { REGIONS } from '../domain/regions.js';
import type { FieldError } from '../domain/validation.js';
import { callRoute, routeNamed, type ApiOutcome, type InspectionRow, type InspectionView } from '../handlers/api.js';
import type { AlertRecord, InspectionRecord, NoticeRecord } from '../ports/records.js';
import { render } from './render.js';

/**
 * The pages (issue 6): server-rendered with GOV.UK Frontend and MoJ Frontend, working without
 * client-side JavaScript. Every page reads and writes through the HTTP API's routes, so a page
 * can show and do exactly what the API allows the person.
 */

export interface WebRequest {
  method: string;
  /** The path, e.g. `/inspections/wales-2027-03-15`. */
  path: string;
  query: URLSearchParams;
  /** A POSTed form. */
  form: URLSearchParams;
  principal: Principal;
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sent with every page (and, locally, every API answer). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  // GOV.UK's template sets `js-enabled` with one inline script, allowed by its hash; nothing else runs.
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

const html = (status: number, body: string): WebResponse => ({
  status,
  headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

const redirect = (location: string): WebResponse => ({
  status: 303,
  headers: { location, 'cache-control': 'no-store' },
  body: '',
});

/**
 * Field errors as GOV.UK's error summary lists them, each linking to the input to correct, and by
 * input for the messages beside them. `ids` maps a field to the input's id where they differ.
 */
function errorsFor(errors: FieldError[], ids: Record<string, string> = {}) {
  const idOf = (field: string) => {
    if (ids[field]) return ids[field];
    const parts = field.split('.');
    // A person missing altogether: their name is the first thing to fill in.
    if (parts[0] === 'people' && parts.length === 2) return `people-${parts[1]}-name`;
    return parts.join('-');
  };
  const byField: Record<string, { text: string }> = {};
  for (const error of errors) byField[idOf(error.field)] ??= { text: sentence(error) };
  return {
    list: errors.map((error) => ({ text: sentence(error), href: `#${idOf(error.field)}` })),
    byField,
  };
}

const LABELS: Record<string, string> = {
  region: 'Region',
  fieldworkStart: 'First day of fieldwork',
  milestoneDates: 'Milestone date',
  caseReference: 'Case reference',
  whatMightHappen: 'What might happen',
  howSerious: 'How serious it is',
  howImminent: 'How imminent it is',
  actionRequested: 'What the region is asked to do',
  summary: 'What was done',
  reason: 'Reason',
  type: 'Type of alert',
  category: 'Category',
  expectedDueDate: 'The date you saw',
};

/** What to say when a field was left out, where "Enter …" does not read well. */
const MISSING: Record<string, string> = {
  region: 'Select a region',
  fieldworkStart: 'Enter the first day of fieldwork',
  type: 'Select the type of alert',
  category: 'Select a category',
  summary: 'Say what was done, and where the evidence is',
  reason: 'Say why the alert is withdrawn',
};

/** An error as GOV.UK writes one: what to do, in plain words, naming the field. */
function sentence(error: FieldError): string {
  const parts = error.field.split('.');
  const role = parts[0] === 'people' ? ROLE_TITLES[parts[1] as PersonRole] : undefined;
  // zod's wording for a value not given at all.
  const missing = error.value === undefined || error.value === '' || /^Invalid input|^Required/.test(error.message);
  let text: string;
  if (role && parts.length === 2) text = `Enter the ${role}’s name and work email address`;
  else if (role && parts[2] === 'email')
    text = missing ? `Enter the ${role}’s work email address` : `The ${role}’s email address ${error.message}`;
  else if (role) text = missing ? `Enter the ${role}’s name` : `The ${role}’s name ${error.message}`;
  else if (missing) text = MISSING[error.field] ?? `Enter ${(LABELS[error.field] ?? error.field).toLowerCase()}`;
  else text = `${LABELS[error.field] ?? LABELS[parts[0] ?? ''] ?? error.field} ${error.message}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A GOV.UK date input's day, month and year as YYYY-MM-DD; undefined if all are empty. */
function dateFrom(values: Record<string, string>, name: string): string | undefined {
  const [day = '', month = '', year = ''] = ['day', 'month', 'year'].map((part) => values[`${name}-${part}`] ?? '');
  return day || month || year ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** A date as a GOV.UK date input's fields. */
function dateFields(name: string, date: string): Record<string, string> {
  const [year = '', month = '', day = ''] = date.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
}

/** Form fields, dropping those left empty (an empty field is a field not given). */
function fields(form: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}

export function webPages(deps: Deps, options: { signOutUrl?: string; localOnly?: boolean } = {}) {
  const page = (request: WebRequest, status: number, view: string, context: Record<string, unknown>) =>
    html(
      status,
      render(view, {
        ...context,
        user: request.principal,
        userRole: USER_ROLE_TITLES[request.principal.role],
        roleTitles: ROLE_TITLES,
        signOutUrl: options.signOutUrl,
        localOnly: options.localOnly,
        path: request.path,
      }),
    );
  const problem = (request: WebRequest, outcome: Exclude<ApiOutcome, { status: 200 }>) => {
    const titles: Record<number, string> = {
      400: 'There is a problem',
      403: 'You do not have access to this page',
      404: 'Page not found',
    };
    return page(request, outcome.status, 'problem.njk', {
      title: titles[outcome.status] ?? 'There is a problem',
      message: outcome.message,
    });
  };
  const api = (name: string, request: WebRequest, input: Record<string, unknown>) =>
    callRoute(deps, routeNamed(name), request.principal, input);
  const json = <T>(outcome: ApiOutcome & { status: 200 }) => (outcome.result as { json: T }).json;

  async function overview(request: WebRequest): Promise<WebResponse> {
    const outcome = await api('listInspections', request, {});
    if (outcome.status !== 200) return problem(request, outcome);
    const sortParam = request.query.get('sort') ?? 'fieldwork';
    const sort: OverviewSort = (OVERVIEW_SORTS as readonly string[]).includes(sortParam)
      ? (sortParam as OverviewSort)
      : 'fieldwork';
    const direction = request.query.get('order') === 'descending' ? 'descending' : 'ascending';
    const dueOnly = request.query.get('due') === String(OVERVIEW_DEFAULTS.dueWindowDays);
    const all = json<InspectionRow[]>(outcome);
    const rows = sortSummaries(
      all.filter((row) => !dueOnly || row.summary.dueWithin),
      sort,
      direction,
    );
    return page(request, 200, 'overview.njk', {
      rows,
      total: all.length,
      sort,
      direction,
      dueOnly,
      dueWindowDays: OVERVIEW_DEFAULTS.dueWindowDays,
      today: ukDateOf(deps.clock.now()),
      canCreate: canCreate(request.principal),
    });
  }

  async function inspectionPage(request: WebRequest, id: string, extra: Record<string, unknown> = {}, status = 200) {
    const [outcome, notices] = await Promise.all([
      api('getInspection', request, { inspectionId: id }),
      api('listNotices', request, { inspectionId: id }),
    ]);
    if (outcome.status !== 200) return problem(request, outcome);
    const view = json<InspectionView>(outcome);
    const phases = PHASES.map((phase) => ({
      phase,
      milestones: view.milestones.filter((m) => m.phase === phase),
    }));
    return page(request, status, 'inspection.njk', {
      view,
      phases,
      notices: notices.status === 200 ? json<NoticeRecord[]>(notices) : [],
      canChange: canChange(request.principal, view.inspection),
      canRaise: alertCapacity(request.principal, view.inspection, 'raise') !== undefined,
      recorded: recordedNote(request.query.get('recorded'), view),
      ...extra,
    });
  }

  /** The success banner after a redirect: only for what the page itself redirected with. */
  function recordedNote(recorded: string | null, view: InspectionView): string | undefined {
    if (recorded === 'rescheduled') return 'The dates were changed and everyone was told.';
    const milestone = view.milestones.find((m) => m.id === recorded);
    return milestone ? `Recorded: ${milestone.title} (${milestone.status.replace('-', ' ')}).` : undefined;
  }

  async function recordCompletion(request: WebRequest, id: string) {
    const input = fields(request.form);
    const outcome = await api('recordCompletion', request, { ...input, inspectionId: id });
    if (outcome.status === 200)
      return redirect(`/inspections/${encodeURIComponent(id)}?recorded=${input.milestoneId ?? ''}`);
    if (outcome.status !== 400) return problem(request, outcome);
    // The form is a button on the milestone's row: the error links there.
    const row = `complete-${input.milestoneId ?? ''}`;
    return inspectionPage(
      request,
      id,
      { errors: errorsFor(outcome.errors, { milestoneId: row, expectedDueDate: row, at: row }) },
      400,
    );
  }

  function newInspectionForm(request: WebRequest, values: Record<string, string> = {}, errors?: FieldError[]) {
    if (!canCreate(request.principal)) {
      return problem(request, {
        status: 403,
        message: 'only administrators and Heads of Programme plan inspections',
        errors: [],
      });
    }
    return page(request, errors ? 400 : 200, 'new-inspection.njk', {
      values,
      regions: REGIONS,
      errors: errors ? errorsFor(errors, { fieldworkStart: 'fieldworkStart-day' }) : undefined,
    });
  }

  async function createInspection(request: WebRequest) {
    const values = fields(request.form);
    const person = (role: string) =>
      values[`${role}Name`] || values[`${role}Email`]
        ? { name: values[`${role}Name`] ?? '', email: values[`${role}Email`] ?? '' }
        : undefined;
    const fieldworkStart = dateFrom(values, 'fieldworkStart');
    const people = Object.fromEntries(
      ['lead', 'deputyLead', 'isa', 'rpd', 'spoc', 'headOfProgramme']
        .map((role) => [role, person(role)])
        .filter(([, p]) => p !== undefined),
    );
    const outcome = await api('startInspection', request, {
      ...(values.region ? { region: values.region } : {}),
      ...(fieldworkStart ? { fieldworkStart } : {}),
      people,
    });
    if (outcome.status === 200) {
      const created = json<{ inspection: { id: string } }>(outcome);
      return redirect(`/inspections/${encodeURIComponent(created.inspection.id)}`);
    }
    if (outcome.status !== 400) return problem(request, outcome);
    return newInspectionForm(request, values, outcome.errors);
  }

  async function rescheduleForm(
    request: WebRequest,
    id: string,
    values?: Record<string, string>,
    errors?: FieldError[],
  ) {
    const outcome = await api('getInspection', request, { inspectionId: id });
    if (outcome.status !== 200) return problem(request, outcome);
    const view = json<InspectionView>(outcome);
    if (!canChange(request.principal, view.inspection)) {
      return problem(request, { status: 403, message: `you cannot change the inspection ${id}`, errors: [] });
    }
    return page(request, errors ? 400 : 200, 'reschedule.njk', {
      view,
      values: values ?? dateFields('fieldworkStart', view.inspection.fieldworkStart),
      errors: errors
        ? errorsFor(errors, { fieldworkStart: 'fieldworkStart-day', milestoneDates: 'fieldworkStart-day' })
        : undefined,
    });
  }

  async function rescheduleInspection(request: WebRequest, id: string) {
    const values = fields(request.form);
    const outcome = await api('reschedule', request, {
      inspectionId: id,
      fieldworkStart: dateFrom(values, 'fieldworkStart'),
    });
    if (outcome.status === 200) return redirect(`/inspections/${encodeURIComponent(id)}?recorded=rescheduled`);
    if (outcome.status !== 400) return problem(request, outcome);
    return rescheduleForm(request, id, values, outcome.errors);
  }

  async function alertForm(
    request: WebRequest,
    id: string,
    values: Record<string, string> = {},
    errors?: FieldError[],
  ) {
    const outcome = await api('getInspection', request, { inspectionId: id });
    if (outcome.status !== 200) return problem(request, outcome);
    const view = json<InspectionView>(outcome);
    if (!alertCapacity(request.principal, view.inspection, 'raise')) {
      return problem(request, { status: 403, message: `you cannot raise alerts in ${id}`, errors: [] });
    }
    return page(request, errors ? 400 : 200, 'new-alert.njk', {
      view,
      values,
      types: ALERT_TYPES,
      categories: ALERT_CATEGORIES,
      errors: errors ? errorsFor(errors) : undefined,
    });
  }

  async function raise(request: WebRequest, id: string) {
    const values = fields(request.form);
    const outcome = await api('raiseAlert', request, { ...values, inspectionId: id });
    if (outcome.status === 200) return redirect(`/alerts/${encodeURIComponent(json<AlertRecord>(outcome).id)}`);
    if (outcome.status !== 400) return problem(request, outcome);
    return alertForm(request, id, values, outcome.errors);
  }

  async function alertPage(request: WebRequest, alertId: string, extra: Record<string, unknown> = {}, status = 200) {
    const outcome = await api('getAlert', request, { alertId });
    if (outcome.status !== 200) return problem(request, outcome);
    const alert = json<AlertRecord>(outcome);
    // The route has let the person see the alert, so they may see its inspection.
    const inspection = (await deps.store.getInspection(alert.inspectionId)) as InspectionRecord;
    // What this person may do now: the alert's rules, in the capacity their role gives them.
    const actions = Object.fromEntries(
      PERSON_ACTIONS.map((action) => {
        const capacity = alertCapacity(request.principal, inspection, action);
        return [action, capacity !== undefined && actionsOpenTo(alert, capacity).includes(action)];
      }),
    );
    const history = [
      { label: 'Raised', at: alert.raised.at, by: alert.raised.by },
      ...(alert.confirmed
        ? [{ label: 'Confirmed by the lead inspector', at: alert.confirmed.at, by: alert.confirmed.by }]
        : []),
      ...(alert.notifiedAt ? [{ label: 'Region notified', at: alert.notifiedAt }] : []),
      ...alert.escalations.map((e) => ({
        label: `Escalated to the ${e.to === 'chiefInspector' ? 'Chief Inspector' : 'Head of Programme'} (no ${e.after})`,
        at: e.at,
      })),
      ...(alert.acknowledged ? [{ label: 'Acknowledged', at: alert.acknowledged.at, by: alert.acknowledged.by }] : []),
      ...(alert.evidence ? [{ label: 'Evidence submitted', at: alert.evidence.at, by: alert.evidence.by }] : []),
      ...(alert.assured ? [{ label: 'Assured', at: alert.assured.at, by: alert.assured.by }] : []),
      ...(alert.withdrawn ? [{ label: 'Withdrawn', at: alert.withdrawn.at, by: alert.withdrawn.by }] : []),
      ...(alert.describedInReport
        ? [{ label: 'Described in the report', at: alert.describedInReport.at, by: alert.describedInReport.by }]
        : []),
    ].sort((a, b) => b.at.localeCompare(a.at));
    // The reason may say more than a notice may: the inspectorate sees it, not the region.
    const showWithdrawalReason = canChange(request.principal, inspection);
    return page(request, status, 'alert.njk', { alert, inspection, actions, history, showWithdrawalReason, ...extra });
  }

  async function act(request: WebRequest, alertId: string, action: string) {
    if (!(PERSON_ACTIONS as readonly string[]).includes(action)) {
      return problem(request, {
        status: 404,
        message: `there is nothing called ${action} to do to an alert`,
        errors: [],
      });
    }
    const values = fields(request.form);
    const outcome = await api('actOnAlert', request, { ...values, alertId, action });
    if (outcome.status === 200) return redirect(`/alerts/${encodeURIComponent(alertId)}`);
    if (outcome.status !== 400) return problem(request, outcome);
    const toActions = { alertId: 'actions', action: 'actions', as: 'actions', by: 'actions' };
    return alertPage(request, alertId, { errors: errorsFor(outcome.errors, toActions), values }, 400);
  }

  /** The pages' routes. Undefined: not a page (the caller answers 404). */
  return async (request: WebRequest): Promise<WebResponse | undefined> => {
    let parts: string[];
    try {
      parts = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return problem(request, { status: 404, message: 'there is no page at this address', errors: [] });
    }
    const [first, id, third, fourth] = parts;
    const get = request.method === 'GET';
    const post = request.method === 'POST';
    if (parts.length === 0 && get) return overview(request);
    if (first === 'inspections') {
      if (id === 'new' && parts.length === 2) return get ? newInspectionForm(request) : createInspection(request);
      if (id && parts.length === 2 && get) return inspectionPage(request, id);
      if (id && third === 'completions' && parts.length === 3 && post) return recordCompletion(request, id);
      if (id && third === 'reschedule' && parts.length === 3) {
        return get ? rescheduleForm(request, id) : rescheduleInspection(request, id);
      }
      if (id && third === 'alerts' && fourth === 'new' && parts.length === 4) {
        return get ? alertForm(request, id) : raise(request, id);
      }
    }
    if (first === 'alerts' && id) {
      if (parts.length === 2 && get) return alertPage(request, id);
      if (parts.length === 3 && post && third) return act(request, id, third);
    }
    return undefined;
  };
}
