import { describe, expect } from 'vitest';
import type { MilestoneStatus } from '../../../functions/domain/milestoneStatus.js';
import type { Stores } from '../../../functions/ports/stores.js';
import type { SettleEvent } from '../../../functions/ports/timelineStore.js';
import { anAudit, anEvent, aTimeline, EVENTS } from '../../support/records.js';
import {
  actions,
  defined,
  eventOf,
  expectInvalid,
  expectRefused,
  given,
  milestoneOf,
  NORTH_EAST,
  overdueList,
  type ContractTest,
} from './helpers.js';

const PUBLISHED_AT = '2027-04-30T08:00:03.000Z';

/** The publication going out: its event done, its milestone met. */
const publication = (overrides: Partial<SettleEvent> = {}): SettleEvent => ({
  inspectionId: NORTH_EAST,
  eventId: EVENTS.publication,
  status: 'done',
  outcome: 'sent',
  at: PUBLISHED_AT,
  change: { milestoneId: 'publication', from: 'pending', to: 'met', completedAt: PUBLISHED_AT },
  audit: anAudit(NORTH_EAST, 'publication sent', PUBLISHED_AT),
  ...overrides,
});

/** The reminder going out: its event done, no milestone change. */
const reminder = (): SettleEvent => ({
  inspectionId: NORTH_EAST,
  eventId: EVENTS.reminder,
  status: 'done',
  outcome: 'sent',
  at: '2027-02-12T09:00:02.000Z',
  audit: anAudit(NORTH_EAST, 'reminder sent', '2027-02-12T09:00:02.000Z'),
});

const overdueDecision = (stores: Stores) =>
  stores.timeline.decideDeadline({
    inspectionId: NORTH_EAST,
    eventId: EVENTS.overdueCheck,
    change: { milestoneId: 'orgStructureDue', from: 'pending', to: 'overdue' },
    audit: anAudit(NORTH_EAST, 'deadline overdue', '2027-02-16T09:00:01.000Z'),
  });

const complete = (
  stores: Stores,
  milestoneId: 'orgStructureDue' | 'evidenceDeadline',
  at: string,
  from: MilestoneStatus = 'pending',
) =>
  stores.timeline.recordCompletion({
    completion: { inspectionId: NORTH_EAST, milestoneId, at, by: 'Sam Contact', status: 'met' },
    change: { milestoneId, from, to: 'met', completedAt: at, completedBy: 'Sam Contact' },
    audit: anAudit(NORTH_EAST, `${milestoneId} met`, at),
  });

export function timelineWritesContract(it: ContractTest): void {
  describe('timeline: settling events and changing milestones', () => {
    it('settles a pending event with its milestone change and audit entry', async ({ stores }) => {
      await given(stores);
      await stores.timeline.settleEvent(publication());
      expect(await eventOf(stores, EVENTS.publication)).toMatchObject({
        status: 'done',
        outcome: 'sent',
        processedAt: PUBLISHED_AT,
      });
      // Completed by the system unless the change names someone.
      expect(await milestoneOf(stores, 'publication')).toMatchObject({
        status: 'met',
        completedAt: PUBLISHED_AT,
        completedBy: 'system',
      });
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'publication sent']);
    });

    it('undoes a completion: marked undone, the milestone back as it was without its completion, once', async ({
      stores,
    }) => {
      await given(stores);
      await overdueDecision(stores);
      await complete(stores, 'orgStructureDue', '2027-02-16T10:00:00.000Z', 'overdue');
      const undo = () =>
        stores.timeline.undoCompletion({
          inspectionId: NORTH_EAST,
          milestoneId: 'orgStructureDue',
          completedAt: '2027-02-16T10:00:00.000Z',
          undone: { at: '2027-02-16T11:00:00.000Z', by: 'Sam Contact' },
          change: { milestoneId: 'orgStructureDue', from: 'met', to: 'overdue' },
          audit: anAudit(NORTH_EAST, 'completion undone', '2027-02-16T11:00:00.000Z'),
        });

      await undo();

      const milestone = await milestoneOf(stores, 'orgStructureDue');
      expect(milestone?.status).toBe('overdue');
      expect(milestone?.completedAt).toBeUndefined();
      expect(milestone?.completedBy).toBeUndefined();
      expect(await stores.timeline.completions(NORTH_EAST)).toMatchObject([
        { milestoneId: 'orgStructureDue', undone: { at: '2027-02-16T11:00:00.000Z', by: 'Sam Contact' } },
      ]);
      // Overdue again: listed as open again.
      expect(await overdueList(stores)).toContain(`${NORTH_EAST} orgStructureDue overdue`);
      expect((await actions(stores, NORTH_EAST)).at(-1)).toBe('completion undone');
      await expectRefused(stores, undo);
    });

    it('settles an event without a milestone change, leaving the milestones alone', async ({ stores }) => {
      const state = await given(stores);
      await stores.timeline.settleEvent(reminder());
      expect(await eventOf(stores, EVENTS.reminder)).toMatchObject({ status: 'done', outcome: 'sent' });
      expect(await stores.timeline.milestones(NORTH_EAST)).toEqual(expect.arrayContaining(state.milestones));
    });

    it('refuses to settle an event already ended, or an unknown one', async ({ stores }) => {
      await given(stores);
      await stores.timeline.settleEvent(reminder());
      await expectRefused(stores, () => stores.timeline.settleEvent(reminder()));
      await expectRefused(stores, () => stores.timeline.settleEvent(publication({ eventId: 'no-such-event' })));
    });

    it('refuses to settle an event whose milestone is no longer as expected: the event stays pending', async ({
      stores,
    }) => {
      await given(stores);
      const stale = publication({ change: { milestoneId: 'publication', from: 'overdue', to: 'met' } });
      await expectRefused(stores, () => stores.timeline.settleEvent(stale));
      expect(await eventOf(stores, EVENTS.publication)).toMatchObject({ status: 'pending' });
    });

    it('records a deadline check’s decision with the milestone’s new status, once', async ({ stores }) => {
      await given(stores);
      await overdueDecision(stores);
      const check = await eventOf(stores, EVENTS.overdueCheck);
      expect(check).toMatchObject({ status: 'pending', decision: 'notify' });
      expect(check?.processedAt).toBeUndefined();
      expect(await milestoneOf(stores, 'orgStructureDue')).toMatchObject({ status: 'overdue' });
      expect(await overdueList(stores)).toEqual(['north-east-2027-03-01 orgStructureDue overdue']);
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'deadline overdue']);
      // The milestone put back as it was: the decision already made is what refuses the second.
      await stores.timeline.changeMilestones({
        inspectionId: NORTH_EAST,
        changes: [{ milestoneId: 'orgStructureDue', from: 'overdue', to: 'pending' }],
        audit: anAudit(NORTH_EAST, 'put back', '2027-02-16T10:00:00.000Z'),
      });
      await expectRefused(stores, () => overdueDecision(stores));
    });

    it('refuses a deadline decision on an event no longer pending, or a milestone changed since', async ({
      stores,
    }) => {
      await given(stores);
      await stores.timeline.settleEvent({ ...reminder(), eventId: EVENTS.overdueCheck });
      await expectRefused(stores, () => overdueDecision(stores));
      await expectRefused(stores, () =>
        stores.timeline.decideDeadline({
          inspectionId: NORTH_EAST,
          eventId: EVENTS.escalationCheck,
          change: { milestoneId: 'orgStructureDue', from: 'overdue', to: 'escalated' },
          audit: anAudit(NORTH_EAST, 'deadline escalated', '2027-02-18T09:00:01.000Z'),
        }),
      );
    });

    it('changes several milestones with one audit entry, all or none', async ({ stores }) => {
      await given(stores);
      const audit = anAudit(NORTH_EAST, 'fieldwork started', '2027-03-01T00:00:00.000Z');
      await expectRefused(stores, () =>
        stores.timeline.changeMilestones({
          inspectionId: NORTH_EAST,
          changes: [
            { milestoneId: 'fieldworkWeek1Start', from: 'pending', to: 'met' },
            { milestoneId: 'orgStructureDue', from: 'overdue', to: 'waived' },
          ],
          audit,
        }),
      );
      await stores.timeline.changeMilestones({
        inspectionId: NORTH_EAST,
        changes: [
          {
            milestoneId: 'fieldworkWeek1Start',
            from: 'pending',
            to: 'met',
            completedAt: '2027-03-01T00:00:00.000Z',
            completedBy: 'calendar',
          },
          { milestoneId: 'evidenceDeadline', from: 'pending', to: 'waived' },
        ],
        audit,
      });
      expect(await milestoneOf(stores, 'fieldworkWeek1Start')).toMatchObject({
        status: 'met',
        completedAt: '2027-03-01T00:00:00.000Z',
        completedBy: 'calendar',
      });
      const waived = await milestoneOf(stores, 'evidenceDeadline');
      expect(waived?.status).toBe('waived');
      expect(waived?.completedAt).toBeUndefined();
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'fieldwork started']);
    });

    it('writes nothing, not even the audit entry, when there are no milestone changes', async ({ stores }) => {
      await given(stores);
      await stores.timeline.changeMilestones({
        inspectionId: NORTH_EAST,
        changes: [],
        audit: anAudit(NORTH_EAST, 'nothing', '2027-03-01T00:00:00.000Z'),
      });
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created']);
    });

    it('refuses milestone changes for an inspection never created', async ({ stores }) => {
      await given(stores);
      await expectRefused(stores, () =>
        stores.timeline.changeMilestones({
          inspectionId: 'wales-2027-03-01',
          changes: [{ milestoneId: 'evidenceDeadline', from: 'pending', to: 'overdue' }],
          audit: anAudit('wales-2027-03-01', 'overdue', '2027-03-01T00:00:00.000Z'),
        }),
      );
      expect(await stores.timeline.auditTrail('wales-2027-03-01')).toEqual([]);
    });
  });

  describe('timeline: completions', () => {
    it('records completions with the milestone change, listed by milestone then time', async ({ stores }) => {
      await given(stores);
      await complete(stores, 'orgStructureDue', '2027-02-14T16:00:00.000Z');
      await complete(stores, 'evidenceDeadline', '2027-02-20T11:00:00.000Z');
      await complete(stores, 'orgStructureDue', '2027-02-13T10:00:00.000Z', 'met');
      expect((await stores.timeline.completions(NORTH_EAST)).map((c) => `${c.milestoneId} ${c.at}`)).toEqual([
        'evidenceDeadline 2027-02-20T11:00:00.000Z',
        'orgStructureDue 2027-02-13T10:00:00.000Z',
        'orgStructureDue 2027-02-14T16:00:00.000Z',
      ]);
      expect((await stores.timeline.completions(NORTH_EAST))[0]).toEqual({
        inspectionId: NORTH_EAST,
        milestoneId: 'evidenceDeadline',
        at: '2027-02-20T11:00:00.000Z',
        by: 'Sam Contact',
        status: 'met',
      });
      expect(await milestoneOf(stores, 'orgStructureDue')).toMatchObject({
        status: 'met',
        completedAt: '2027-02-13T10:00:00.000Z',
        completedBy: 'Sam Contact',
      });
      expect(await actions(stores, NORTH_EAST)).toEqual([
        'inspection created',
        'orgStructureDue met',
        'orgStructureDue met',
        'evidenceDeadline met',
      ]);
    });

    it('refuses the same completion twice, and one whose milestone has changed', async ({ stores }) => {
      await given(stores);
      await complete(stores, 'orgStructureDue', '2027-02-14T16:00:00.000Z');
      await expectRefused(stores, () => complete(stores, 'orgStructureDue', '2027-02-14T16:00:00.000Z', 'met'));
      await expectRefused(stores, () => complete(stores, 'orgStructureDue', '2027-02-15T16:00:00.000Z', 'pending'));
    });
  });

  describe('timeline: writes DynamoDB refuses outright', () => {
    it('refuses a write naming one item twice, as a mistake rather than a conflict', async ({ stores }) => {
      // Two puts of one event. (DynamoDB refuses any item named twice; DynamoDB Local, only when
      // every condition holds, so this case names the item in two unconditional puts.)
      const state = aTimeline();
      state.events = [...state.events, { ...defined(state.events[0]), outcome: 'again' }];
      await expectInvalid(stores, () => given(stores, state));
      expect(await stores.timeline.getInspection(NORTH_EAST)).toBeUndefined();
    });

    it('refuses a write of more than 100 items, whole', async ({ stores }) => {
      const state = aTimeline();
      state.events = Array.from({ length: 100 }, (_, n) =>
        anEvent(NORTH_EAST, 'deadline-reminder', 'evidenceDeadline', '2027-02-15', { id: `reminder-${n}` }),
      );
      await expectInvalid(stores, () => given(stores, state));
      expect(await stores.timeline.getInspection(NORTH_EAST)).toBeUndefined();
    });
  });
}
