import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { main } from '../../functions/cli/dipp.js';
import { startLocalServer, type LocalServer } from '../../functions/local/apiServer.js';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack.js';
import { PEOPLE, SIGNED_IN, startEmulators, type Emulators } from './harness.js';

// Fixed dates are in 2055: 2027's weekdays 28 years on, so nothing falls due on the real clock while
// these tests run, this year or for decades.

/** `npm run dipp -- alert …` against a running local stack on the real clock, through its HTTP API. */
let emulators: Emulators;
let stack: LocalStack;
let api: LocalServer;
let inspectionId: string;

beforeAll(async () => {
  emulators = await startEmulators();
  stack = await startLocalStack({ clock: 'real', emulators, tableName: `cli-${randomUUID().slice(0, 8)}` });
  api = await startLocalServer(stack.deps, stack.run, 3300);
  const state = await startInspection(stack.deps, SIGNED_IN.isa, {
    region: 'Wales',
    fieldworkStart: '2055-06-07',
    people: PEOPLE,
  });
  inspectionId = state.inspection.id;
}, 60_000);

afterAll(async () => {
  await api?.stop();
  await stack?.stop();
  await emulators?.stop();
});

async function dipp(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['alert', ...args, '--api', api.url], {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => new Date(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const RAISE = [
  'raise',
  '--type',
  'individual',
  '--category',
  'risk-to-person-on-probation',
  '--case',
  'W-2055-0099',
  '--what-might-happen',
  'Self-harm is likely without an urgent review',
  '--how-serious',
  'Life-threatening',
  '--how-imminent',
  'Within hours',
  '--action',
  'Review the case today',
  '--acknowledge-within-hours',
  '2',
  '--evidence-within-hours',
  '8',
];

describe('npm run dipp -- alert', () => {
  it('raises, confirms and answers an alert on the running stack, printing JSON when asked', async () => {
    const raised = await dipp(...RAISE, '--inspection', inspectionId, '--by', 'Ivy Inspector', '--json');
    expect(raised.err).toBe('');
    expect(raised.code).toBe(0);
    const alert = JSON.parse(raised.out) as { id: string; ref: string; status: string };
    expect(alert).toMatchObject({ status: 'raised', ref: `DIPP-${inspectionId.toUpperCase()}-A1` });

    const confirmed = await dipp('confirm', alert.ref, '--by', PEOPLE.lead.name);
    expect(confirmed).toMatchObject({ code: 0, err: '' });
    expect(confirmed.out).toContain('status: confirmed');

    // The alert workflow tells the region at once (real clock): wait for it, as the region would.
    for (let tries = 0; tries < 50; tries += 1) {
      if ((await dipp('show', alert.id)).out.includes('status: region-notified')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The region acknowledges; the alert's deadlines (in hours, for imminent risk) are shown.
    const acknowledged = await dipp('acknowledge', alert.id, '--by', PEOPLE.spoc.name);
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.out).toMatch(/status: acknowledged[\s\S]*acknowledge by .*; evidence by /);

    const listed = await dipp('list', '--inspection', inspectionId, '--open', '--json');
    expect((JSON.parse(listed.out) as { id: string }[]).map((a) => a.id)).toEqual([alert.id]);
  });

  it('refuses bad input field by field with exit code 2, and says so when the stack is not running', async () => {
    const bad = await dipp(...RAISE, '--inspection', inspectionId, '--by', 'Ivy Inspector', '--case', 'Jane Doe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('caseReference: must be an opaque reference');

    const wrongPerson = await dipp('assure', `${inspectionId}-a1`, '--by', 'Somebody Else');
    expect(wrongPerson.code).toBe(2);
    expect(wrongPerson.err).toContain('Somebody Else is not the lead or deputy lead of any inspection');

    const missing = await dipp('show', `${inspectionId}-a99`);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('alertId: is not an alert');

    const out: string[] = [];
    const down = await main(['alert', 'list', '--api', 'http://127.0.0.1:9'], {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
      now: () => new Date(),
    });
    expect(down).toBe(1);
    expect(out.join('\n')).toContain('npm start -- --clock real');
  });
});
