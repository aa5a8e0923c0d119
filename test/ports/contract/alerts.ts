import { describe, expect } from 'vitest';
import { ConflictError, DuplicateAlertError } from '../../../functions/ports/errors.js';
import type { AlertRecord } from '../../../functions/ports/records.js';
import type { Stores } from '../../../functions/ports/stores.js';
import { anAlert, anAudit, aTimeline, openKeyOf } from '../../support/records.js';
import { actions, everything, expectRefused, given, LONDON, NORTH_EAST, type ContractTest } from './helpers.js';

const LONDON_ID = 'london-2027-03-01';

const raise = (stores: Stores, alert: AlertRecord) =>
  stores.alerts.createAlert({
    alert,
    openKey: openKeyOf(alert),
    audit: anAudit(alert.inspectionId, `alert ${alert.id} raised`, alert.raised.at),
  });

/** An organisational alert: no case, one open per region and category. */
const organisational = (number: number, raisedAt: string) =>
  anAlert(NORTH_EAST, number, {
    type: 'organisational',
    category: 'organisational-practice',
    caseReference: undefined,
    raised: { at: raisedAt, by: 'Lee Inspector' },
  });

/** The next version of an alert, as a write after reading it makes it. */
const next = (alert: AlertRecord, changes: Partial<AlertRecord>, at: string): AlertRecord => ({
  ...alert,
  ...changes,
  version: alert.version + 1,
  updatedAt: at,
});

export function alertsContract(it: ContractTest): void {
  describe('alerts: numbers', () => {
    it('numbers an inspection’s alerts 1, 2, 3, each inspection on its own, counted on the inspection', async ({
      stores,
    }) => {
      await given(stores);
      await given(stores, aTimeline(LONDON));
      const numbers: number[] = [];
      for (const id of [NORTH_EAST, NORTH_EAST, LONDON_ID, NORTH_EAST]) {
        numbers.push(await stores.alerts.nextAlertNumber(id));
      }
      expect(numbers).toEqual([1, 2, 1, 3]);
      expect((await stores.timeline.getInspection(NORTH_EAST))?.alertCount).toBe(3);
      expect((await stores.timeline.getInspection(LONDON_ID))?.alertCount).toBe(1);
    });

    it('refuses a number for an inspection never created, creating nothing', async ({ stores }) => {
      await given(stores);
      // Refused, but not (yet) as a ConflictError: DynamoDB's own ConditionalCheckFailedException escapes.
      await expectRefused(stores, () => stores.alerts.nextAlertNumber('wales-2027-03-01'), Error);
    });
  });

  describe('alerts: raising and reading', () => {
    it('stores alerts: read by id, listed by id in an inspection, and by time raised across all', async ({
      stores,
    }) => {
      await given(stores);
      await given(stores, aTimeline(LONDON));
      const first = anAlert(NORTH_EAST, 1);
      const tenth = anAlert(NORTH_EAST, 10, {
        caseReference: 'CASE-0107',
        raised: { at: '2027-03-03T11:00:00.000Z', by: 'Ira Inspector' },
      });
      const second = organisational(2, '2027-03-01T10:00:00.000Z');
      const london = anAlert(LONDON_ID, 1);
      for (const alert of [first, tenth, second, london]) await raise(stores, alert);

      expect(await stores.alerts.getAlert(NORTH_EAST, first.id)).toEqual(first);
      expect(await stores.alerts.getAlert(NORTH_EAST, 'north-east-2027-03-01-a99')).toBeUndefined();
      expect(await stores.alerts.listAlerts(NORTH_EAST)).toEqual([first, tenth, second]);
      expect(await stores.alerts.listAlerts('wales-2027-03-01')).toEqual([]);
      expect((await stores.alerts.listAllAlerts()).map((alert) => alert.id)).toEqual([
        second.id,
        london.id,
        first.id,
        tenth.id,
      ]);
      expect(await actions(stores, NORTH_EAST)).toEqual([
        'inspection created',
        `alert ${second.id} raised`,
        `alert ${first.id} raised`,
        `alert ${tenth.id} raised`,
      ]);
    });

    it('refuses a second open alert with the same key, naming the open one; other keys and inspections are free', async ({
      stores,
    }) => {
      await given(stores);
      await given(stores, aTimeline(LONDON));
      const first = anAlert(NORTH_EAST, 1);
      await raise(stores, first);
      const before = await everything(stores);
      const duplicate = raise(
        stores,
        anAlert(NORTH_EAST, 2, { raised: { at: '2027-03-04T09:00:00.000Z', by: 'Lee Inspector' } }),
      );
      await expect(duplicate).rejects.toBeInstanceOf(DuplicateAlertError);
      await expect(duplicate).rejects.toMatchObject({ openAlertId: first.id });
      expect(await everything(stores)).toEqual(before);
      expect(await stores.alerts.openAlertId(NORTH_EAST, openKeyOf(first))).toBe(first.id);
      expect(await stores.alerts.openAlertId(LONDON_ID, openKeyOf(first))).toBeUndefined();

      await raise(stores, anAlert(NORTH_EAST, 3, { category: 'risk-to-person-on-probation' }));
      await raise(stores, anAlert(NORTH_EAST, 4, { caseReference: 'CASE-0107' }));
      await raise(stores, anAlert(LONDON_ID, 1));
      expect(await stores.alerts.listAlerts(NORTH_EAST)).toHaveLength(3);
    });

    it('refuses an alert whose id is taken as a conflict; the same alert again is a duplicate of itself', async ({
      stores,
    }) => {
      await given(stores);
      const first = anAlert(NORTH_EAST, 1);
      await raise(stores, first);
      await expectRefused(stores, () => raise(stores, anAlert(NORTH_EAST, 1, { caseReference: 'CASE-0107' })));
      await expect(raise(stores, first)).rejects.toMatchObject({ openAlertId: first.id });
    });
  });

  describe('alerts: saving', () => {
    it('saves an alert only from the version it was read at, with its audit entries', async ({ stores }) => {
      await given(stores);
      const raised = anAlert(NORTH_EAST, 1);
      await raise(stores, raised);
      const confirmed = next(
        raised,
        { status: 'confirmed', confirmed: { at: '2027-03-02T15:00:00.000Z', by: 'Lee Inspector' } },
        '2027-03-02T15:00:00.000Z',
      );
      await stores.alerts.saveAlert({
        alert: confirmed,
        audit: [
          anAudit(NORTH_EAST, 'alert confirmed', '2027-03-02T15:00:00.000Z'),
          anAudit(NORTH_EAST, 'alert driver started', '2027-03-02T15:00:00.001Z'),
        ],
      });
      expect(await stores.alerts.getAlert(NORTH_EAST, raised.id)).toEqual(confirmed);
      expect(await actions(stores, NORTH_EAST)).toEqual([
        'inspection created',
        `alert ${raised.id} raised`,
        'alert confirmed',
        'alert driver started',
      ]);

      const stale = next(raised, { status: 'withdrawn' }, '2027-03-02T15:30:00.000Z');
      const audit = [anAudit(NORTH_EAST, 'alert withdrawn', '2027-03-02T15:30:00.000Z')];
      await expectRefused(stores, () => stores.alerts.saveAlert({ alert: stale, audit }));
      await expectRefused(stores, () => stores.alerts.saveAlert({ alert: { ...confirmed, version: 4 }, audit }));
      await expectRefused(stores, () =>
        stores.alerts.saveAlert({ alert: next(anAlert(NORTH_EAST, 7), {}, '2027-03-02T15:30:00.000Z'), audit }),
      );
    });

    it('frees the open key when an alert closes: a new alert for the same case may be raised', async ({ stores }) => {
      await given(stores);
      const raised = anAlert(NORTH_EAST, 1);
      await raise(stores, raised);
      const again = anAlert(NORTH_EAST, 2, { raised: { at: '2027-03-05T09:00:00.000Z', by: 'Ira Inspector' } });
      await expect(raise(stores, again)).rejects.toBeInstanceOf(DuplicateAlertError);
      const withdrawn = next(
        raised,
        {
          status: 'withdrawn',
          withdrawn: { at: '2027-03-04T09:00:00.000Z', by: 'Lee Inspector', reason: 'raised in error' },
        },
        '2027-03-04T09:00:00.000Z',
      );
      await stores.alerts.saveAlert({
        alert: withdrawn,
        audit: [anAudit(NORTH_EAST, 'alert withdrawn', '2027-03-04T09:00:00.000Z')],
        releaseKey: openKeyOf(raised),
      });
      expect(await stores.alerts.openAlertId(NORTH_EAST, openKeyOf(raised))).toBeUndefined();
      await raise(stores, again);
      expect((await stores.alerts.listAlerts(NORTH_EAST)).map((alert) => alert.status)).toEqual([
        'withdrawn',
        'raised',
      ]);
    });

    it('refuses to free a key the alert does not hold, saving nothing', async ({ stores }) => {
      await given(stores);
      const first = anAlert(NORTH_EAST, 1);
      const second = organisational(2, '2027-03-03T09:00:00.000Z');
      await raise(stores, first);
      await raise(stores, second);
      const withdraw = (alert: AlertRecord, releaseKey: string) =>
        stores.alerts.saveAlert({
          alert: next(alert, { status: 'withdrawn' }, '2027-03-04T09:00:00.000Z'),
          audit: [anAudit(NORTH_EAST, 'alert withdrawn', '2027-03-04T09:00:00.000Z')],
          releaseKey,
        });
      await expectRefused(stores, () => withdraw(second, openKeyOf(first)));
      await expectRefused(stores, () => withdraw(first, 'CASE-9999#risk-of-harm-to-others'));
      // The first alert's key is still held.
      const third = anAlert(NORTH_EAST, 3);
      await expect(raise(stores, third)).rejects.toMatchObject({ openAlertId: first.id });
      await expect(raise(stores, third)).rejects.not.toBeInstanceOf(ConflictError);
    });
  });

  describe('alerts: audit entries alone', () => {
    it('keeps an entry that changes nothing else (a file read), two at the same instant both', async ({ stores }) => {
      await given(stores);
      const read = anAudit(NORTH_EAST, 'alert evidence file read', '2027-03-04T09:00:00.000Z');

      await stores.alerts.recordAudit(read);
      await stores.alerts.recordAudit(read);

      const trail = await stores.timeline.auditTrail(NORTH_EAST);
      expect(trail.filter((entry) => entry.action === 'alert evidence file read')).toEqual([read, read]);
    });
  });
}
