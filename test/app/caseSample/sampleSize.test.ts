import { describe, expect, it } from 'vitest';
import { redrawSample } from '../../../functions/app/caseSample/redrawSample.js';
import { setSampleSize } from '../../../functions/app/caseSample/setSampleSize.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { drawSample } from '../../../functions/domain/caseSample/drawSample.js';
import { SIGNED_IN } from '../../support/principals.js';
import { announce, FIELDWORK, makeReady, planned, sampleActions, uploaded } from './arrangeSample.js';

const perPduCounts = (sampled: { pdu: string }[]) =>
  Object.values(
    sampled.reduce<Record<string, number>>(
      (counts, item) => ({ ...counts, [item.pdu]: (counts[item.pdu] ?? 0) + 1 }),
      {},
    ),
  );

describe('the sample’s size, per inspection', () => {
  it('draws 7 cases a PDU by default', async () => {
    const { record } = await uploaded();
    expect(record.sample?.settings.perPdu).toBe(7);
    expect(Math.max(...perPduCounts(record.sample?.sampled ?? []))).toBe(7);
  });

  it('draws the sample again at a new size with the same seed, so the size is all that changes', async () => {
    const { deps, inspectionId, record } = await uploaded();
    const resized = await setSampleSize(deps, SIGNED_IN.lead, { inspectionId, perPdu: 5 });

    expect(resized.perPdu).toBe(5);
    expect(resized.sample?.seed).toBe(record.sample?.seed);
    expect(Math.max(...perPduCounts(resized.sample?.sampled ?? []))).toBe(5);
    const stored = await deps.caseSample.loadSample(inspectionId);
    const again = drawSample({
      cases: stored?.cases ?? [],
      fieldworkStart: FIELDWORK,
      seed: record.sample?.seed ?? -1,
      settings: { perPdu: 5, minPerPdu: 5 },
    });
    expect(again.sampled).toEqual(resized.sample?.sampled);
    expect(await sampleActions(deps, inspectionId)).toEqual(['long-list uploaded', 'sample size set']);
  });

  it('keeps a size set before the upload for the draw', async () => {
    const { deps, inspectionId } = await planned();
    await setSampleSize(deps, SIGNED_IN.isa, { inspectionId, perPdu: 8 });
    expect((await deps.caseSample.getSample(inspectionId))?.perPdu).toBe(8);
  });

  it('refuses fewer than five a PDU, or the lead of another inspection', async () => {
    const { deps, inspectionId } = await uploaded();
    await expect(setSampleSize(deps, SIGNED_IN.isa, { inspectionId, perPdu: 4 })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'perPdu', message: expect.stringMatching(/at least 5/) })],
    });
    await expect(setSampleSize(deps, SIGNED_IN.otherLead, { inspectionId, perPdu: 6 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('draws again with a new seed, kept with the sample; refused once issued with the announcement', async () => {
    const { deps, inspectionId, record } = await uploaded();
    const redrawn = await redrawSample(deps, SIGNED_IN.isa, { inspectionId });
    expect(redrawn.version).toBe(2);
    expect(redrawn.longList).toEqual(record.longList);
    const stored = await deps.caseSample.loadSample(inspectionId);
    const again = drawSample({
      cases: stored?.cases ?? [],
      fieldworkStart: FIELDWORK,
      seed: redrawn.sample?.seed ?? -1,
    });
    expect(again.sampled).toEqual(redrawn.sample?.sampled);

    await makeReady(deps, inspectionId);
    await announce(deps, inspectionId);
    await expect(redrawSample(deps, SIGNED_IN.isa, { inspectionId })).rejects.toBeInstanceOf(RequestError);
    await expect(setSampleSize(deps, SIGNED_IN.isa, { inspectionId, perPdu: 6 })).rejects.toBeInstanceOf(RequestError);
  });

  it('cannot draw again before a long-list is uploaded', async () => {
    const { deps, inspectionId } = await planned();
    await expect(redrawSample(deps, SIGNED_IN.isa, { inspectionId })).rejects.toThrow(/no long-list/);
  });
});
