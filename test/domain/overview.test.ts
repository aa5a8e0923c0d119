import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../functions/domain/localDate.js';
import type { MilestoneId } from '../../functions/domain/milestones.js';
import type { MilestoneStatus } from '../../functions/domain/milestoneStatus.js';
import { sortSummaries, summarise, type MilestoneLine } from '../../functions/domain/overview.js';

const line = (
  id: MilestoneId,
  dueDate: string,
  kind: MilestoneLine['kind'],
  status: MilestoneStatus = 'pending',
  phase: MilestoneLine['phase'] = 'pre-fieldwork',
): MilestoneLine => ({
  id,
  title: id,
  dueDate: dueDate as LocalDate,
  phase,
  kind,
  party: kind === 'deadline' ? 'region' : 'inspectorate',
  role: 'someone',
  status,
});
const today = '2027-02-15' as LocalDate;

describe('an inspection at a glance', () => {
  it('counts an open alert due tomorrow evening as due soon and within the overview’s window (issue 18)', () => {
    const later = [line('draftReportDue', '2027-04-01', 'deadline')];
    const tomorrow = { open: 1, dueDates: ['2027-02-16' as LocalDate] };

    expect(summarise(later, 1, today)).toMatchObject({ ragReason: 'Alert open', dueWithin: false });
    expect(summarise(later, tomorrow, today)).toMatchObject({ rag: 'amber', ragReason: 'Due soon', dueWithin: true });
  });

  it('is red while anything is overdue or escalated, and lists what', () => {
    const summary = summarise(
      [
        line('orgStructureDue', '2027-02-10', 'deadline', 'escalated'),
        line('evidenceDeadline', '2027-02-12', 'deadline', 'overdue'),
      ],
      0,
      today,
    );
    expect(summary.rag).toBe('red');
    expect(summary.overdue.map((m) => m.id)).toEqual(['orgStructureDue', 'evidenceDeadline']);
    expect(summary.dueWithin).toBe(true);
  });

  it('is amber when a deadline falls due within 5 days or an alert is open, green otherwise', () => {
    expect(summarise([line('evidenceDeadline', '2027-02-20', 'deadline')], 0, today).rag).toBe('amber');
    expect(summarise([line('evidenceDeadline', '2027-02-21', 'deadline')], 0, today).rag).toBe('green');
    expect(summarise([line('evidenceDeadline', '2027-02-21', 'deadline')], 1, today)).toMatchObject({
      rag: 'amber',
      ragReason: 'Alert open',
    });
    expect(summarise([line('evidenceDeadline', '2027-02-20', 'deadline')], 1, today).ragReason).toBe('Due soon');
    // A met deadline, or a calendar event, does not make it amber.
    expect(summarise([line('evidenceDeadline', '2027-02-16', 'deadline', 'met')], 0, today).rag).toBe('green');
    expect(summarise([line('fieldworkWeek1Start', '2027-02-16', 'event')], 0, today).rag).toBe('green');
  });

  it('names the next deadline not yet met, and the phase of what comes next', () => {
    const summary = summarise(
      [
        line('evidenceDeadline', '2027-02-12', 'deadline', 'met'),
        line('weekTwoScheduleShared', '2027-02-19', 'task'),
        line('fieldworkWeek1Start', '2027-02-22', 'event', 'pending', 'fieldwork'),
        line('draftReportDue', '2027-04-01', 'task', 'pending', 'post-fieldwork'),
      ],
      0,
      today,
    );
    expect(summary.nextDeadline?.id).toBe('weekTwoScheduleShared');
    expect(summary.phase).toBe('pre-fieldwork');
    expect(summary.dueWithin).toBe(true);
    expect(summarise([line('publication', '2027-01-01', 'event', 'met', 'post-fieldwork')], 0, today).phase).toBe(
      'complete',
    );
  });

  it('counts "due in the next 14 days" inclusively', () => {
    expect(summarise([line('evidenceDeadline', '2027-03-01', 'deadline')], 0, today).dueWithin).toBe(true);
    expect(summarise([line('evidenceDeadline', '2027-03-02', 'deadline')], 0, today).dueWithin).toBe(false);
  });
});

describe('sorting the overview', () => {
  const row = (
    region: string,
    fieldworkStart: string,
    next: string | undefined,
    overdue: number,
    openAlerts: number,
  ) => ({
    region,
    fieldworkStart,
    summary: {
      nextDeadline: next ? { dueDate: next } : undefined,
      overdue: Array.from({ length: overdue }),
      openAlerts,
    },
  });
  const rows = [
    row('Wales', '2027-05-17', '2027-04-01', 0, 2),
    row('London', '2027-05-10', undefined, 3, 0),
    row('North East', '2027-03-01', '2027-02-20', 1, 0),
  ];

  it('sorts by each column, either way, with no deadline last', () => {
    expect(sortSummaries(rows, 'region').map((r) => r.region)).toEqual(['London', 'North East', 'Wales']);
    expect(sortSummaries(rows, 'next-deadline').map((r) => r.region)).toEqual(['North East', 'Wales', 'London']);
    expect(sortSummaries(rows, 'next-deadline', 'descending').map((r) => r.region)).toEqual([
      'Wales',
      'North East',
      'London',
    ]);
    expect(sortSummaries(rows, 'overdue', 'descending').map((r) => r.region)).toEqual([
      'London',
      'North East',
      'Wales',
    ]);
    expect(sortSummaries(rows, 'alerts', 'descending')[0]?.region).toBe('Wales');
    expect(sortSummaries(rows, 'fieldwork').map((r) => r.region)).toEqual(['North East', 'London', 'Wales']);
  });
});
