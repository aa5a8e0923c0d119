import { describe, expect } from 'vitest';
import type { InspectionRecord } from '../../../functions/ports/records.js';
import type { Stores } from '../../../functions/ports/stores.js';
import type { HeldEvent, PlanReplacement } from '../../../functions/ports/timelineStore.js';
import { aMilestone, anAudit, anEvent, EVENTS } from '../../support/records.js';
import {
  actions,
  date,
  defined,
  eventOf,
  expectRefused,
  given,
  milestoneOf,
  NORTH_EAST,
  overdueList,
  type ContractTest,
} from './helpers.js';

const CHANGED_AT = '2027-02-01T10:00:00.000Z';

/** Fieldwork moved a week later: version 2 of the plan, as changing an inspection's dates writes it. */
function moved(inspection: InspectionRecord, overrides: Partial<PlanReplacement> = {}): PlanReplacement {
  return {
    inspection: {
      ...inspection,
      fieldworkStart: date('2027-03-08'),
      milestoneDates: { fieldworkWeek1Start: date('2027-03-08') },
      planVersion: 2,
      driver: `${NORTH_EAST}-v2-9f8e7d6c`,
      updatedAt: CHANGED_AT,
    },
    expectedPlanVersion: 1,
    milestones: [
      aMilestone(NORTH_EAST, 'fieldworkWeek1Start', '2027-03-08', { planVersion: 2 }),
      aMilestone(NORTH_EAST, 'publication', '2027-05-07', { planVersion: 2 }),
    ],
    cancelEventIds: [EVENTS.reminder, EVENTS.publication],
    newEvents: [
      anEvent(NORTH_EAST, 'publication', 'publication', '2027-05-07', { planVersion: 2 }),
      anEvent(NORTH_EAST, 'dates-changed', 'fieldworkWeek1Start', '2027-02-01', {
        id: 'dates-changed:v2',
        at: CHANGED_AT,
        planVersion: 2,
        attachCalendar: true,
        changes: [{ milestoneId: 'fieldworkWeek1Start', from: date('2027-03-01'), to: date('2027-03-08') }],
      }),
    ],
    audit: anAudit(NORTH_EAST, 'dates changed', CHANGED_AT),
    ...overrides,
  };
}

const held = (overrides: Partial<HeldEvent> = {}): HeldEvent => ({
  inspectionId: NORTH_EAST,
  eventId: EVENTS.publication,
  milestoneId: 'publication',
  audit: anAudit(NORTH_EAST, 'publication held', '2027-04-30T08:00:00.000Z'),
  ...overrides,
});

const hold = (stores: Stores, reason: string, overrides: Partial<HeldEvent> = {}) =>
  stores.timeline.holdEvent({ ...held(overrides), reason });

export function timelinePlansContract(it: ContractTest): void {
  describe('timeline: replacing the plan', () => {
    it('rewrites the inspection, puts milestones anew, cancels events (held ones too) and adds events', async ({
      stores,
    }) => {
      await given(stores);
      await hold(stores, 'publication held: an organisational alert is open');
      await stores.alerts.nextAlertNumber(NORTH_EAST);
      const read = defined(await stores.timeline.getInspection(NORTH_EAST));
      // An alert raised between the read and the write: its number is not undone.
      await stores.alerts.nextAlertNumber(NORTH_EAST);
      const replacement = moved(read);
      await stores.timeline.replacePlan(replacement);

      const after = defined(await stores.timeline.loadTimeline(NORTH_EAST));
      expect(after.inspection).toEqual({ ...replacement.inspection, alertCount: 2 });
      expect(await milestoneOf(stores, 'fieldworkWeek1Start')).toEqual(replacement.milestones[0]);
      // Put anew: the hold's reason goes with the old record.
      expect(await milestoneOf(stores, 'publication')).toEqual(replacement.milestones[1]);
      expect(await milestoneOf(stores, 'orgStructureDue')).toEqual(
        aMilestone(NORTH_EAST, 'orgStructureDue', '2027-02-15'),
      );
      const byId = new Map(after.events.map((event) => [event.id, event]));
      for (const id of [EVENTS.reminder, EVENTS.publication]) {
        const cancelled = byId.get(id);
        expect(cancelled).toMatchObject({ status: 'cancelled', outcome: 'plan version 2 replaced it' });
        expect(cancelled?.processedAt).toBeUndefined();
      }
      expect(byId.get(EVENTS.overdueCheck)?.status).toBe('pending');
      for (const event of replacement.newEvents) expect(byId.get(event.id)).toEqual(event);
      expect(after.events).toHaveLength(6);
      expect((await stores.timeline.listInspections()).map((i) => i.fieldworkStart)).toEqual(['2027-03-08']);
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'dates changed', 'publication held']);
    });

    it('refuses a replacement made from a stale plan, changing nothing', async ({ stores }) => {
      await given(stores);
      const inspection = defined(await stores.timeline.getInspection(NORTH_EAST));
      await stores.timeline.replacePlan(moved(inspection, { cancelEventIds: [], newEvents: [] }));
      await expectRefused(stores, () =>
        stores.timeline.replacePlan(moved(inspection, { cancelEventIds: [], newEvents: [] })),
      );
    });

    it('refuses a replacement cancelling an event already ended, or adding one that exists', async ({ stores }) => {
      await given(stores);
      const inspection = defined(await stores.timeline.getInspection(NORTH_EAST));
      await stores.timeline.settleEvent({
        inspectionId: NORTH_EAST,
        eventId: EVENTS.reminder,
        status: 'done',
        outcome: 'sent',
        at: '2027-02-12T09:00:02.000Z',
        audit: anAudit(NORTH_EAST, 'reminder sent', '2027-02-12T09:00:02.000Z'),
      });
      await expectRefused(stores, () => stores.timeline.replacePlan(moved(inspection)));
      await expectRefused(stores, () =>
        stores.timeline.replacePlan(
          moved(inspection, {
            cancelEventIds: [],
            newEvents: [anEvent(NORTH_EAST, 'deadline-overdue', 'orgStructureDue', '2027-02-16')],
          }),
        ),
      );
    });

    it('refuses a replacement for an inspection never created', async ({ stores }) => {
      await given(stores);
      const inspection = defined(await stores.timeline.getInspection(NORTH_EAST));
      await expectRefused(stores, () =>
        stores.timeline.replacePlan(
          moved({ ...inspection, id: 'wales-2027-03-01' }, { milestones: [], cancelEventIds: [], newEvents: [] }),
        ),
      );
    });

    it('puts a replaced milestone into the overdue index, or out of it, by its new status', async ({ stores }) => {
      await given(stores);
      const inspection = defined(await stores.timeline.getInspection(NORTH_EAST));
      const evidence = (status: 'overdue' | 'pending', planVersion: number) =>
        aMilestone(NORTH_EAST, 'evidenceDeadline', '2027-02-24', { status, planVersion });
      await stores.timeline.replacePlan(
        moved(inspection, { milestones: [evidence('overdue', 2)], cancelEventIds: [], newEvents: [] }),
      );
      expect(await overdueList(stores)).toEqual(['north-east-2027-03-01 evidenceDeadline overdue']);
      const second = moved(inspection, { milestones: [evidence('pending', 3)], cancelEventIds: [], newEvents: [] });
      await stores.timeline.replacePlan({
        ...second,
        inspection: { ...second.inspection, planVersion: 3 },
        expectedPlanVersion: 2,
      });
      expect(await overdueList(stores)).toEqual([]);
    });
  });

  describe('timeline: drivers', () => {
    it('hands the inspection to a new driver', async ({ stores }) => {
      const { inspection } = await given(stores);
      await stores.timeline.setDriver({
        inspectionId: NORTH_EAST,
        expected: inspection.driver,
        next: `${NORTH_EAST}-v1-resumed`,
        at: CHANGED_AT,
      });
      expect(await stores.timeline.getInspection(NORTH_EAST)).toEqual({
        ...inspection,
        driver: `${NORTH_EAST}-v1-resumed`,
        updatedAt: CHANGED_AT,
      });
    });

    it('refuses a new driver unless the driver is still the one expected', async ({ stores }) => {
      await given(stores);
      const setDriver = (inspectionId: string) =>
        stores.timeline.setDriver({ inspectionId, expected: 'gone', next: 'mine', at: CHANGED_AT });
      await expectRefused(stores, () => setDriver(NORTH_EAST));
      await expectRefused(stores, () => setDriver('wales-2027-03-01'));
    });
  });

  describe('timeline: the interview team’s access', () => {
    it('sets the team on the inspection’s people, leaving the plan and everyone else as they were', async ({
      stores,
    }) => {
      const { inspection } = await given(stores);
      const team = [{ name: 'Ana Assistant', email: 'ana.assistant@officials.example' }];

      await stores.timeline.setTeamAccess({
        inspectionId: NORTH_EAST,
        interviewTeam: team,
        at: CHANGED_AT,
        audit: anAudit(NORTH_EAST, 'interview team given access', CHANGED_AT),
      });

      expect(await stores.timeline.getInspection(NORTH_EAST)).toEqual({
        ...inspection,
        people: { ...inspection.people, interviewTeam: team },
        updatedAt: CHANGED_AT,
      });
      expect(await actions(stores, NORTH_EAST)).toContain('interview team given access');
    });
  });

  describe('timeline: the report stages recorded', () => {
    const contractEdited = { kind: 'done', stageId: 'contractEditing', on: date('2027-04-14') } as const;
    const returned = {
      kind: 'returned',
      stageId: 'strategicEditing',
      on: date('2027-04-16'),
      reason: 'The findings on risk need restructuring',
    } as const;

    it('adds each record in turn, audited, without changing the plan', async ({ stores }) => {
      const { inspection } = await given(stores);
      const record = (expectedCount: number, stage: typeof contractEdited | typeof returned) =>
        stores.timeline.recordReportStage({
          inspectionId: NORTH_EAST,
          expectedCount,
          record: stage,
          at: CHANGED_AT,
          audit: anAudit(NORTH_EAST, `report stage ${stage.kind}`, CHANGED_AT),
        });

      await record(0, contractEdited);
      await record(1, returned);

      expect(await stores.timeline.getInspection(NORTH_EAST)).toEqual({
        ...inspection,
        reportRecords: [contractEdited, returned],
        updatedAt: CHANGED_AT,
      });
      expect(await actions(stores, NORTH_EAST)).toEqual(
        expect.arrayContaining(['report stage done', 'report stage returned']),
      );
    });

    it('refuses a record made from a stale reading, writing nothing', async ({ stores }) => {
      await given(stores);
      const record = (expectedCount: number) =>
        stores.timeline.recordReportStage({
          inspectionId: NORTH_EAST,
          expectedCount,
          record: contractEdited,
          at: CHANGED_AT,
          audit: anAudit(NORTH_EAST, `recorded after ${expectedCount}`, CHANGED_AT),
        });
      await record(0);

      await expectRefused(stores, () => record(0));
      await expectRefused(stores, () => record(2));

      expect((await stores.timeline.getInspection(NORTH_EAST))?.reportRecords).toHaveLength(1);
    });

    it('keeps the records when the plan is replaced', async ({ stores }) => {
      const { inspection } = await given(stores);
      await stores.timeline.recordReportStage({
        inspectionId: NORTH_EAST,
        expectedCount: 0,
        record: contractEdited,
        at: CHANGED_AT,
        audit: anAudit(NORTH_EAST, 'report stage done', CHANGED_AT),
      });

      await stores.timeline.replacePlan(moved(inspection));

      expect((await stores.timeline.getInspection(NORTH_EAST))?.reportRecords).toEqual([contractEdited]);
    });
  });

  describe('timeline: holding and releasing an event', () => {
    it('holds an event, saying why on its milestone; holding it again refreshes the reason', async ({ stores }) => {
      await given(stores);
      await hold(stores, 'publication held: alert a1 is open');
      expect(await eventOf(stores, EVENTS.publication)).toMatchObject({
        status: 'held',
        outcome: 'publication held: alert a1 is open',
      });
      expect(await milestoneOf(stores, 'publication')).toMatchObject({
        status: 'pending',
        blockedReason: 'publication held: alert a1 is open',
      });
      await hold(stores, 'publication held: alert a2 is open', {
        audit: anAudit(NORTH_EAST, 'publication still held', '2027-05-01T02:00:00.000Z'),
      });
      expect(await eventOf(stores, EVENTS.publication)).toMatchObject({
        status: 'held',
        outcome: 'publication held: alert a2 is open',
      });
      expect((await milestoneOf(stores, 'publication'))?.blockedReason).toBe('publication held: alert a2 is open');
      expect(await actions(stores, NORTH_EAST)).toEqual([
        'inspection created',
        'publication held',
        'publication still held',
      ]);
    });

    it('releases a held event: pending again, without its reason, its milestone no longer blocked', async ({
      stores,
    }) => {
      const state = await given(stores);
      await hold(stores, 'publication held: alert a1 is open');
      await stores.timeline.releaseEvent(
        held({ audit: anAudit(NORTH_EAST, 'publication released', '2027-05-03T09:00:00.000Z') }),
      );
      expect(await eventOf(stores, EVENTS.publication)).toEqual(
        state.events.find((event) => event.id === EVENTS.publication),
      );
      expect(await milestoneOf(stores, 'publication')).toEqual(aMilestone(NORTH_EAST, 'publication', '2027-04-30'));
      expect(await actions(stores, NORTH_EAST)).toEqual([
        'inspection created',
        'publication held',
        'publication released',
      ]);
    });

    it('refuses to hold an event already ended, or one whose milestone does not exist', async ({ stores }) => {
      await given(stores);
      await stores.timeline.settleEvent({
        inspectionId: NORTH_EAST,
        eventId: EVENTS.reminder,
        status: 'done',
        outcome: 'sent',
        at: '2027-02-12T09:00:02.000Z',
        audit: anAudit(NORTH_EAST, 'reminder sent', '2027-02-12T09:00:02.000Z'),
      });
      await expectRefused(stores, () =>
        hold(stores, 'held', { eventId: EVENTS.reminder, milestoneId: 'orgStructureDue' }),
      );
      await expectRefused(stores, () => hold(stores, 'held', { milestoneId: 'factualAccuracyDue' }));
      await expectRefused(stores, () => hold(stores, 'held', { eventId: 'no-such-event' }));
    });

    it('refuses to release an event not held, or one whose milestone does not exist', async ({ stores }) => {
      await given(stores);
      await expectRefused(stores, () => stores.timeline.releaseEvent(held()));
      await hold(stores, 'publication held: alert a1 is open');
      await expectRefused(stores, () => stores.timeline.releaseEvent(held({ milestoneId: 'factualAccuracyDue' })));
    });
  });
}
