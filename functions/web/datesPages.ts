import { previewWithWarnings } from '../app/inspections/previewReschedule.js';
import { recordCompletion } from '../app/inspections/recordCompletion.js';
import { reschedule } from '../app/inspections/reschedule.js';
import { undoCompletion } from '../app/inspections/undoCompletion.js';
import { waiveMilestone } from '../app/inspections/waiveMilestone.js';
import { inspectionView } from '../app/queries/inspectionView.js';
import type { InspectionView } from '../app/queries/views.js';
import { canChange } from '../domain/access.js';
import { ukDateOf } from '../domain/localDate.js';
import type { FieldError } from '../domain/validation.js';
import { dateFields, dateFrom, errorsFor, fields } from './forms.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { redirect, type WebRequest, type WebResponse } from './responses.js';

/** Where each field's error links on the dates forms. */
const DATE_INPUTS = {
  fieldworkStart: 'fieldworkStart-day',
  milestoneDates: 'milestoneDate-day',
  expectedPlanVersion: 'fieldworkStart-day',
};

/**
 * Changing dates and recording work from the pages (issue 18): a new fieldwork start or one
 * milestone's date is checked on a "check your answers" page listing every date that moves and
 * who is emailed what, before anything is saved; a milestone is recorded with the date it was
 * done and a note, undone the same day, or waived with a reason.
 */
export function datesPages({ deps, page, problem, t }: PageKit) {
  const back = (id: string, query = '') => redirect(`/inspections/${encodeURIComponent(id)}${query}`);

  /** The inspection, if the person may change it; otherwise the problem page to show. */
  async function changeable(request: WebRequest, id: string): Promise<InspectionView | WebResponse> {
    const outcome = await attempt(() => inspectionView(deps, request.principal, id));
    if (!outcome.ok) return problem(request, outcome);
    if (!canChange(request.principal, outcome.value.inspection)) {
      return problem(request, { status: 403, message: t(request)('problem.cannotChange', { id }) });
    }
    return outcome.value;
  }

  const milestoneIn = (view: InspectionView, milestoneId: string | undefined) =>
    view.milestones.find((m) => m.id === milestoneId);

  /** The form for a new fieldwork start, or for one milestone's date (`milestoneId`). */
  async function datesForm(
    request: WebRequest,
    id: string,
    milestoneId?: string,
    values?: Record<string, string>,
    errors?: FieldError[],
  ) {
    const view = await changeable(request, id);
    if (!('inspection' in view)) return view;
    const milestone = milestoneIn(view, milestoneId);
    if (milestoneId !== undefined && !milestone) {
      return problem(request, { status: 404, message: t(request)('problem.noMilestone', { id: milestoneId }) });
    }
    const initial = milestone
      ? { milestoneId: milestone.id, ...dateFields('milestoneDate', milestone.dueDate) }
      : dateFields('fieldworkStart', view.inspection.fieldworkStart);
    return page(request, errors ? 400 : 200, milestone ? 'milestone-date.njk' : 'reschedule.njk', {
      view,
      milestone,
      values: values ?? initial,
      errors: errors
        ? errorsFor(
            errors,
            milestone
              ? {
                  milestoneDates: 'milestoneDate-day',
                  [`milestoneDates.${milestone.id}`]: 'milestoneDate-day',
                  expectedPlanVersion: 'milestoneDate-day',
                }
              : DATE_INPUTS,
            t(request),
          )
        : undefined,
    });
  }

  /** What the form asked to move, as the use cases take it. */
  function dateRequest(
    id: string,
    values: Record<string, string>,
  ): {
    inspectionId: string;
    fieldworkStart?: string;
    milestoneDates?: Record<string, string>;
    expectedPlanVersion?: number;
  } {
    const milestoneId = values.milestoneId;
    const date = milestoneId ? (values.milestoneDate ?? dateFrom(values, 'milestoneDate')) : undefined;
    const fieldworkStart = values.fieldworkStart ?? dateFrom(values, 'fieldworkStart');
    return {
      inspectionId: id,
      // A date left empty is a date not given: the use case names the field.
      ...(milestoneId
        ? { milestoneDates: { [milestoneId]: date ?? '' } }
        : fieldworkStart !== undefined
          ? { fieldworkStart }
          : {}),
      ...(values.expectedPlanVersion ? { expectedPlanVersion: Number(values.expectedPlanVersion) } : {}),
    };
  }

  /**
   * The dates form posted: without `confirm`, the check-your-answers page (nothing saved); with it,
   * the change as checked (refused if the plan changed since).
   */
  async function changeDates(request: WebRequest, id: string) {
    const values = fields(request.form);
    const asked = dateRequest(id, values);
    if (values.confirm === 'yes') {
      // The person confirms on the check-your-answers page, which showed every warning.
      const outcome = await attempt(() => reschedule(deps, request.principal, { ...asked, confirmWarnings: true }));
      if (outcome.ok) return back(id, '?recorded=rescheduled');
      if (outcome.status !== 400) return problem(request, outcome);
      return datesForm(request, id, values.milestoneId, undefined, outcome.errors);
    }
    const outcome = await attempt(() => previewWithWarnings(deps, request.principal, asked));
    if (!outcome.ok) {
      if (outcome.status !== 400) return problem(request, outcome);
      return datesForm(request, id, values.milestoneId, values, outcome.errors);
    }
    const view = await changeable(request, id);
    if (!('inspection' in view)) return view;
    return page(request, 200, 'check-dates.njk', {
      view,
      preview: outcome.value.preview,
      // The warnings as said, for the page's language.
      warnings: outcome.value.warnings,
      milestone: milestoneIn(view, values.milestoneId),
      hidden: {
        ...(asked.milestoneDates
          ? { milestoneId: values.milestoneId, milestoneDate: Object.values(asked.milestoneDates)[0] ?? '' }
          : { fieldworkStart: asked.fieldworkStart ?? '' }),
        expectedPlanVersion: String(outcome.value.preview.planVersion),
        confirm: 'yes',
      },
      announcement: milestoneIn(view, 'announcement'),
    });
  }

  /** The page recording one milestone as done: the date it was done (today unless changed) and a note. */
  async function recordForm(request: WebRequest, id: string, values: Record<string, string>, errors?: FieldError[]) {
    const view = await changeable(request, id);
    if (!('inspection' in view)) return view;
    const milestone = milestoneIn(view, values.milestoneId);
    if (!milestone)
      return problem(request, {
        status: 404,
        message: t(request)('problem.noMilestone', { id: values.milestoneId ?? '' }),
      });
    const today = ukDateOf(deps.clock.now());
    return page(request, errors ? 400 : 200, 'record.njk', {
      view,
      milestone,
      values: { ...dateFields('on', today), ...values },
      errors: errors
        ? errorsFor(
            errors,
            { on: 'on-day', at: 'on-day', milestoneId: 'on-day', expectedDueDate: 'on-day' },
            t(request),
          )
        : undefined,
    });
  }

  /**
   * "Record as done" on the timeline opens the record page; the record page (`step=record`) records
   * it with its date and note.
   */
  async function record(request: WebRequest, id: string) {
    const values = fields(request.form);
    if (values.step !== 'record') return recordForm(request, id, values);
    const on = dateFrom(values, 'on');
    const outcome = await attempt(() =>
      recordCompletion(deps, request.principal, {
        inspectionId: id,
        milestoneId: values.milestoneId,
        ...(values.expectedDueDate ? { expectedDueDate: values.expectedDueDate } : {}),
        ...(on ? { on } : {}),
        ...(values.note ? { note: values.note } : {}),
      }),
    );
    if (outcome.ok) return back(id, `?recorded=${encodeURIComponent(values.milestoneId ?? '')}`);
    if (outcome.status !== 400) return problem(request, outcome);
    return recordForm(request, id, values, outcome.errors);
  }

  async function undo(request: WebRequest, id: string) {
    const values = fields(request.form);
    const outcome = await attempt(() =>
      undoCompletion(deps, request.principal, { inspectionId: id, milestoneId: values.milestoneId }),
    );
    if (outcome.ok) return back(id, `?undone=${encodeURIComponent(values.milestoneId ?? '')}`);
    return problem(request, outcome);
  }

  /** The page waiving one milestone, with the reason; posted, it waives it. */
  async function waive(request: WebRequest, id: string, milestoneId: string) {
    const view = await changeable(request, id);
    if (!('inspection' in view)) return view;
    const milestone = milestoneIn(view, milestoneId);
    if (!milestone)
      return problem(request, { status: 404, message: t(request)('problem.noMilestone', { id: milestoneId }) });
    const values = fields(request.form);
    let errors: FieldError[] | undefined;
    if (request.method === 'POST') {
      const outcome = await attempt(() =>
        waiveMilestone(deps, request.principal, { inspectionId: id, milestoneId, reason: values.waiverReason }),
      );
      if (outcome.ok) return back(id, `?recorded=${encodeURIComponent(milestoneId)}`);
      if (outcome.status !== 400) return problem(request, outcome);
      errors = outcome.errors.map((e) => (e.field === 'reason' ? { ...e, field: 'waiverReason' } : e));
    }
    return page(request, errors ? 400 : 200, 'waive.njk', {
      view,
      milestone,
      values,
      errors: errors ? errorsFor(errors, { milestoneId: 'waiverReason' }, t(request)) : undefined,
    });
  }

  return { datesForm, changeDates, record, undo, waive };
}
