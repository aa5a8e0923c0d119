import { openAlerts } from '../app/queries/openAlerts.js';
import { whatIsDue } from '../app/queries/whatIsDue.js';
import { ALERT_STATUSES, isClosed } from '../domain/alerts.js';
import { DUE_PERIOD_TITLES, DUE_PERIODS } from '../domain/dueItems.js';
import { REGIONS } from '../domain/regions.js';
import type { FieldError } from '../domain/validation.js';
import { dateFields, dateFrom, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import type { WebRequest, WebResponse } from './responses.js';

/** Where each query field is on the page (a range's dates: their day input). */
const INPUT_IDS: Record<string, string> = { from: 'from-day', to: 'to-day' };

const DATE_NAMES: Record<string, string> = { from: 'the first date', to: 'the last date' };

/** A query's field error in GOV.UK's words, naming the field on the page. */
function errorText(error: FieldError): string {
  const date = DATE_NAMES[error.field];
  if (date) {
    if (error.value === undefined || error.value === '') return `Enter ${date}`;
    if (/before from/.test(error.message)) return 'The last date must be the same as or after the first date';
    if (/within a year/.test(error.message)) return 'The last date must be within a year of the first date';
    return `${date.charAt(0).toUpperCase()}${date.slice(1)} must be a real date`;
  }
  if (error.field === 'region') return 'Select a region from the list';
  if (error.field === 'actor' || error.field === 'turn') return 'Select who acts from the list';
  if (error.field === 'state') return 'Select a state from the list';
  if (error.field === 'period') return 'Select a period';
  return `Check ${error.field}: it ${error.message}`;
}

/** Field errors as the layout's error summary and the inputs' messages want them. */
function errorsOf(errors: FieldError[]) {
  const idOf = (field: string) => INPUT_IDS[field] ?? field;
  const byField: Record<string, { text: string }> = {};
  for (const error of errors) byField[idOf(error.field)] ??= { text: errorText(error) };
  return {
    list: errors.map((error) => ({ text: errorText(error), href: `#${idOf(error.field)}` })),
    byField,
  };
}

/** Regions the person may filter by: all twelve, or none for a region user (they see only theirs). */
const regionsFor = (request: WebRequest) => (request.principal.role === 'region' ? [] : REGIONS);

/** The region the page is about, for its title: the one filtered by, the user's own, or all. */
function regionTitle(request: WebRequest, region: string | undefined): string {
  const id = region ?? request.principal.regionId;
  return REGIONS.find((r) => r.id === id || r.name === id)?.name ?? 'All regions';
}

/** "What is due" across the programme, and the open alerts. */
export function duePages({ deps, page, problem }: PageKit) {
  async function dueList(request: WebRequest): Promise<WebResponse> {
    const values = fields(request.query);
    // A range comes from GOV.UK date inputs (from-day …), or as ISO dates from a link.
    const from = dateFrom(values, 'from') ?? values.from;
    const to = dateFrom(values, 'to') ?? values.to;
    const range = values.period === 'range' || (values.period === undefined && (from ?? to) !== undefined);
    const query = {
      ...(values.period ? { period: values.period } : {}),
      ...(range && from ? { from } : {}),
      ...(range && to ? { to } : {}),
      ...(values.region ? { region: values.region } : {}),
      ...(values.actor ? { actor: values.actor } : {}),
    };
    const outcome = await attempt(() => whatIsDue(deps, request.principal, query));
    if (!outcome.ok && outcome.status !== 400) return problem(request, outcome);
    // Dates from a link (ISO) show in the date inputs, for the next change.
    const shown = {
      ...(range && from && !values['from-day'] ? dateFields('from', from) : {}),
      ...(range && to && !values['to-day'] ? dateFields('to', to) : {}),
      ...values,
    };
    const common = {
      values: shown,
      periods: DUE_PERIODS.map((period) => ({ value: period, text: DUE_PERIOD_TITLES[period] })),
      regions: regionsFor(request),
      titleContext: regionTitle(request, values.region),
    };
    if (!outcome.ok) return page(request, 400, 'due.njk', { ...common, errors: errorsOf(outcome.errors) });
    return page(request, 200, 'due.njk', {
      ...common,
      due: outcome.value,
      periodTitle: DUE_PERIOD_TITLES[outcome.value.period],
    });
  }

  async function alertList(request: WebRequest): Promise<WebResponse> {
    const values = fields(request.query);
    const query = Object.fromEntries(
      (['state', 'turn', 'region'] as const).flatMap((name) => (values[name] ? [[name, values[name]]] : [])),
    );
    const outcome = await attempt(() => openAlerts(deps, request.principal, query));
    if (!outcome.ok && outcome.status !== 400) return problem(request, outcome);
    const common = {
      values,
      states: ALERT_STATUSES.filter((status) => !isClosed(status)),
      regions: regionsFor(request),
      titleContext: regionTitle(request, values.region),
    };
    if (!outcome.ok) return page(request, 400, 'open-alerts.njk', { ...common, errors: errorsOf(outcome.errors) });
    return page(request, 200, 'open-alerts.njk', { ...common, board: outcome.value });
  }

  return { dueList, alertList };
}
