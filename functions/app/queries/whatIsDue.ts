import * as z from 'zod/mini';
import { canSee, canSeeAlert, type Principal } from '../../domain/access.js';
import { ukTimeOf } from '../../domain/alertSchedule.js';
import {
  byWhenDue,
  deadlinePassed,
  DUE_PERIODS,
  dueDateOf,
  leadDecisionDue,
  owedDeadlines,
  periodDates,
  stillDue,
  type DueItem,
} from '../../domain/dueItems.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { PARTIES } from '../../domain/milestones.js';
import { fieldErrorsFrom, zodMessage } from '../../domain/validation.js';
import type { InspectionRecord, MilestoneRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { alertFor } from './audienceViews.js';
import { checkDateRange, regionField } from './queryFields.js';
import type { DueList } from './views.js';

const DATE = () => zodMessage('due.dateWritten');

/**
 * The query: a named period, or a range (`from` and `to`, which alone imply one); a region by its
 * id or name; who acts. Nothing given: this week.
 */
const dueQuery = z
  .strictObject({
    period: z.optional(z.enum(DUE_PERIODS, { error: () => zodMessage('due.oneOf', { values: [...DUE_PERIODS] }) })),
    from: z.optional(z.string({ error: DATE })),
    to: z.optional(z.string({ error: DATE })),
    region: regionField,
    actor: z.optional(z.enum(PARTIES, { error: () => zodMessage('due.regionOrInspectorate') })),
  })
  .check(
    z.superRefine((value, context) => {
      const range = value.period === 'range' || (value.period === undefined && (value.from ?? value.to) !== undefined);
      if (range) checkDateRange(value, context);
    }),
  );

/**
 * Everything due in a period and everything overdue, across the inspections the person may see:
 * milestones and the region's alert deadlines together, each saying who acts. Steps:
 * 1. Parse the query (field errors name the period, date, region or actor at fault).
 * 2. The inspections the person may see (a region user: their own region's only), of the region asked.
 * 3. Their milestones still to be done that fall due in the period, and those overdue or escalated.
 * 4. Their open alerts the person may see (as the person may read them), and the deadlines each
 *    still owes: the region's (acknowledgement, evidence), and for the inspectorate's people the
 *    lead inspector's decisions (confirm, assure) from when the lead is first chased; due in the
 *    period, or passed.
 * 5. Only those for whoever acts, if asked; overdue and due, each oldest first.
 */
export async function whatIsDue(deps: Deps, principal: Principal, input: unknown): Promise<DueList> {
  const parsed = dueQuery.safeParse(input ?? {});
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { region, actor } = parsed.data;
  const now = deps.clock.now();
  const today = ukDateOf(now);
  const period = parsed.data.period ?? ((parsed.data.from ?? parsed.data.to) ? 'range' : 'this-week');
  const { from, to } =
    period === 'range'
      ? { from: parsed.data.from as LocalDate, to: parsed.data.to as LocalDate }
      : periodDates(period, today);

  const inspections = new Map(
    (await deps.timeline.listInspections())
      .filter((inspection) => canSee(principal, inspection) && (!region || inspection.regionId === region))
      .map((inspection) => [inspection.id, inspection]),
  );
  const [inRange, overdueMilestones, alerts] = await Promise.all([
    deps.timeline.dueBetween(from, to),
    deps.timeline.overdue(),
    [...inspections.values()].some((inspection) => inspection.alertCount)
      ? deps.alerts.listAllAlerts()
      : Promise.resolve([]),
  ]);

  const items = new Map<string, DueItem>();
  for (const milestone of [...inRange, ...overdueMilestones]) {
    const inspection = inspections.get(milestone.inspectionId);
    if (!inspection || !stillDue(milestone.status)) continue;
    items.set(`${milestone.inspectionId}#${milestone.id}`, milestoneItem(inspection, milestone));
  }
  for (const record of alerts) {
    const inspection = inspections.get(record.inspectionId);
    if (!inspection || !canSeeAlert(principal, inspection, record)) continue;
    const alert = alertFor(principal, record);
    const lead = principal.role === 'region' ? undefined : leadDecisionDue(record, deps.calendar);
    const owedByRegion = owedDeadlines(alert).map((owed) => ({
      ...owed,
      actor: 'region' as const,
      role: 'RPD or SPOC',
    }));
    const owedByLead = lead
      ? [
          {
            deadline: lead.decision,
            what: lead.what,
            at: lead.at,
            actor: 'inspectorate' as const,
            role: 'lead inspector',
          },
        ]
      : [];
    for (const owed of [...owedByRegion, ...owedByLead]) {
      const dueDate = dueDateOf(owed.at);
      const overdue = deadlinePassed(owed.at, now);
      if (!overdue && (dueDate < from || dueDate > to)) continue;
      items.set(`${alert.id}#${owed.deadline}`, {
        kind: 'alert',
        ...placeOf(inspection),
        id: alert.id,
        ref: alert.ref,
        title: owed.what,
        dueDate,
        at: owed.at,
        time: ukTimeOf(new Date(owed.at)),
        actor: owed.actor,
        role: owed.role,
        overdue,
        status: alert.status,
      });
    }
  }
  const shown = [...items.values()].filter((item) => !actor || item.actor === actor).sort(byWhenDue);
  return {
    period,
    from,
    to,
    today,
    ...(region ? { region } : {}),
    ...(actor ? { actor } : {}),
    overdue: shown.filter((item) => item.overdue),
    due: shown.filter((item) => !item.overdue),
  };
}

const placeOf = (inspection: InspectionRecord) => ({
  inspectionId: inspection.id,
  region: inspection.region,
  regionId: inspection.regionId,
});

function milestoneItem(inspection: InspectionRecord, milestone: MilestoneRecord): DueItem {
  return {
    kind: 'milestone',
    ...placeOf(inspection),
    id: milestone.id,
    title: milestone.title,
    dueDate: milestone.dueDate,
    ...(milestone.time ? { time: milestone.time } : {}),
    actor: milestone.party,
    role: milestone.role,
    overdue: milestone.status === 'overdue' || milestone.status === 'escalated',
    status: milestone.status,
  };
}
