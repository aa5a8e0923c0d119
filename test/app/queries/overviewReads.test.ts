import { describe, expect, it } from 'vitest';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { overviewRows } from '../../../functions/app/queries/overview.js';
import { addDays, asLocalDate } from '../../../functions/domain/localDate.js';
import { REGIONS } from '../../../functions/domain/regions.js';
import { META } from '../../support/memory/db.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { MemoryDb, memoryStores } from '../../support/memoryStores.js';
import { SIGNED_IN } from '../../support/principals.js';
import { individualAlert, planInspection } from '../arrange.js';

/** `count` inspections, a week apart from Monday 7 June 2027, the first with an alert; it is then 16 June. */
async function programme(count: number, db = new MemoryDb()): Promise<MemoryDeps> {
  const deps = { ...memoryDeps(), ...memoryStores(db) };
  for (let i = 0; i < count; i += 1) {
    const region = REGIONS[i % REGIONS.length];
    const fieldworkStart = addDays(asLocalDate('2027-06-07'), 7 * Math.floor(i / REGIONS.length));
    await planInspection(deps, { region: region?.name ?? 'North East', fieldworkStart });
  }
  deps.clock.set('2027-06-08T12:00:00Z');
  const [first] = await deps.timeline.listInspections();
  if (first) await raiseAlert(deps, SIGNED_IN.lead, individualAlert(first.id));
  deps.clock.set('2027-06-16T12:00:00Z');
  return deps;
}

/** The stores' calls the overview makes, counted by method. */
async function readsOf(deps: MemoryDeps): Promise<Record<string, number>> {
  const calls: Record<string, number> = {};
  const counted = <T extends object>(name: string, store: T): T =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const key = `${name}.${String(property)}`;
          calls[key] = (calls[key] ?? 0) + 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  await overviewRows(
    {
      ...deps,
      timeline: counted('timeline', deps.timeline),
      alerts: counted('alerts', deps.alerts),
      caseSample: counted('caseSample', deps.caseSample),
      ledger: counted('ledger', deps.ledger),
    },
    SIGNED_IN.isa,
  );
  return calls;
}

describe('the programme overview’s reads', () => {
  it('makes the same store reads for 5 inspections as for 50: every inspection in one, every alert in one', async () => {
    const few = await readsOf(await programme(5));
    const many = await readsOf(await programme(50));

    expect(many).toEqual(few);
    expect(many).toEqual({ 'timeline.listAtAGlance': 1, 'alerts.listAllAlerts': 1 });
  });

  it('reads a record written before the digests the old way, and shows it the same', async () => {
    const db = new MemoryDb();
    const deps = await programme(14, db);
    const fromDigests = await overviewRows(deps, SIGNED_IN.isa);

    for (const { id } of await deps.timeline.listInspections()) {
      const { milestoneDigest: _m, sampleDigest: _s, ...record } = db.inspections.peek(id, META) ?? {};
      db.inspections.set(id, META, record as NonNullable<ReturnType<typeof db.inspections.peek>>);
    }

    expect(await overviewRows(deps, SIGNED_IN.isa)).toEqual(fromDigests);
    expect((await readsOf(deps))['timeline.milestones']).toBe(14);
  });
});
