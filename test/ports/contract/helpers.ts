import { expect, test } from 'vitest';
import { ConflictError } from '../../../functions/ports/errors.js';
import type { LocalDate } from '../../../functions/domain/localDate.js';
import type { InspectionState } from '../../../functions/ports/records.js';
import type { Stores } from '../../../functions/ports/stores.js';
import { anAudit, aTimeline } from '../../support/records.js';

export type StoresSetup = () => Promise<{
  stores: Stores;
  dispose?: () => Promise<void>;
  /** Takes the digests off an inspection's record, as if written before they were kept (ports/digests.ts). */
  forgetDigests: (inspectionId: string) => Promise<void>;
}>;

const forgetters = new WeakMap<Stores, (inspectionId: string) => Promise<void>>();

/** The way these stores make a record as it was before the digests were kept. */
export const forgetDigestsOf = (stores: Stores) => defined(forgetters.get(stores));

/** `it`, with fresh stores for each test (disposed of after it). */
export function contractTest(setup: StoresSetup) {
  return test.extend<{ stores: Stores }>({
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixture's dependencies from this pattern
    stores: async ({}, use) => {
      const { stores, dispose, forgetDigests } = await setup();
      forgetters.set(stores, forgetDigests);
      try {
        await use(stores);
      } finally {
        await dispose?.();
      }
    },
  });
}

export type ContractTest = ReturnType<typeof contractTest>;

export const NORTH_EAST = 'north-east-2027-03-01';
export const LONDON = { name: 'London', id: 'london' };
export const EAST_MIDLANDS = { name: 'East Midlands', id: 'east-midlands' };

/** The inspections the cases use (aTimeline's regions), whether or not a case created them. */
const INSPECTION_IDS = [NORTH_EAST, 'london-2027-03-01', 'east-midlands-2027-03-01'];

export const CREATED_AT = '2027-01-11T09:30:00.000Z';

/** Stores an inspection's timeline, as starting an inspection does. */
export async function given(stores: Stores, state: InspectionState = aTimeline()): Promise<InspectionState> {
  await stores.timeline.createInspection({
    state,
    audit: anAudit(state.inspection.id, 'inspection created', CREATED_AT),
  });
  return state;
}

/** All that a reader of the stores can see, to show that a refused write changed none of it. */
export async function everything(stores: Stores) {
  const inspections = await stores.timeline.listInspections();
  const ids = [...new Set([...INSPECTION_IDS, ...inspections.map((inspection) => inspection.id)])];
  return {
    inspections,
    atAGlance: await stores.timeline.listAtAGlance(),
    overdue: await stores.timeline.overdue(),
    due: await stores.timeline.dueBetween(date('2027-01-01'), date('2027-12-31')),
    alerts: await stores.alerts.listAllAlerts(),
    each: await Promise.all(
      ids.map(async (id) => ({
        timeline: await stores.timeline.loadTimeline(id),
        completions: await stores.timeline.completions(id),
        audit: await stores.timeline.auditTrail(id),
        notices: await stores.ledger.listNotices(id),
        alerts: await stores.alerts.listAlerts(id),
      })),
    ),
  };
}

/** The write is refused with `error` (ConflictError unless said), and nothing anyone can read has changed. */
export async function expectRefused(
  stores: Stores,
  write: () => Promise<unknown>,
  error: abstract new (...args: never[]) => Error = ConflictError,
): Promise<void> {
  const before = await everything(stores);
  await expect(write()).rejects.toBeInstanceOf(error);
  expect(await everything(stores)).toEqual(before);
}

/** Refused as a mistake (DynamoDB's validation), not as a conflict a fresh read would resolve; nothing changed. */
export async function expectInvalid(stores: Stores, write: () => Promise<unknown>): Promise<void> {
  const before = await everything(stores);
  const refusal = await write().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(Error);
  expect(refusal).not.toBeInstanceOf(ConflictError);
  expect(await everything(stores)).toEqual(before);
}

/** The actions of an inspection's audit trail, in order. */
export async function actions(stores: Stores, inspectionId: string): Promise<string[]> {
  return (await stores.timeline.auditTrail(inspectionId)).map((entry) => entry.action);
}

export const date = (value: string) => value as LocalDate;

export async function eventOf(stores: Stores, eventId: string, inspectionId = NORTH_EAST) {
  return (await stores.timeline.loadTimeline(inspectionId))?.events.find((candidate) => candidate.id === eventId);
}

export async function milestoneOf(stores: Stores, milestoneId: string, inspectionId = NORTH_EAST) {
  return (await stores.timeline.milestones(inspectionId)).find((candidate) => candidate.id === milestoneId);
}

/** The overdue index, as `<inspection> <milestone> <status>`. */
export async function overdueList(stores: Stores): Promise<string[]> {
  return (await stores.timeline.overdue()).map((m) => `${m.inspectionId} ${m.id} ${m.status}`);
}

/** The value, which the case has just written: its absence fails the case. */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value, found none');
  return value;
}
