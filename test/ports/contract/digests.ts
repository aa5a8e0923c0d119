import { describe, expect } from 'vitest';
import { digestLineOf, sampleDigestOf, type InspectionAtAGlance } from '../../../functions/ports/digests.js';
import type { Stores } from '../../../functions/ports/stores.js';
import { aCaseSample, aLongList } from '../../support/caseSampleRecords.js';
import { aMilestone, anAudit, aNotice, EVENTS } from '../../support/records.js';
import { date, defined, forgetDigestsOf, given, NORTH_EAST, type ContractTest } from './helpers.js';

/** The inspection as the overview reads it. */
async function glanceOf(stores: Stores, inspectionId = NORTH_EAST): Promise<InspectionAtAGlance> {
  return defined((await stores.timeline.listAtAGlance()).find((glance) => glance.inspection.id === inspectionId));
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** The digest says of each milestone what the milestone itself says, and the record is the record. */
async function expectInStep(stores: Stores): Promise<void> {
  const glance = await glanceOf(stores);
  const milestones = await stores.timeline.milestones(NORTH_EAST);
  expect(byId(defined(glance.milestones))).toEqual(byId(milestones.map((m) => ({ id: m.id, ...digestLineOf(m) }))));
  expect(glance.inspection).toEqual(await stores.timeline.getInspection(NORTH_EAST));
}

const statusIn = async (stores: Stores, milestoneId: string) =>
  (await glanceOf(stores)).milestones?.find((line) => line.id === milestoneId)?.status;

export function digestsContract(it: ContractTest): void {
  describe('digests on the inspection’s record (the overview’s one query)', () => {
    it('keeps the milestone digest in step with the milestones after every kind of write', async ({ stores }) => {
      await given(stores);
      await expectInStep(stores);

      await stores.timeline.settleEvent({
        inspectionId: NORTH_EAST,
        eventId: EVENTS.reminder,
        status: 'done',
        outcome: 'sent',
        at: '2027-02-12T09:00:02.000Z',
        audit: anAudit(NORTH_EAST, 'reminder sent', '2027-02-12T09:00:02.000Z'),
      });
      await expectInStep(stores);

      await stores.timeline.decideDeadline({
        inspectionId: NORTH_EAST,
        eventId: EVENTS.overdueCheck,
        change: { milestoneId: 'orgStructureDue', from: 'pending', to: 'overdue' },
        audit: anAudit(NORTH_EAST, 'deadline overdue', '2027-02-16T09:00:01.000Z'),
      });
      expect(await statusIn(stores, 'orgStructureDue')).toBe('overdue');
      await expectInStep(stores);

      const at = '2027-02-16T10:00:00.000Z';
      await stores.timeline.recordCompletion({
        completion: { inspectionId: NORTH_EAST, milestoneId: 'orgStructureDue', at, by: 'Sam Contact', status: 'met' },
        change: { milestoneId: 'orgStructureDue', from: 'overdue', to: 'met', completedAt: at, completedBy: 'Sam' },
        audit: anAudit(NORTH_EAST, 'orgStructureDue met', at),
      });
      expect(await statusIn(stores, 'orgStructureDue')).toBe('met');
      await expectInStep(stores);

      await stores.timeline.undoCompletion({
        inspectionId: NORTH_EAST,
        milestoneId: 'orgStructureDue',
        completedAt: at,
        undone: { at: '2027-02-16T11:00:00.000Z', by: 'Sam Contact' },
        change: { milestoneId: 'orgStructureDue', from: 'met', to: 'overdue' },
        audit: anAudit(NORTH_EAST, 'completion undone', '2027-02-16T11:00:00.000Z'),
      });
      expect(await statusIn(stores, 'orgStructureDue')).toBe('overdue');
      await expectInStep(stores);

      await stores.timeline.changeMilestones({
        inspectionId: NORTH_EAST,
        changes: [
          { milestoneId: 'evidenceDeadline', from: 'pending', to: 'escalated' },
          { milestoneId: 'fieldworkWeek1Start', from: 'pending', to: 'met' },
        ],
        audit: anAudit(NORTH_EAST, 'fieldwork started', '2027-03-01T00:00:00.000Z'),
      });
      await expectInStep(stores);

      const held = {
        inspectionId: NORTH_EAST,
        eventId: EVENTS.publication,
        milestoneId: 'publication' as const,
        audit: anAudit(NORTH_EAST, 'publication held', '2027-04-30T08:00:00.000Z'),
      };
      await stores.timeline.holdEvent({ ...held, reason: 'an organisational alert is open' });
      await expectInStep(stores);
      await stores.timeline.releaseEvent({
        ...held,
        audit: anAudit(NORTH_EAST, 'released', '2027-04-30T09:00:00.000Z'),
      });
      await expectInStep(stores);

      // A notice sent settles its event and its milestone in the ledger's transaction.
      const sentAt = '2027-04-30T09:00:03.000Z';
      await stores.ledger.claimNotice({ notice: aNotice(NORTH_EAST, EVENTS.publication), expected: undefined });
      await stores.ledger.finishNotice({
        inspectionId: NORTH_EAST,
        noticeId: EVENTS.publication,
        attempt: 1,
        outcome: { status: 'sent', messageId: 'message-1', sentAt },
        audit: anAudit(NORTH_EAST, 'notice sent', sentAt),
        settle: {
          inspectionId: NORTH_EAST,
          eventId: EVENTS.publication,
          status: 'done',
          outcome: 'sent',
          at: sentAt,
          change: { milestoneId: 'publication', from: 'pending', to: 'met', completedAt: sentAt },
          audit: anAudit(NORTH_EAST, 'publication settled', sentAt),
        },
      });
      expect(await statusIn(stores, 'publication')).toBe('met');
      await expectInStep(stores);

      // A new plan's milestones, dates and all; an official changed (no milestones) leaves them be.
      const inspection = defined(await stores.timeline.getInspection(NORTH_EAST));
      await stores.timeline.replacePlan({
        inspection: { ...inspection, fieldworkStart: date('2027-03-08'), planVersion: 2 },
        expectedPlanVersion: 1,
        milestones: [aMilestone(NORTH_EAST, 'fieldworkWeek1Start', '2027-03-08', { planVersion: 2 })],
        cancelEventIds: [],
        newEvents: [],
        audit: anAudit(NORTH_EAST, 'dates changed', '2027-03-02T10:00:00.000Z'),
      });
      expect((await glanceOf(stores)).milestones?.find((line) => line.id === 'fieldworkWeek1Start')).toMatchObject({
        dueDate: '2027-03-08',
        status: 'pending',
      });
      await expectInStep(stores);
      await stores.timeline.replacePlan({
        inspection: { ...inspection, planVersion: 3, fieldworkStart: date('2027-03-08') },
        expectedPlanVersion: 2,
        milestones: [],
        cancelEventIds: [],
        newEvents: [],
        audit: anAudit(NORTH_EAST, 'official named', '2027-03-02T11:00:00.000Z'),
      });
      await expectInStep(stores);
    });

    it('keeps the case sample’s digest with every write of the sample; none drawn at first', async ({ stores }) => {
      await given(stores);
      expect((await glanceOf(stores)).sample).toEqual({ issued: false, cases: [] });
      const record = aCaseSample(NORTH_EAST, aLongList(400));
      await stores.caseSample.saveSample({
        record,
        cases: [],
        audit: [anAudit(NORTH_EAST, 'long-list uploaded', '2027-01-11T10:00:00.000Z')],
      });
      expect((await glanceOf(stores)).sample).toEqual(sampleDigestOf(record));
      const issued = {
        ...record,
        version: record.version + 1,
        issued: { at: '2027-02-08T09:00:00.000Z', how: 'with-announcement' as const },
      };
      await stores.caseSample.saveSample({
        record: issued,
        audit: [anAudit(NORTH_EAST, 'sample issued', '2027-02-08T09:00:00.000Z')],
      });
      expect((await glanceOf(stores)).sample).toEqual(sampleDigestOf(issued));
      expect((await glanceOf(stores)).sample?.issued).toBe(true);
    });

    it('says a record written before the digests has none, and the first milestone write fills it', async ({
      stores,
    }) => {
      await given(stores);
      await forgetDigestsOf(stores)(NORTH_EAST);
      const before = await glanceOf(stores);
      expect(before.milestones).toBeUndefined();
      expect(before.sample).toBeUndefined();
      expect(before.inspection).toEqual(await stores.timeline.getInspection(NORTH_EAST));

      await stores.timeline.changeMilestones({
        inspectionId: NORTH_EAST,
        changes: [{ milestoneId: 'evidenceDeadline', from: 'pending', to: 'overdue' }],
        audit: anAudit(NORTH_EAST, 'overdue', '2027-02-23T00:00:00.000Z'),
      });

      expect(await statusIn(stores, 'evidenceDeadline')).toBe('overdue');
      await expectInStep(stores);
    });
  });
}
