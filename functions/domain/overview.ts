import { addDays, type LocalDate } from './localDate.js';
import type { MilestoneId, MilestoneKind, Party, Phase } from './milestones.js';
import { isSettled, type MilestoneStatus } from './milestoneStatus.js';

/** What the overview needs of a milestone (a stored milestone record has all of it). */
export interface MilestoneLine {
  id: MilestoneId;
  title: string;
  dueDate: LocalDate;
  phase: Phase;
  kind: MilestoneKind;
  party: Party;
  role: string;
  status: MilestoneStatus;
  blockedReason?: string;
}

/** Red: something is overdue. Amber: a deadline falls due soon, or an alert is open. Green: neither. */
export type Rag = 'red' | 'amber' | 'green';

export interface InspectionSummary {
  /** The phase of what comes next; `complete` once every milestone has passed. */
  phase: Phase | 'complete';
  nextDeadline?: Pick<MilestoneLine, 'id' | 'title' | 'dueDate' | 'party' | 'role'>;
  overdue: Pick<MilestoneLine, 'id' | 'title' | 'dueDate' | 'status'>[];
  openAlerts: number;
  rag: Rag;
  /** Why: what the tag says. */
  ragReason: 'Overdue' | 'Due soon' | 'Alert open' | 'On track';
  /** A deadline or task falls due within the window (the "due in the next 14 days" filter). */
  dueWithin: boolean;
}

export const OVERVIEW_DEFAULTS = {
  /** The overview's filter: deadlines due in the next this many days. */
  dueWindowDays: 14,
  /** A deadline this close (calendar days) makes the tag amber. */
  amberDays: 5,
  /** The overview page lists this many inspections a page (a programme may hold hundreds), as does the API by default. */
  pageSize: 50,
  /** The most the API lists a page when asked for more (`pageSize`). */
  maxApiPageSize: 500,
};

const actionable = (m: MilestoneLine) => m.kind === 'deadline' || m.kind === 'task';

/** An inspection's open alerts at a glance: how many, and the UK dates the region's deadlines fall on. */
export interface AlertsAtAGlance {
  open: number;
  dueDates: readonly LocalDate[];
}

/**
 * One inspection at a glance, as of `today`. An open alert's deadline counts as due like a
 * milestone's (an alert due tomorrow evening is "due soon", and within the window).
 */
export function summarise(
  milestones: readonly MilestoneLine[],
  alerts: number | AlertsAtAGlance,
  today: LocalDate,
  options: Partial<typeof OVERVIEW_DEFAULTS> = {},
): InspectionSummary {
  const { dueWindowDays, amberDays } = { ...OVERVIEW_DEFAULTS, ...options };
  const { open: openAlerts, dueDates } = typeof alerts === 'number' ? { open: alerts, dueDates: [] } : alerts;
  // A passed alert deadline is still owed: it counts as due (alerts have no overdue status of their own).
  const alertDue = (days: number) => dueDates.some((date) => date <= addDays(today, days));
  const byDate = [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const upcoming = byDate.find((m) => m.dueDate >= today && !isSettled(m.status));
  const next = byDate.find((m) => actionable(m) && !isSettled(m.status) && m.dueDate >= today);
  const overdue = byDate
    .filter((m) => m.status === 'overdue' || m.status === 'escalated')
    .map(({ id, title, dueDate, status }) => ({ id, title, dueDate, status }));
  const soon = (days: number) =>
    byDate.some(
      (m) => actionable(m) && !isSettled(m.status) && m.dueDate >= today && m.dueDate <= addDays(today, days),
    );
  const ragReason =
    overdue.length > 0
      ? 'Overdue'
      : soon(amberDays) || alertDue(amberDays)
        ? 'Due soon'
        : openAlerts > 0
          ? 'Alert open'
          : 'On track';
  const rag: Rag = ragReason === 'Overdue' ? 'red' : ragReason === 'On track' ? 'green' : 'amber';
  return {
    phase: upcoming?.phase ?? (byDate.some((m) => !isSettled(m.status)) ? 'post-fieldwork' : 'complete'),
    ...(next
      ? { nextDeadline: { id: next.id, title: next.title, dueDate: next.dueDate, party: next.party, role: next.role } }
      : {}),
    overdue,
    openAlerts,
    rag,
    ragReason,
    dueWithin: soon(dueWindowDays) || overdue.length > 0 || alertDue(dueWindowDays),
  };
}

export const OVERVIEW_SORTS = ['region', 'fieldwork', 'next-deadline', 'overdue', 'alerts'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

/** Sorts the overview's rows; ties keep region order. */
export function sortSummaries<
  T extends {
    region: string;
    fieldworkStart: string;
    summary: Pick<InspectionSummary, 'openAlerts'> & { nextDeadline?: { dueDate: string }; overdue: unknown[] };
  },
>(rows: readonly T[], sort: OverviewSort, direction: 'ascending' | 'descending' = 'ascending'): T[] {
  const key = (row: T): string | number => {
    switch (sort) {
      case 'region':
        return row.region;
      case 'fieldwork':
        return row.fieldworkStart;
      case 'next-deadline':
        return row.summary.nextDeadline?.dueDate ?? '9999-12-31';
      case 'overdue':
        return row.summary.overdue.length;
      case 'alerts':
        return row.summary.openAlerts;
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  const none = (row: T) => sort === 'next-deadline' && row.summary.nextDeadline === undefined;
  return [...rows].sort((a, b) => {
    // An inspection with no deadline left comes last, whichever way the deadlines are sorted.
    if (none(a) !== none(b)) return none(a) ? 1 : -1;
    const [x, y] = [key(a), key(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order !== 0 ? sign * order : a.region.localeCompare(b.region);
  });
}
