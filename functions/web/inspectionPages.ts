import { standingCompletion } from '../app/inspections/undoCompletion.js';
import { clashesOfNewInspection, startInspection } from '../app/inspections/startInspection.js';
import type { Clash } from '../domain/programme/clashes.js';
import { gateFor } from '../app/publication/gate.js';
import { inspectionView } from '../app/queries/inspectionView.js';
import { noticesFor } from '../app/queries/noticesFor.js';
import { overviewRows } from '../app/queries/overview.js';
import type { InspectionView } from '../app/queries/views.js';
import { alertCapacity, canChange, canCreate } from '../domain/access.js';
import { isOfficialRole, mayChangeOfficial, OFFICIAL_ROLES } from '../domain/officials.js';
import { notYetRecordable, undoProblem } from '../domain/completionRules.js';
import { milestoneName } from '../domain/glossary.js';
import { ukDateOf } from '../domain/localDate.js';
import { said, type Said } from '../domain/messages/said.js';
import { PHASES } from '../domain/milestones.js';
import { gateReasonSaid } from '../domain/publicationGate.js';
import { OVERVIEW_DEFAULTS, OVERVIEW_SORTS, sortSummaries, type OverviewSort } from '../domain/overview.js';
import { REGIONS } from '../domain/regions.js';
import type { FieldError } from '../domain/validation.js';
import { dateFrom, errorsFor, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { SamplePages } from './samplePages.js';
import type { PageKit } from './pageKit.js';
import { redirect, type WebRequest, type WebResponse } from './responses.js';

/** The programme overview, an inspection's page, planning an inspection and moving its dates. */
export function inspectionPages(
  { deps, page, problem, t }: PageKit,
  /** How far the case sample has got, for its section (samplePages.ts). */
  sampleStatus?: SamplePages['sampleStatus'],
) {
  async function overview(request: WebRequest): Promise<WebResponse> {
    const all = await overviewRows(deps, request.principal);
    const sortParam = request.query.get('sort') ?? 'fieldwork';
    const sort: OverviewSort = (OVERVIEW_SORTS as readonly string[]).includes(sortParam)
      ? (sortParam as OverviewSort)
      : 'fieldwork';
    const direction = request.query.get('order') === 'descending' ? 'descending' : 'ascending';
    const dueOnly = request.query.get('due') === String(OVERVIEW_DEFAULTS.dueWindowDays);
    const sorted = sortSummaries(
      all.filter((row) => !dueOnly || row.summary.dueWithin),
      sort,
      direction,
    );
    // A page of them at a time, as GOV.UK's pagination pattern has it.
    const size = OVERVIEW_DEFAULTS.pageSize;
    const pages = Math.max(1, Math.ceil(sorted.length / size));
    const current = Math.min(pages, Math.max(1, Math.trunc(Number(request.query.get('page') ?? 1)) || 1));
    const rows = sorted.slice((current - 1) * size, current * size);
    const say = t(request);
    const hrefOf = (number: number) =>
      `?sort=${sort}&order=${direction}${dueOnly ? `&due=${OVERVIEW_DEFAULTS.dueWindowDays}` : ''}&page=${number}`;
    return page(request, 200, 'overview.njk', {
      rows,
      shown: sorted.length,
      pagination:
        pages > 1
          ? {
              from: (current - 1) * size + 1,
              to: (current - 1) * size + rows.length,
              ...(current > 1 ? { previous: { href: hrefOf(current - 1) } } : {}),
              ...(current < pages ? { next: { href: hrefOf(current + 1) } } : {}),
              items: Array.from({ length: pages }, (_, i) => ({
                number: i + 1,
                href: hrefOf(i + 1),
                current: i + 1 === current,
                // GOV.UK's default is English ("Page 2").
                visuallyHiddenText: say('overview.pageNumber', { number: i + 1 }),
              })),
            }
          : undefined,
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
      attempt(() => inspectionView(deps, request.principal, id)),
      attempt(() => noticesFor(deps, request.principal, id)),
    ]);
    if (!outcome.ok) return problem(request, outcome);
    const view = outcome.value;
    const phases = PHASES.map((phase) => ({
      phase,
      milestones: view.milestones.filter((m) => m.phase === phase),
    }));
    // Who recorded each milestone done or waived, and when; whether this person may undo it now.
    const now = deps.clock.now();
    const records = Object.fromEntries(
      view.milestones.flatMap((m) => {
        const record = ['met', 'met-late', 'waived'].includes(m.status)
          ? standingCompletion(view.completions, m.id)
          : undefined;
        if (!record) return [];
        const recordedAt = record.recordedAt ?? record.at;
        const canUndo = undoProblem({ byId: record.byId, recordedAt }, request.principal, now) === undefined;
        return [[m.id, { ...record, recordedAt, doneOn: ukDateOf(new Date(record.at)), canUndo }]];
      }),
    );
    return page(request, status, 'inspection.njk', {
      view,
      phases,
      heldReason: await heldReason(view),
      notices: notices.ok ? notices.value : [],
      canChange: canChange(request.principal, view.inspection),
      // Nothing can be recorded before the announcement: no button that would only be refused.
      notRecordable: notYetRecordable(view.milestones),
      canRaise: alertCapacity(request.principal, view.inspection, 'raise') !== undefined,
      sample: sampleStatus ? await sampleStatus(request.principal, view.inspection.id) : undefined,
      records,
      // The officials this person may name or replace (issue 15): administrators anyone, the RPD the SPOC.
      changeablePeople: OFFICIAL_ROLES.filter((role) => mayChangeOfficial(request.principal, view.inspection, role)),
      recorded:
        recordedNote(request.query.get('recorded'), view, request) ??
        undoneNote(request.query.get('undone'), view, request) ??
        changedNote(request.query.get('changed'), view, request),
      ...extra,
    });
  }

  /**
   * Why publication is held, as said (the page words it in its language): worked out again from the
   * alerts, as the hold's stored reason was; none when nothing is held or the gate has since opened.
   */
  async function heldReason(view: InspectionView): Promise<Said | undefined> {
    if (!view.milestones.some((m) => m.blockedReason)) return undefined;
    const reason = gateReasonSaid(await gateFor(deps, view.inspection.id));
    return reason && said('dates.gate.held', { reason });
  }

  /** A milestone and its status in words, in the page's language: "Deadline for … (met late)". */
  const noteValues = (milestone: InspectionView['milestones'][number], request: WebRequest) => ({
    milestone: request.lang === 'cy' ? milestoneName(milestone.id, 'cy') : milestone.title,
    status: t(request)(`status.${milestone.status}`).toLowerCase(),
  });

  function changedNote(changed: string | null, view: InspectionView, request: WebRequest): string | undefined {
    if (!changed || !isOfficialRole(changed)) return undefined;
    const person = view.inspection.people[changed];
    return person
      ? t(request)('person.changed', { role: t(request)(`role.${changed}`), name: person.name })
      : undefined;
  }

  function undoneNote(undone: string | null, view: InspectionView, request: WebRequest): string | undefined {
    const milestone = view.milestones.find((m) => m.id === undone);
    return milestone ? t(request)('banner.undone', noteValues(milestone, request)) : undefined;
  }

  /** The success banner after a redirect: only for what the page itself redirected with. */
  function recordedNote(recorded: string | null, view: InspectionView, request: WebRequest): string | undefined {
    if (recorded === 'rescheduled') return t(request)('banner.rescheduled');
    const milestone = view.milestones.find((m) => m.id === recorded);
    return milestone ? t(request)('banner.recorded', noteValues(milestone, request)) : undefined;
  }

  /**
   * The form to plan an inspection; with `clashes`, the clashes the plan would bring, to look at
   * and plan anyway ("Plan it anyway" ticked), as the dates' check page shows a change's warnings.
   */
  function newInspectionForm(
    request: WebRequest,
    values: Record<string, string> = {},
    errors?: FieldError[],
    clashes?: readonly Clash[],
  ) {
    if (!canCreate(request.principal)) {
      return problem(request, { status: 403, message: t(request)('problem.onlyPlanners') });
    }
    return page(request, errors ? 400 : 200, 'new-inspection.njk', {
      values,
      regions: REGIONS,
      clashes,
      errors: errors
        ? errorsFor(
            errors,
            { fieldworkStart: 'fieldworkStart-day', acknowledgeClashes: 'acknowledgeClashes' },
            t(request),
          )
        : undefined,
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
    const asked = {
      ...(values.region ? { region: values.region } : {}),
      ...(fieldworkStart ? { fieldworkStart } : {}),
      people,
    };
    // "Plan it anyway", ticked beside the clashes the page showed.
    const acknowledgeClashes = values.acknowledgeClashes === 'yes';
    const outcome = await attempt(() => startInspection(deps, request.principal, { ...asked, acknowledgeClashes }));
    if (outcome.ok) return redirect(`/inspections/${encodeURIComponent(outcome.value.inspection.id)}`);
    if (outcome.status !== 400) return problem(request, outcome);
    if (outcome.errors.some((error) => error.field === 'acknowledgeClashes')) {
      // The plan is good but clashes: shown with its clashes, to plan anyway.
      const clashes = await attempt(() => clashesOfNewInspection(deps, request.principal, asked));
      if (clashes.ok) {
        return newInspectionForm(request, values, acknowledgeClashes ? undefined : [clashesError()], clashes.value);
      }
    }
    return newInspectionForm(request, values, outcome.errors);
  }

  /** What the summary says of clashes not yet acknowledged, linking to "Plan it anyway". */
  const clashesError = (): FieldError => ({ field: 'acknowledgeClashes', value: undefined, message: '' });

  return {
    overview,
    inspectionPage,
    newInspectionForm,
    createInspection,
  };
}
