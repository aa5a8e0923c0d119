import { describe, expect, it } from 'vitest';
import { decideShortfall } from '../../../functions/app/caseSample/decideShortfall.js';
import { sampleReadiness } from '../../../functions/app/caseSample/sampleReadiness.js';
import { setTeam } from '../../../functions/app/caseSample/setTeam.js';
import { uploadLongList } from '../../../functions/app/caseSample/uploadLongList.js';
import { ForbiddenError } from '../../../functions/app/errors.js';
import { longListCsv } from '../../../functions/local/syntheticLongList.js';
import { SIGNED_IN } from '../../support/principals.js';
import { planned, sampleActions, shortList, uploaded } from './arrangeSample.js';

/** Enough assistant inspectors for every case to find a slot. */
const team = (inspectionId: string) => ({
  inspectionId,
  assistantInspectors: Array.from({ length: 12 }, (_, index) => ({
    name: `Assistant ${index + 1}`,
    email: `assistant${index + 1}@officials.example`,
  })),
});

describe('shortfalls and readiness', () => {
  it('is not ready with no long-list', async () => {
    const { deps, inspectionId } = await planned();
    expect(await sampleReadiness(deps, inspectionId)).toMatchObject({
      status: 'not-ready',
      reasons: ['no long-list uploaded'],
    });
  });

  it('names the shortfall by rule, PDU and how much, and is not ready until it is decided', async () => {
    const { deps, inspectionId, record } = await uploaded(shortList());
    const shortfall = record.sample?.shortfalls.find((s) => s.rule === 'at-least-per-pdu');
    expect(shortfall).toMatchObject({ by: 2, id: `at-least-per-pdu:${shortfall?.where}` });
    const count = record.sample?.shortfalls.length ?? 0;

    expect((await sampleReadiness(deps, inspectionId)).reasons).toEqual([
      `${count} shortfall${count === 1 ? '' : 's'} ${count === 1 ? 'awaits' : 'await'} a decision`,
      'no schedule: enter the team for fieldwork week one',
    ]);

    for (const each of record.sample?.shortfalls ?? []) {
      await decideShortfall(deps, SIGNED_IN.lead, {
        inspectionId,
        shortfallId: each.id,
        decision: 'accept',
        note: 'The PDU is small; fewer cases are proportionate',
      });
    }
    await setTeam(deps, SIGNED_IN.isa, team(inspectionId));
    expect(await sampleReadiness(deps, inspectionId)).toMatchObject({ status: 'ready', reasons: [] });
    expect(await sampleActions(deps, inspectionId)).toContain('sample shortfall decided');
  });

  it('waits for the region’s cases when the decision asks it for more, until the long-list is uploaded again', async () => {
    const { deps, inspectionId, record } = await uploaded(shortList());
    const shortfall = record.sample?.shortfalls[0];
    await decideShortfall(deps, SIGNED_IN.isa, {
      inspectionId,
      shortfallId: shortfall?.id,
      decision: 'ask-region-for-more',
      note: 'Ask the region for the PDU’s cases from the week before',
    });
    const stored = await deps.caseSample.getSample(inspectionId);
    expect(stored?.decisions).toEqual([
      expect.objectContaining({ shortfallId: shortfall?.id, decision: 'ask-region-for-more', by: 'Isa Admin' }),
    ]);
    expect((await sampleReadiness(deps, inspectionId)).reasons).toContain(
      '1 shortfall waits for more cases from the region: upload its long-list again',
    );

    // A new upload draws a new sample: the old decisions go with the old sample.
    const again = await uploadLongList(deps, SIGNED_IN.isa, { inspectionId, csv: longListCsv(shortList()) });
    expect(again.decisions).toEqual([]);
  });

  it('refuses a decision on a shortfall the sample does not have, or by someone who may not decide', async () => {
    const { deps, inspectionId, record } = await uploaded(shortList());
    await expect(
      decideShortfall(deps, SIGNED_IN.isa, { inspectionId, shortfallId: 'nope', decision: 'accept', note: 'Fine' }),
    ).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'shortfallId' })] });
    await expect(
      decideShortfall(deps, SIGNED_IN.otherLead, {
        inspectionId,
        shortfallId: record.sample?.shortfalls[0]?.id,
        decision: 'accept',
        note: 'Fine',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideShortfall(deps, SIGNED_IN.isa, {
        inspectionId,
        shortfallId: record.sample?.shortfalls[0]?.id,
        decision: 'relax',
        note: 'Fine',
      }),
    ).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'decision' })] });
    expect((await deps.caseSample.getSample(inspectionId))?.decisions).toEqual([]);
  });
});

describe('two people deciding at once', () => {
  it('reads again and decides again when another decision lands between the read and the write', async () => {
    const { deps, inspectionId, record } = await uploaded(shortList());
    const shortfall = record.sample?.shortfalls[0];
    if (!shortfall) throw new Error('the short list should give a shortfall');
    const store = deps.caseSample;
    let raced = false;
    deps.caseSample = {
      getSample: (id) => store.getSample(id),
      loadSample: (id) => store.loadSample(id),
      recordView: (audit) => store.recordView(audit),
      saveSample: async (input) => {
        if (!raced) {
          raced = true;
          // The lead decides the same shortfall just before the administrator's write lands.
          await decideShortfall(deps, SIGNED_IN.lead, {
            inspectionId,
            shortfallId: shortfall.id,
            decision: 'ask-region-for-more',
            note: 'Ask the region for more',
          });
        }
        return store.saveSample(input);
      },
    };

    await decideShortfall(deps, SIGNED_IN.isa, {
      inspectionId,
      shortfallId: shortfall.id,
      decision: 'accept',
      note: 'Accepted by the administrator',
    });

    const stored = await store.getSample(inspectionId);
    expect(stored?.version).toBe(3);
    expect(stored?.decisions).toEqual([expect.objectContaining({ decision: 'accept', by: 'Isa Admin' })]);
    // The administrator's decision was made on the lead's, and says what it replaced.
    const decided = (await deps.timeline.auditTrail(inspectionId)).filter(
      (e) => e.action === 'sample shortfall decided',
    );
    expect(decided.map((entry) => [entry.actor, entry.before])).toEqual([
      ['Lee Inspector', undefined],
      ['Isa Admin', { shortfallId: shortfall.id, decision: 'ask-region-for-more' }],
    ]);
  });
});
