import { describe, expect } from 'vitest';
import { AlreadyExistsError } from '../../../functions/ports/errors.js';
import type { InspectionState } from '../../../functions/ports/records.js';
import { aMilestone, anAudit, anEvent, aTimeline, EVENTS } from '../../support/records.js';
import {
  actions,
  CREATED_AT,
  date,
  defined,
  EAST_MIDLANDS,
  expectRefused,
  given,
  LONDON,
  NORTH_EAST,
  overdueList,
  type ContractTest,
} from './helpers.js';

export function timelineReadsContract(it: ContractTest): void {
  describe('timeline: creating and reading', () => {
    it('stores an inspection with its timeline; reads give milestones and events in id order', async ({ stores }) => {
      const state = await given(stores);
      const loaded = await stores.timeline.loadTimeline(NORTH_EAST);
      expect(loaded?.inspection).toEqual(state.inspection);
      expect(loaded?.milestones.map((m) => m.id)).toEqual([
        'evidenceDeadline',
        'fieldworkWeek1Start',
        'orgStructureDue',
        'publication',
      ]);
      expect(loaded?.milestones).toEqual(expect.arrayContaining(state.milestones));
      expect(loaded?.events.map((e) => e.id)).toEqual([
        EVENTS.escalationCheck,
        EVENTS.overdueCheck,
        EVENTS.reminder,
        EVENTS.publication,
      ]);
      expect(loaded?.events).toEqual(expect.arrayContaining(state.events));
      expect(await stores.timeline.getInspection(NORTH_EAST)).toEqual(state.inspection);
      expect(await stores.timeline.milestones(NORTH_EAST)).toEqual(loaded?.milestones);
      expect(await stores.timeline.auditTrail(NORTH_EAST)).toEqual([
        anAudit(NORTH_EAST, 'inspection created', CREATED_AT),
      ]);
      expect(await stores.timeline.completions(NORTH_EAST)).toEqual([]);
    });

    it('refuses to create an inspection that exists (AlreadyExistsError), changing nothing', async ({ stores }) => {
      const state = await given(stores);
      const again: InspectionState = {
        inspection: { ...state.inspection, planVersion: 2, driver: 'another' },
        milestones: [aMilestone(NORTH_EAST, 'orgStructureDue', '2027-02-19', { status: 'overdue' })],
        events: [anEvent(NORTH_EAST, 'deadline-reminder', 'evidenceDeadline', '2027-02-19')],
      };
      await expectRefused(stores, () => given(stores, again), AlreadyExistsError);
    });

    it('knows nothing of an inspection never created', async ({ stores }) => {
      await given(stores);
      const wales = 'wales-2027-03-01';
      expect(await stores.timeline.loadTimeline(wales)).toBeUndefined();
      expect(await stores.timeline.loadTimeline(wales, { pendingOnly: true })).toBeUndefined();
      expect(await stores.timeline.getInspection(wales)).toBeUndefined();
      expect(await stores.timeline.milestones(wales)).toEqual([]);
      expect(await stores.timeline.completions(wales)).toEqual([]);
      expect(await stores.timeline.auditTrail(wales)).toEqual([]);
    });

    it('hands out copies: changing what was written or what was read changes nothing stored', async ({ stores }) => {
      const state = aTimeline();
      // Values the schemas take as they come (overrides, an audit entry's before and after) included.
      state.inspection.overrides = { alertDeadlines: { acknowledgeWithinWorkingDays: 2 } };
      const audit = { ...anAudit(NORTH_EAST, 'inspection created', CREATED_AT), after: { planVersion: 1 } };
      const original = structuredClone({ state, audit });
      await stores.timeline.createInspection({ state, audit });
      state.inspection.people.lead.name = 'Changed';
      (state.inspection.overrides.alertDeadlines as Record<string, number>).acknowledgeWithinWorkingDays = 5;
      (audit.after as Record<string, number>).planVersion = 5;
      defined(state.milestones[0]).status = 'met';
      defined(state.events[0]).status = 'done';

      const read = defined(await stores.timeline.loadTimeline(NORTH_EAST));
      (read.inspection.overrides.alertDeadlines as Record<string, number>).acknowledgeWithinWorkingDays = 7;
      defined(read.milestones[0]).warnings.push('changed');
      defined(read.events[0]).to.push('chiefInspector');
      defined(await stores.timeline.getInspection(NORTH_EAST)).people.rpd.name = 'Changed';
      const trail = await stores.timeline.auditTrail(NORTH_EAST);
      (defined(trail[0]).after as Record<string, number>).planVersion = 7;

      const again = await stores.timeline.loadTimeline(NORTH_EAST);
      expect(again?.inspection).toEqual(original.state.inspection);
      expect(again?.milestones).toEqual(expect.arrayContaining(original.state.milestones));
      expect(again?.events).toEqual(expect.arrayContaining(original.state.events));
      expect(await stores.timeline.auditTrail(NORTH_EAST)).toEqual([original.audit]);
    });

    it('with pendingOnly, leaves out every event not pending (held ones too) and no milestone', async ({ stores }) => {
      const state = aTimeline();
      const statuses = ['done', 'skipped', 'held', 'pending', 'cancelled', 'failed'] as const;
      state.events = statuses.map((status, day) =>
        anEvent(NORTH_EAST, 'deadline-reminder', 'evidenceDeadline', `2027-02-1${day}`, { status }),
      );
      await given(stores, state);
      const pending = await stores.timeline.loadTimeline(NORTH_EAST, { pendingOnly: true });
      expect(pending?.events.map((e) => `${e.date} ${e.status}`)).toEqual(['2027-02-13 pending']);
      expect(pending?.milestones).toHaveLength(4);
      expect(pending?.inspection).toEqual(state.inspection);
      const all = await stores.timeline.loadTimeline(NORTH_EAST, { pendingOnly: false });
      expect(all?.events.map((e) => e.status)).toEqual(statuses);
    });

    it('lists inspections by fieldwork start, then id', async ({ stores }) => {
      await given(stores, aTimeline());
      await given(stores, aTimeline(LONDON, '2027-05-03'));
      await given(stores, aTimeline(EAST_MIDLANDS));
      expect((await stores.timeline.listInspections()).map((i) => i.id)).toEqual([
        'east-midlands-2027-03-01',
        NORTH_EAST,
        'london-2027-05-03',
      ]);
    });

    it('finds milestones due between two dates, inclusive, across month boundaries', async ({ stores }) => {
      await given(stores, aTimeline());
      await given(stores, aTimeline(LONDON));
      const due = async (from: string, to: string) =>
        (await stores.timeline.dueBetween(date(from), date(to))).map((m) => `${m.dueDate} ${m.inspectionId} ${m.id}`);
      expect(await due('2027-02-22', '2027-03-01')).toEqual([
        '2027-02-22 london-2027-03-01 evidenceDeadline',
        '2027-02-22 north-east-2027-03-01 evidenceDeadline',
        '2027-03-01 london-2027-03-01 fieldworkWeek1Start',
        '2027-03-01 north-east-2027-03-01 fieldworkWeek1Start',
      ]);
      expect(await due('2027-02-16', '2027-02-28')).toEqual([
        '2027-02-22 london-2027-03-01 evidenceDeadline',
        '2027-02-22 north-east-2027-03-01 evidenceDeadline',
      ]);
      expect(await due('2026-12-01', '2027-12-31')).toHaveLength(8);
      expect(await due('2027-03-02', '2027-04-29')).toEqual([]);
      expect(await stores.timeline.dueBetween(date('2027-04-30'), date('2027-05-31'))).toEqual([
        aMilestone('london-2027-03-01', 'publication', '2027-04-30'),
        aMilestone(NORTH_EAST, 'publication', '2027-04-30'),
      ]);
    });

    it('with `from` after `to`, refuses the range within one month and finds nothing across months', async ({
      stores,
    }) => {
      await given(stores);
      await expect(stores.timeline.dueBetween(date('2027-02-22'), date('2027-02-15'))).rejects.toThrow();
      expect(await stores.timeline.dueBetween(date('2027-03-01'), date('2027-02-15'))).toEqual([]);
    });

    it('reads records back as their schema has them: unknown fields and undefined values dropped', async ({
      stores,
    }) => {
      const state = aTimeline();
      const inspection = { ...state.inspection, notARecordField: 'dropped' };
      const publication = { ...defined(state.milestones[0]), time: undefined, blockedReason: undefined };
      await given(stores, { ...state, inspection, milestones: [publication] });
      const read = defined(await stores.timeline.loadTimeline(NORTH_EAST));
      expect(read.inspection).toStrictEqual(state.inspection);
      expect(Object.keys(defined(read.milestones[0]))).not.toContain('time');
      expect(Object.keys(defined(read.milestones[0]))).not.toContain('blockedReason');
    });

    it('stores a record its schema refuses, but refuses to read it back', async ({ stores }) => {
      const state = aTimeline();
      const unreadable = { ...defined(state.milestones[0]), dueDate: date('30/04/2027') };
      await given(stores, { ...state, milestones: [unreadable] });
      await expect(stores.timeline.loadTimeline(NORTH_EAST)).rejects.toThrow();
      await expect(stores.timeline.milestones(NORTH_EAST)).rejects.toThrow();
      expect(await stores.timeline.getInspection(NORTH_EAST)).toEqual(state.inspection);
    });

    it('keeps in the overdue index just the milestones overdue or escalated', async ({ stores }) => {
      const state = aTimeline(LONDON);
      state.milestones = state.milestones.map((m) => (m.id === 'evidenceDeadline' ? { ...m, status: 'overdue' } : m));
      await given(stores, state);
      await given(stores);
      expect(await overdueList(stores)).toEqual(['london-2027-03-01 evidenceDeadline overdue']);
      const change = (from: 'pending' | 'overdue' | 'escalated', to: 'overdue' | 'escalated' | 'met-late') =>
        stores.timeline.changeMilestones({
          inspectionId: NORTH_EAST,
          changes: [{ milestoneId: 'orgStructureDue', from, to }],
          audit: anAudit(NORTH_EAST, `orgStructureDue ${to}`, '2027-02-16T09:00:00.000Z'),
        });
      await change('pending', 'overdue');
      expect(await overdueList(stores)).toEqual([
        'north-east-2027-03-01 orgStructureDue overdue',
        'london-2027-03-01 evidenceDeadline overdue',
      ]);
      await change('overdue', 'escalated');
      expect(await overdueList(stores)).toEqual([
        'north-east-2027-03-01 orgStructureDue escalated',
        'london-2027-03-01 evidenceDeadline overdue',
      ]);
      await change('escalated', 'met-late');
      expect(await overdueList(stores)).toEqual(['london-2027-03-01 evidenceDeadline overdue']);
    });

    it('orders the audit trail by time, whatever order the entries were written in', async ({ stores }) => {
      await given(stores);
      await stores.timeline.settleEvent({
        inspectionId: NORTH_EAST,
        eventId: EVENTS.reminder,
        status: 'done',
        outcome: 'sent',
        at: '2027-02-12T09:00:02.000Z',
        audit: anAudit(NORTH_EAST, 'reminder sent', '2027-02-12T09:00:02.000Z'),
      });
      await stores.timeline.holdEvent({
        inspectionId: NORTH_EAST,
        eventId: EVENTS.publication,
        milestoneId: 'publication',
        reason: 'publication held: an organisational alert is open',
        audit: anAudit(NORTH_EAST, 'publication held', '2027-02-01T12:00:00.000Z'),
      });
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'publication held', 'reminder sent']);
    });
  });
}
