import { describe, expect, it, vi } from 'vitest';
import { uploadLongList } from '../../../functions/app/caseSample/uploadLongList.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { drawSample } from '../../../functions/domain/caseSample/drawSample.js';
import { longListCsv } from '../../../functions/local/syntheticLongList.js';
import { logger } from '../../../functions/shared/logger.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import {
  announce,
  eligible,
  FIELDWORK,
  longList,
  makeReady,
  planned,
  sampleActions,
  uploaded,
} from './arrangeSample.js';
import { runLifecycle } from '../arrange.js';

const GOOD_HEADER = 'CRN,PDU,Practitioner,Staff id,Sentence type,Requirement,Start date,RoSH,Other sentences in period';

describe('uploading the long-list', () => {
  it('keeps the eligible cases only, with the counts, the file’s SHA-256, who and when, and the sample drawn from them', async () => {
    const cases = longList();
    const { deps, inspectionId, record } = await uploaded(cases);

    const stored = await deps.caseSample.loadSample(inspectionId);
    expect(stored?.record).toEqual(record);
    expect(stored?.cases.map((item) => item.crn).sort()).toEqual(
      eligible(cases)
        .map((item) => item.crn)
        .sort(),
    );
    expect(record.longList).toMatchObject({
      rowsRead: 3000,
      eligible: eligible(cases).length,
      by: 'Isa Admin',
      byId: 'isa@officials.example',
      fieldworkStart: FIELDWORK,
    });
    expect(record.longList?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const leftOut = Object.values(record.longList?.leftOut ?? {}).reduce((sum, count) => sum + count, 0);
    expect(leftOut + eligible(cases).length).toBe(3000);
    expect(record.sample?.sampled.length).toBeGreaterThan(0);
    expect(record.sample?.settings).toEqual({ perPdu: 7, minPerPdu: 5 });
    expect(await sampleActions(deps, inspectionId)).toEqual(['long-list uploaded']);
  });

  it('can be re-derived by anyone: the stored seed and eligible cases give the same sample through the pure drawSample', async () => {
    const { deps, inspectionId } = await uploaded();
    const stored = await deps.caseSample.loadSample(inspectionId);
    const sample = stored?.record.sample;
    if (!stored || !sample) throw new Error('no sample stored');

    const again = drawSample({
      cases: stored.cases,
      fieldworkStart: FIELDWORK,
      seed: sample.seed,
      settings: sample.settings,
    });

    expect(again.sampled).toEqual(sample.sampled);
    expect(again.adjustments).toEqual(sample.adjustments);
    expect(again.shortfalls.map((s) => ({ id: `${s.rule}:${s.where}`, ...s }))).toEqual(sample.shortfalls);
    expect(
      Object.fromEntries(Object.entries(again.reserve).map(([pdu, list]) => [pdu, list.map((c) => c.crn)])),
    ).toEqual(sample.reserve);
  });

  it('refuses a bad file with every problem by row and column, and stores nothing', async () => {
    const { deps, inspectionId } = await planned();
    const csv = [
      GOOD_HEADER,
      'X123456,North East North,Alex Evans,N01P001,Community order,RAR,15/08/2026,Low,No',
      'bad,North East North,Sam Khan,N01P002,Community order,RAR,15/08/2026,Extreme,No',
      'X123458,North East North,Jo Smith,N01P003,Licence,None,31/02/2026,High,Maybe',
    ].join('\r\n');

    const refusal = await uploadLongList(deps, SIGNED_IN.isa, { inspectionId, csv }).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RequestError);
    expect((refusal as RequestError).message).toMatch(/nothing was stored/);
    expect((refusal as RequestError).errors.map((error) => error.field)).toEqual([
      'row 3, column "CRN"',
      'row 3, column "RoSH"',
      'row 4, column "Start date"',
      'row 4, column "Other sentences in period"',
    ]);
    expect(await deps.caseSample.getSample(inspectionId)).toBeUndefined();
    expect(await sampleActions(deps, inspectionId)).toEqual([]);
  });

  it('refuses a file with a column that could name a person on probation, storing nothing', async () => {
    const { deps, inspectionId } = await planned();
    const csv = `${GOOD_HEADER},Date of birth\r\nX123456,North East North,Alex Evans,N01P001,Community order,RAR,15/08/2026,Low,No,01/01/1990`;
    await expect(uploadLongList(deps, SIGNED_IN.isa, { inspectionId, csv })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'column "Date of birth"' })],
    });
    expect(await deps.caseSample.getSample(inspectionId)).toBeUndefined();
  });

  it('refuses a long-list with no case in the eligible weeks, saying which weeks', async () => {
    const { deps, inspectionId } = await planned();
    const outside = longList().filter((item) => !eligible([item]).length);
    await expect(
      uploadLongList(deps, SIGNED_IN.isa, { inspectionId, csv: longListCsv(outside) }),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'file', message: expect.stringMatching(/Monday 3 August 2026/) })],
    });
    expect(await deps.caseSample.getSample(inspectionId)).toBeUndefined();
  });

  it('lets the inspection’s own lead upload; not the lead of another inspection, nor the region', async () => {
    const { deps, inspectionId } = await planned();
    const csv = longListCsv(longList());
    await expect(uploadLongList(deps, SIGNED_IN.otherLead, { inspectionId, csv })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(uploadLongList(deps, regionUser('north-east'), { inspectionId, csv })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await deps.caseSample.getSample(inspectionId)).toBeUndefined();

    const record = await uploadLongList(deps, SIGNED_IN.lead, { inspectionId, csv });
    expect(record.longList?.by).toBe('Lee Inspector');
  });

  it('replaces the long-list on a second upload before the announcement, audited as a replacement', async () => {
    const { deps, inspectionId } = await uploaded();
    const next = longList(2000, 99);
    const record = await uploadLongList(deps, SIGNED_IN.lead, { inspectionId, csv: longListCsv(next) });

    expect(record.version).toBe(2);
    expect(record.longList?.rowsRead).toBe(2000);
    expect((await deps.caseSample.loadSample(inspectionId))?.cases.length).toBe(eligible(next).length);
    expect(await sampleActions(deps, inspectionId)).toEqual(['long-list uploaded', 'long-list replaced']);
  });

  it('refuses an upload once the sample was issued with the announcement, changing nothing', async () => {
    const { deps, inspectionId } = await uploaded();
    await makeReady(deps, inspectionId);
    await announce(deps, inspectionId);
    const issued = await deps.caseSample.getSample(inspectionId);
    expect(issued?.issued).toEqual({ at: '2027-02-08T09:00:00.000Z', how: 'with-announcement' });

    await expect(
      uploadLongList(deps, SIGNED_IN.isa, { inspectionId, csv: longListCsv(longList(2000, 99)) }),
    ).rejects.toThrow(/issued.*change request/);
    expect(await deps.caseSample.getSample(inspectionId)).toEqual(issued);
  });

  it('lets the sample be completed after an announcement that went without it, then tells the region once', async () => {
    const { deps, inspectionId } = await uploaded();
    await announce(deps, inspectionId);
    const announcement = deps.notifier.sent.find((m) => m.headers['X-DIPP-Notice-Kind'] === 'announcement');
    expect(announcement?.text).toContain('will follow shortly');
    expect(announcement?.text).not.toContain('/sample');

    await makeReady(deps, inspectionId);

    const ready = deps.notifier.sent.filter((m) => m.headers['X-DIPP-Notice-Kind'] === 'case-sample-ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]?.to).toEqual(['rpd@officials.example', 'spoc@officials.example']);
    expect(ready[0]?.text).toContain(`/inspections/${inspectionId}/sample`);
    expect((await deps.caseSample.getSample(inspectionId))?.issued?.how).toBe('after-announcement');
    await runLifecycle(deps, inspectionId, '2027-02-20T12:00:00Z');
    expect(deps.notifier.sent.filter((m) => m.headers['X-DIPP-Notice-Kind'] === 'case-sample-ready')).toHaveLength(1);
  });

  it('takes a long-list at the largest realistic size (10,000 rows) and logs counts, never a CRN or a name', async () => {
    const info = vi.spyOn(logger, 'info');
    const cases = longList(10_000);
    const { deps, inspectionId, record } = await uploaded(cases);

    expect(record.longList?.rowsRead).toBe(10_000);
    expect((await deps.caseSample.loadSample(inspectionId))?.cases.length).toBe(eligible(cases).length);
    expect(record.sample?.sampled.length).toBeGreaterThan(0);
    const logged = JSON.stringify(info.mock.calls);
    expect(logged).toContain('long-list uploaded');
    for (const item of record.sample?.sampled ?? []) {
      expect(logged).not.toContain(item.crn);
      expect(logged).not.toContain(item.practitioner.name);
    }
    const audit = JSON.stringify(await deps.timeline.auditTrail(inspectionId));
    for (const item of record.sample?.sampled ?? []) expect(audit).not.toContain(item.crn);
    info.mockRestore();
  });
});
