import { describe, expect, it } from 'vitest';
import { askForChange } from '../../../functions/app/caseSample/askForChange.js';
import { decideChange } from '../../../functions/app/caseSample/decideChange.js';
import { recordCaseState } from '../../../functions/app/caseSample/recordCaseState.js';
import { viewSample } from '../../../functions/app/caseSample/viewSample.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { roshBandOf } from '../../../functions/domain/caseSample/cases.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { overviewRows } from '../../../functions/app/queries/overview.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { individualAlert } from '../arrange.js';
import { announce, makeReady, uploaded } from './arrangeSample.js';

const SPOC = regionUser('north-east');
const kinds = (deps: Awaited<ReturnType<typeof issued>>['deps']) =>
  deps.notifier.sent.map((m) => m.headers['X-DIPP-Notice-Kind']);

/** The North East's sample ready and issued with the announcement (Monday 8 February 2027). */
async function issued() {
  const { deps, inspectionId } = await uploaded();
  await makeReady(deps, inspectionId);
  await announce(deps, inspectionId);
  const view = await viewSample(deps, SIGNED_IN.isa, inspectionId);
  const cases = view.sample?.cases ?? [];
  return { deps, inspectionId, cases };
}

describe('the region asks, the lead decides (§5.1)', () => {
  it('excludes a case on a ground of §4.1 and brings in the next reserve case of the same PDU and risk band', async () => {
    const { deps, inspectionId, cases } = await issued();
    const excluded = cases[0];
    if (!excluded) throw new Error('no case sampled');

    const asked = await askForChange(deps, SPOC, {
      inspectionId,
      request: {
        kind: 'exclude-case',
        crn: excluded.crn,
        ground: 'current-review',
        reason: 'An SFO review began on 1 February',
      },
    });
    const toLead = deps.notifier.sent.filter((m) => m.headers['X-DIPP-Notice-Kind'] === 'sample-change-requested');
    expect(toLead.map((m) => m.to)).toEqual([['lead@officials.example']]);
    expect(toLead[0]?.text).not.toContain(excluded.crn);

    const decided = await decideChange(deps, SIGNED_IN.lead, {
      inspectionId,
      requestId: asked.id,
      decision: 'approve',
      note: 'Agreed: a review is under way',
    });

    const after = await viewSample(deps, SPOC, inspectionId);
    const replacement = after.sample?.cases.find((item) => item.replaces === excluded.crn);
    expect(after.sample?.cases.map((item) => item.crn)).not.toContain(excluded.crn);
    expect(replacement).toMatchObject({ pdu: excluded.pdu });
    expect(roshBandOf(replacement?.rosh ?? 'low')).toBe(roshBandOf(excluded.rosh));
    expect(decided.decision?.outcome).toMatch(new RegExp(`^case ${replacement?.crn} .*replaces case ${excluded.crn}`));
    expect(after.sample?.cases).toHaveLength(cases.length);
    const toRegion = deps.notifier.sent.filter((m) => m.headers['X-DIPP-Notice-Kind'] === 'sample-change-decided');
    expect(toRegion).toHaveLength(1);
    expect(toRegion[0]?.to).toEqual(['spoc@officials.example', 'rpd@officials.example']);
    expect(toRegion[0]?.text).not.toContain(excluded.crn);
    await expect(
      decideChange(deps, SIGNED_IN.lead, { inspectionId, requestId: asked.id, decision: 'decline', note: 'Again' }),
    ).rejects.toBeInstanceOf(RequestError);
    expect(kinds(deps).filter((kind) => kind === 'sample-change-decided')).toHaveLength(1);
  });

  it('after the schedule-change deadline takes only a practitioner who cannot attend, which may become a file-read', async () => {
    const { deps, inspectionId, cases } = await issued();
    const item = cases[1];
    if (!item) throw new Error('no case sampled');
    // Thursday 18 February 2027: the day after the schedule-change deadline.
    deps.clock.set('2027-02-18T10:00:00Z');

    await expect(
      askForChange(deps, SPOC, {
        inspectionId,
        request: { kind: 'exclude-case', crn: item.crn, ground: 'current-review', reason: 'A review began' },
      }),
    ).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          field: 'request.kind',
          message: expect.stringContaining('schedule-change deadline (Wednesday 17 February 2027) has passed'),
        }),
      ],
    });
    const asked = await askForChange(deps, SPOC, {
      inspectionId,
      request: { kind: 'practitioner-cannot-attend', crn: item.crn, reason: 'On leave all week' },
    });
    await expect(
      decideChange(deps, SIGNED_IN.lead, { inspectionId, requestId: asked.id, decision: 'approve', note: 'Fine' }),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: expect.stringContaining('no substitute was named') })],
    });
    await decideChange(deps, SIGNED_IN.lead, {
      inspectionId,
      requestId: asked.id,
      decision: 'approve-as-file-read',
      note: 'We will read the file',
    });

    const after = (await viewSample(deps, SIGNED_IN.isa, inspectionId)).sample?.cases.find((c) => c.crn === item.crn);
    expect(after).toMatchObject({ fileRead: true });
    expect(after?.interview).toBeUndefined();
  });

  it('moves an interview to a free slot, and says why not to a slot that cannot take it', async () => {
    const { deps, inspectionId, cases } = await issued();
    const item = cases.find((c) => c.interview);
    if (!item?.interview) throw new Error('no interview scheduled');
    const ask = (date: string, start: string) =>
      askForChange(deps, SPOC, {
        inspectionId,
        request: {
          kind: 'move-interview',
          crn: item.crn,
          date,
          start,
          reason: 'The practitioner is in court that morning',
        },
      });

    const briefing = await ask('2027-03-01', '09:30');
    await expect(
      decideChange(deps, SIGNED_IN.lead, { inspectionId, requestId: briefing.id, decision: 'approve', note: 'Yes' }),
    ).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          message: expect.stringContaining('cannot move there: interviews on Monday 1 March 2027 start at 11:30am'),
        }),
      ],
    });
    await decideChange(deps, SIGNED_IN.lead, {
      inspectionId,
      requestId: briefing.id,
      decision: 'decline',
      note: 'The briefing',
    });
    const friday = await ask('2027-03-05', '15:30');
    await decideChange(deps, SIGNED_IN.lead, { inspectionId, requestId: friday.id, decision: 'approve', note: 'Yes' });

    const moved = (await viewSample(deps, SPOC, inspectionId)).sample?.cases.find((c) => c.crn === item.crn);
    expect(moved?.interview).toMatchObject({ date: '2027-03-05', start: '15:30' });
  });

  it('is the region’s to ask and the lead’s to decide, of a sample the region was issued', async () => {
    const { deps, inspectionId, cases } = await issued();
    const request = { kind: 'exclude-case', crn: cases[0]?.crn, ground: 'current-review', reason: 'A review began' };

    await expect(askForChange(deps, regionUser('london'), { inspectionId, request })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(askForChange(deps, SIGNED_IN.isa, { inspectionId, request })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'onBehalfReason' })],
    });
    const asked = await askForChange(deps, SIGNED_IN.isa, {
      inspectionId,
      request,
      onBehalfReason: 'The SPOC phoned it in',
    });
    await expect(
      decideChange(deps, SPOC, { inspectionId, requestId: asked.id, decision: 'approve', note: 'Yes' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideChange(deps, SIGNED_IN.isa, { inspectionId, requestId: asked.id, decision: 'approve', note: 'Yes' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('fieldwork week one, case by case', () => {
  it('is recorded from the first day of fieldwork, each step in order', async () => {
    const { deps, inspectionId, cases } = await issued();
    const crn = cases[0]?.crn;
    const record = (state: string) => recordCaseState(deps, SIGNED_IN.lead, { inspectionId, crn, state });

    await expect(record('interviewed')).rejects.toMatchObject({
      errors: [{ field: 'state', value: 'interviewed', message: 'can be recorded from the first day of fieldwork' }],
    });
    deps.clock.set('2027-03-01T14:00:00Z');
    await record('interviewed');
    await expect(record('file-read')).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          message: 'cannot be recorded: a case practitioner interviewed can next be inspected',
        }),
      ],
    });
    await record('inspected');

    const view = await viewSample(deps, SIGNED_IN.isa, inspectionId);
    expect(view.sample?.cases.find((c) => c.crn === crn)).toMatchObject({ state: 'inspected', stateText: 'Inspected' });
    await expect(recordCaseState(deps, SPOC, { inspectionId, crn, state: 'inspected' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('an alert from a case inspection (§6.7)', () => {
  it('names the sampled case it came from, with its PDU; a reference outside the sample is kept as typed', async () => {
    const { deps, inspectionId, cases } = await issued();
    const item = cases[0];
    if (!item) throw new Error('no case sampled');
    deps.clock.set('2027-03-02T10:00:00Z');

    const fromSample = await raiseAlert(
      deps,
      SIGNED_IN.lead,
      individualAlert(inspectionId, { caseReference: item.crn }),
    );
    const elsewhere = await raiseAlert(
      deps,
      SIGNED_IN.lead,
      individualAlert(inspectionId, { caseReference: 'Z999999' }),
    );

    expect(fromSample.sampledCase).toEqual({ crn: item.crn, pdu: item.pdu });
    expect(elsewhere.sampledCase).toBeUndefined();
  });
});

describe('the programme overview in fieldwork', () => {
  it('shows the sample’s cases inspected of those sampled, and how many are behind', async () => {
    const { deps, inspectionId, cases } = await issued();
    expect((await overviewRows(deps, SIGNED_IN.isa))[0]?.sampleProgress).toBeUndefined();
    // Monday 1 March 2027, 4pm: fieldwork week one's first day.
    deps.clock.set('2027-03-01T16:00:00Z');
    const crn = cases[0]?.crn;
    await recordCaseState(deps, SIGNED_IN.lead, { inspectionId, crn, state: 'interviewed' });
    await recordCaseState(deps, SIGNED_IN.lead, { inspectionId, crn, state: 'inspected' });

    const [row] = await overviewRows(deps, SIGNED_IN.isa);

    const begun = cases.filter((c) => c.interview?.date === '2027-03-01' && c.interview.start <= '16:00');
    expect(row?.sampleProgress).toEqual({
      sampled: cases.length,
      inspected: 1,
      behind: begun.filter((c) => c.crn !== crn).length,
    });
  });
});
