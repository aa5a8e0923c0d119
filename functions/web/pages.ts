import type { Deps } from '../app/deps.js';
import { isId } from '../domain/ids.js';
import { accountPages } from './accountPages.js';
import { alertPages } from './alertPages.js';
import { datesPages } from './datesPages.js';
import { duePages } from './duePages.js';
import { inspectionPages } from './inspectionPages.js';
import { pageKit, type PageOptions } from './pageKit.js';
import { peoplePages } from './peoplePages.js';
import { programmePages } from './programmePages.js';
import { reportPages } from './reportPages.js';
import { samplePages } from './samplePages.js';
import type { WebRequest, WebResponse } from './responses.js';

/**
 * The pages: server-rendered with GOV.UK Frontend and MoJ Frontend, working without client-side
 * JavaScript. Every page calls the same use cases as the HTTP API, so a page can show and do
 * exactly what the API allows the person.
 */
export function webPages(deps: Deps, options: PageOptions = {}) {
  const kit = pageKit(deps, options);
  const inspections = inspectionPages(kit, samplePages(kit).sampleStatus);
  const alerts = alertPages(kit);
  const account = accountPages(kit);
  const dates = datesPages(kit);
  const due = duePages(kit);
  const sample = samplePages(kit);
  const people = peoplePages(kit);
  const programme = programmePages(kit);
  const report = reportPages(kit);
  const notFound = (request: WebRequest) =>
    kit.problem(request, { status: 404, message: kit.t(request)('problem.noPage') });

  /** The pages' routes; any other address answers GOV.UK's "Page not found". */
  return async (request: WebRequest): Promise<WebResponse> => (await route(request)) ?? notFound(request);

  async function route(request: WebRequest): Promise<WebResponse | undefined> {
    let parts: string[];
    try {
      parts = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return notFound(request);
    }
    // Every part of a page's address is a word or an id: one that cannot be an id names no page,
    // and is not read from the store (DynamoDB would refuse it as a key: a fault, not a 404).
    if (!parts.every(isId)) return notFound(request);
    const [first, id, third, fourth, fifth, sixth] = parts;
    const get = request.method === 'GET';
    const post = request.method === 'POST';
    if (parts.length === 0 && get) return inspections.overview(request);
    if (first === 'due' && parts.length === 1 && get) return due.dueList(request);
    if (first === 'alerts' && parts.length === 1 && get) return due.alertList(request);
    if (first === 'programme' && parts.length === 1 && get) return programme.programmePage(request);
    if (first === 'programme.csv' && parts.length === 1 && get) return programme.download(request);
    // A whole programme planned from one file (issue 15).
    if (first === 'programme' && id === 'plan' && parts.length === 2) {
      return get ? programme.planPage(request) : post ? programme.plan(request) : undefined;
    }
    if (first === 'calendar-link' && parts.length === 1) {
      return get ? account.calendarLink(request) : post ? account.newCalendarLink(request) : undefined;
    }
    if (first === 'inspections') {
      if (id === 'new' && parts.length === 2) {
        return get ? inspections.newInspectionForm(request) : inspections.createInspection(request);
      }
      if (id && parts.length === 2 && get) return inspections.inspectionPage(request, id);
      if (id && third === 'completions' && parts.length === 3 && post) return dates.record(request, id);
      if (id && third === 'completions' && fourth === 'undo' && parts.length === 4 && post) {
        return dates.undo(request, id);
      }
      if (id && third === 'reschedule' && parts.length === 3) {
        return get ? dates.datesForm(request, id) : post ? dates.changeDates(request, id) : undefined;
      }
      if (id && third === 'milestones' && fourth && fifth === 'date' && parts.length === 5 && get) {
        return dates.datesForm(request, id, fourth);
      }
      if (id && third === 'milestones' && fourth && fifth === 'waive' && parts.length === 5 && (get || post)) {
        return dates.waive(request, id, fourth);
      }
      // Naming and replacing the inspection's officials (issue 15).
      if (id && third === 'people' && fourth && parts.length === 4 && (get || post)) {
        return people.personForm(request, id, fourth);
      }
      // The report's road to publication (issue 15): its stages, and a form to record each.
      if (id && third === 'report' && parts.length === 3 && get) return report.reportPage(request, id);
      if (id && third === 'report' && fourth && parts.length === 4 && (get || post)) {
        return report.stageForm(request, id, fourth);
      }
      // The case sample (issue 14): the sample, its download, the long-list upload, the team, and its forms.
      if (id && third === 'sample' && parts.length === 3 && get) return sample.samplePage(request, id);
      if (id && third === 'sample.csv' && parts.length === 3 && get) return sample.download(request, id);
      if (id && third === 'sample' && fourth === 'long-list' && parts.length === 4) {
        return get ? sample.longListForm(request, id) : post ? sample.upload(request, id) : undefined;
      }
      if (id && third === 'sample' && fourth === 'team' && parts.length === 4) {
        return get ? sample.teamForm(request, id) : post ? sample.saveTeam(request, id) : undefined;
      }
      // The region's change requests, the lead's decisions, and each case's progress in week one.
      if (id && third === 'sample' && fourth === 'requests' && fifth === 'new' && parts.length === 5) {
        return get ? sample.requestForm(request, id) : post ? sample.ask(request, id) : undefined;
      }
      if (id && third === 'sample' && fourth === 'requests' && fifth && sixth === 'decision' && parts.length === 6) {
        return post ? sample.decideRequest(request, id, fifth) : undefined;
      }
      if (id && third === 'sample' && fourth === 'cases' && fifth && sixth === 'state' && parts.length === 6) {
        return post ? sample.recordState(request, id, fifth) : undefined;
      }
      if (id && third === 'sample' && parts.length === 4 && post) {
        if (fourth === 'shortfalls') return sample.decide(request, id);
        if (fourth === 'size') return sample.resize(request, id);
        if (fourth === 'redraw') return sample.redraw(request, id);
      }
      if (id && third === 'alerts' && fourth === 'new' && parts.length === 4) {
        return get ? alerts.alertForm(request, id) : alerts.raise(request, id);
      }
    }
    if (first === 'alerts' && id) {
      if (parts.length === 2 && get) return alerts.alertPage(request, id);
      if (third === 'files') {
        if (fourth === 'uploaded' && parts.length === 4 && get) return alerts.evidence.uploaded(request, id);
        if (parts.length === 3 && post) return alerts.evidence.register(request, id);
        if (fourth && parts.length === 4 && get) return alerts.evidence.download(request, id, fourth);
      }
      if (parts.length === 3 && post && third) return alerts.act(request, id, third);
    }
    return undefined;
  }
}
