import '../../functions/local/polyfills.js';
import { describe, expect, it, vi } from 'vitest';
import type { AlertNextStep } from '../../functions/app/alerts/advanceAlert.js';
import { LocalWorkflowEngine } from '../../functions/local/localEngine.js';
import { SimulatedClock } from '../../functions/local/timers.js';
import { alertDefinition, type AlertFunctions } from '../../workflows/alert.js';
import { LAMBDA_INVOKE, type Retrier, type State, type StateMachineDefinition } from '../../workflows/asl.js';
import { failure, itIsPortable, retrierFor, targets, tasks, type TaskState } from './aslChecks.js';
import { TASK_RETRY } from '../../workflows/lifecycle.js';

// Executions made to fail on purpose log errors: keep the test output to the results.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

const ARNS: AlertFunctions = {
  advanceAlert: 'arn:aws:lambda:eu-west-2:123456789012:function:dipp-sfn-advance-alert',
  recordAlertFailure: 'arn:aws:lambda:eu-west-2:123456789012:function:dipp-sfn-record-alert-failure',
};

const SEND = 'Send what is due';
const ANYTHING_LEFT = 'Anything left to wait for?';
const RECORD = 'Record the failure';

/** A fresh definition each time: asl-validator writes `QueryLanguage` into the object it checks. */
const definition = (): StateMachineDefinition => alertDefinition(ARNS);

function task(def: StateMachineDefinition, name: string): TaskState {
  const state = def.States[name];
  if (state?.Type !== 'Task') throw new Error(`"${name}" is not a Task state`);
  return state;
}

describe('the alert definition', () => {
  itIsPortable(definition);

  describe('every task', () => {
    const def = definition();
    const all = tasks(def);
    const driverKeys = {
      'inspectionId.$': '$.inspectionId',
      'alertId.$': '$.alertId',
      'driver.$': '$$.Execution.Name',
    };

    it('is one of the two: the working task and the failure recorder', () => {
      expect(all.map(([name, state]) => [name, state.Parameters.FunctionName])).toEqual([
        [SEND, ARNS.advanceAlert],
        [RECORD, ARNS.recordAlertFailure],
      ]);
    });

    it.each(all)('%s invokes Lambda through lambda:invoke with a payload of keys only', (name, state) => {
      expect(state.Resource).toBe(LAMBDA_INVOKE);
      expect(Object.keys(state.Parameters).sort()).toEqual(['FunctionName', 'Payload']);
      expect(state.Parameters.Payload).toEqual(name === RECORD ? { ...driverKeys, 'error.$': '$.error' } : driverKeys);
      // The handler's answer lands in $.step.next, where the Choice and the Wait read it.
      expect(state.ResultSelector).toEqual({ 'next.$': '$.Payload' });
      expect(state.ResultPath).toBe('$.step');
    });

    it.each(all)('%s has a timeout', (_name, state) => {
      expect(state.TimeoutSeconds).toBeGreaterThan(0);
    });

    it.each(all)('%s uses the shared task retry policy', (_name, state) => {
      expect(state.Retry).toEqual(TASK_RETRY);
    });

    it.each(all)('%s never retries a bad request or a permanent send failure', (_name, state) => {
      const first = state.Retry?.[0];

      expect(first?.ErrorEquals).toEqual(expect.arrayContaining(['RequestError', 'PermanentSendError']));
      expect(first?.MaxAttempts).toBe(0);
    });

    it.each(all)('%s retries throttling and transient errors with growing, fully jittered backoff', (_name, state) => {
      for (const error of ['Lambda.TooManyRequestsException', 'TransientError']) {
        const retrier = retrierFor(state.Retry ?? [], error);

        expect(retrier?.ErrorEquals, error).toContain(error);
        expect(retrier?.MaxAttempts ?? 3, error).toBeGreaterThan(0);
        expect(retrier?.BackoffRate, error).toBeGreaterThan(1);
        expect(retrier?.JitterStrategy, error).toBe('FULL');
      }
    });

    it('that does the work is caught into the failure recorder, keeping $.step', () => {
      const send = task(def, SEND);
      const record = task(def, RECORD);

      expect(send.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: RECORD }]);
      // The error goes beside $.step, not over it, and is what the recorder reads.
      expect((record.Parameters.Payload as Record<string, string>)['error.$']).toBe(send.Catch?.[0]?.ResultPath);
      expect(send.Catch?.[0]?.ResultPath).not.toMatch(/^\$\.step\b/);
      expect(send.Catch?.[0]?.ResultPath).not.toBe('$');
    });

    it('that records a failure goes on to the step it returns, and fails the execution only if it fails', () => {
      const send = task(def, SEND);
      const record = task(def, RECORD);

      expect(record.Next).toBe(send.Next);
      expect(send.Next).toBe(ANYTHING_LEFT);
      expect(record.Catch).toHaveLength(1);
      expect(record.Catch?.[0]).toMatchObject({ ErrorEquals: ['States.ALL'] });
      expect(def.States[record.Catch?.[0]?.Next ?? '']).toMatchObject({ Type: 'Fail', Error: 'FailureNotRecorded' });
    });
  });

  describe('the graph', () => {
    const def = definition();

    it('has a state for every Next, Default, Choice and Catch target', () => {
      const missing = Object.entries(def.States).flatMap(([name, state]) =>
        targets(state)
          .filter((target) => !(target in def.States))
          .map((target) => `${name} → ${target}`),
      );

      expect(def.StartAt).toBe(SEND);
      expect(def.States[def.StartAt]).toBeDefined();
      expect(missing).toEqual([]);
    });

    it('reaches every state from StartAt', () => {
      const seen = new Set<string>([def.StartAt]);
      const queue = [def.StartAt];
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        for (const target of targets(def.States[name] as State)) {
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }

      expect(Object.keys(def.States).filter((name) => !seen.has(name))).toEqual([]);
    });

    it('loops: send, ask whether anything is left, wait, send again', () => {
      expect(def.States[ANYTHING_LEFT]).toMatchObject({
        Type: 'Choice',
        Choices: [{ Variable: '$.step.next.done', BooleanEquals: true }],
      });
      const choice = def.States[ANYTHING_LEFT] as Extract<State, { Type: 'Choice' }>;
      expect(def.States[choice.Choices[0]?.Next ?? '']?.Type).toBe('Succeed');
      expect(def.States[choice.Default]).toMatchObject({ Type: 'Wait', Next: SEND });
    });

    it('waits only in Wait states, and only on the timestamp the task returned (TimestampPath)', () => {
      const entries = Object.entries(def.States);
      const waits = entries.filter(([, state]) => state.Type === 'Wait');

      expect(waits).toHaveLength(1);
      for (const [name, wait] of waits) {
        const { Comment: _comment, ...fields } = wait as Record<string, unknown>;
        expect(Object.keys(fields).sort(), name).toEqual(['Next', 'TimestampPath', 'Type']);
        expect(wait, name).toMatchObject({ TimestampPath: '$.step.next.at' });
      }
      const elsewhere = entries.filter(
        ([, state]) =>
          state.Type !== 'Wait' && ['TimestampPath', 'Timestamp', 'Seconds', 'SecondsPath'].some((key) => key in state),
      );
      expect(elsewhere).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Behaviour on the local engine, with in-process handlers in place of the Lambda functions.

const LOCAL: AlertFunctions = {
  advanceAlert: 'advanceAlert',
  recordAlertFailure: 'recordAlertFailure',
};
type FunctionName = keyof AlertFunctions;

interface AlertInput extends Record<string, string> {
  inspectionId: string;
  alertId: string;
}

const INPUT: AlertInput = { inspectionId: 'north-east-2026-06-01', alertId: 'north-east-2026-06-01-A1' };
const DRIVER = 'north-east-2026-06-01-A1-0a1b2c3d';

const HOUR = 3_600_000;

interface Call {
  fn: FunctionName;
  payload: Record<string, unknown>;
  /** Date.now() when called: simulated time under a SimulatedClock. */
  at: number;
}

type Behaviour = (call: Call) => void;

const waitUntil = (at: Date | string): AlertNextStep => ({ done: false, at: new Date(at).toISOString() });
const nothingLeft = (at: Date | string): AlertNextStep => ({
  done: true,
  at: new Date(at).toISOString(),
  reason: 'nothing left to wait for (assured)',
});

/**
 * Handlers that answer from a script per function, one step per successful call; `before` may
 * throw to make a call fail (a failed call uses no step).
 */
function scripted(steps: Partial<Record<FunctionName, AlertNextStep[]>>, before: Behaviour = () => undefined) {
  const calls: Call[] = [];
  const used: Record<FunctionName, number> = { advanceAlert: 0, recordAlertFailure: 0 };
  const handler = (fn: FunctionName) => async (payload: unknown) => {
    const call = { fn, payload: payload as Record<string, unknown>, at: Date.now() };
    calls.push(call);
    before(call);
    const answer = steps[fn]?.[used[fn]];
    used[fn] += 1;
    if (!answer) throw failure('ScriptExhausted', `no step left for call ${used[fn]} of ${fn}`);
    return answer;
  };
  const functions = Object.fromEntries(
    (Object.keys(LOCAL) as FunctionName[]).map((fn) => [LOCAL[fn], handler(fn)]),
  ) as Record<string, (payload: unknown) => Promise<unknown>>;
  return { calls, functions, names: () => calls.map((call) => call.fn), times: () => calls.map(isoAt) };
}

const isoAt = (call: Call): string => new Date(call.at).toISOString();

/** Runs `body` under simulated time (Waits and retry backoff take no real time), then restores the clock. */
async function withClock<T>(start: Date, body: (clock: SimulatedClock) => Promise<T>): Promise<T> {
  const clock = new SimulatedClock(start);
  try {
    return await body(clock);
  } finally {
    clock.uninstall();
  }
}

function alertEngine(clock: SimulatedClock, script: ReturnType<typeof scripted>) {
  return new LocalWorkflowEngine<AlertInput>(
    alertDefinition(LOCAL),
    script.functions,
    (work) => clock.run(work),
    'dipp-alert',
    true,
  );
}

/** Starts one alert's driver and runs simulated time until it ends. */
async function runToEnd(start: Date, steps: Partial<Record<FunctionName, AlertNextStep[]>>, before?: Behaviour) {
  return withClock(start, async (clock) => {
    const script = scripted(steps, before);
    const engine = alertEngine(clock, script);
    await engine.start(INPUT, DRIVER);
    await clock.runUntil(() => engine.active === 0);
    return { ...script, engine, endedAt: clock.now().toISOString() };
  });
}

// Each test runs in simulated time: a few real seconds at most, even for retries' backoff.
describe('an alert on the local engine', { timeout: 5_000 }, () => {
  // Friday 22 May 2026, 09:00 in London. Monday 25 May is the spring bank holiday, so one working
  // day after Friday's 10:00 reminder is Tuesday 26 May, 10:00.
  const RAISED = new Date('2026-05-22T08:00:00Z');
  const REMINDER = new Date(RAISED.getTime() + HOUR);
  const NEXT_WORKING_DAY = new Date('2026-05-26T09:00:00Z');

  it('sends what is due at once, then waits until each instant the task returns, then finishes', async () => {
    const { calls, times, names, engine, endedAt } = await runToEnd(RAISED, {
      advanceAlert: [waitUntil(REMINDER), waitUntil(NEXT_WORKING_DAY), nothingLeft(NEXT_WORKING_DAY)],
    });

    expect(names()).toEqual(['advanceAlert', 'advanceAlert', 'advanceAlert']);
    expect(times()).toEqual([RAISED.toISOString(), REMINDER.toISOString(), NEXT_WORKING_DAY.toISOString()]);
    expect(endedAt).toBe(NEXT_WORKING_DAY.toISOString());
    for (const call of calls) expect(call.payload).toEqual({ ...INPUT, driver: DRIVER });
    expect(engine.counters).toMatchObject({ started: 1, finished: 1, stopped: 0, failed: 0, invocations: 3 });
  });

  it('costs three state transitions per timed step, plus three to start and finish', async () => {
    const transitions = async (timed: Date[]) =>
      (
        await runToEnd(RAISED, {
          advanceAlert: [...timed.map((at) => waitUntil(at)), nothingLeft(timed.at(-1) ?? RAISED)],
        })
      ).engine.counters.stateTransitions;

    const none = await transitions([]);
    const two = await transitions([REMINDER, NEXT_WORKING_DAY]);
    const three = await transitions([REMINDER, NEXT_WORKING_DAY, new Date('2026-05-27T09:00:00Z')]);

    // Nothing to wait for: "Send what is due", "Anything left to wait for?", "Nothing left to wait for".
    expect(none).toBe(3);
    // Per timed step: the Choice, the Wait and the task again.
    expect(two).toBe(3 * 2 + 3);
    expect(three - two).toBe(3);
  });

  it('ends at once when stopped while it waits, and sends nothing more', async () => {
    await withClock(RAISED, async (clock) => {
      const script = scripted({ advanceAlert: [waitUntil(REMINDER), nothingLeft(REMINDER)] });
      const engine = alertEngine(clock, script);
      await engine.start(INPUT, DRIVER);
      const halfway = new Date(RAISED.getTime() + HOUR / 2);
      await clock.runUntil(() => false, halfway);
      expect(script.times()).toEqual([RAISED.toISOString()]);
      expect(engine.active).toBe(1);

      await engine.stop(DRIVER);

      // Ended without waiting for the reminder's time.
      expect(clock.now().toISOString()).toBe(halfway.toISOString());
      expect(engine.active).toBe(0);
      expect(engine.counters).toMatchObject({ started: 1, stopped: 1, finished: 0, failed: 0 });

      await clock.advance(3 * HOUR);

      expect(script.names()).toEqual(['advanceAlert']);
      expect(engine.counters).toMatchObject({ stopped: 1, finished: 0, failed: 0, invocations: 1 });
    });
  });

  it('records a transient error that never clears after its retries, and follows the recorder’s step', async () => {
    const alwaysBusy: Behaviour = (call) => {
      if (call.fn === 'advanceAlert') throw failure('TransientError', 'the store is busy');
    };

    const { names, calls, engine } = await runToEnd(RAISED, { recordAlertFailure: [nothingLeft(RAISED)] }, alwaysBusy);

    const retrier = retrierFor(TASK_RETRY, 'TransientError') as Retrier;
    const attempts = 1 + (retrier.MaxAttempts ?? 3);
    expect(names()).toEqual([...Array<FunctionName>(attempts).fill('advanceAlert'), 'recordAlertFailure']);
    const recorded = calls.at(-1) as Call;
    expect(recorded.payload).toEqual({
      ...INPUT,
      driver: DRIVER,
      error: { Error: 'TransientError', Cause: expect.stringContaining('the store is busy') },
    });
    // The backoff waited in simulated time, never longer than the retrier allows.
    const longest = Array.from({ length: retrier.MaxAttempts ?? 3 }, (_, attempt) =>
      Math.min(
        (retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** attempt,
        retrier.MaxDelaySeconds ?? Infinity,
      ),
    ).reduce((sum, seconds) => sum + seconds * 1000, 0);
    expect(recorded.at - (calls[0] as Call).at).toBeLessThanOrEqual(longest);
    expect(engine.counters).toMatchObject({ started: 1, finished: 1, failed: 0 });
  });

  it('tries again at the time the failure recorder returns', async () => {
    const later = new Date(RAISED.getTime() + 15 * 60_000);
    const failOnce: Behaviour = (call) => {
      if (call.fn === 'advanceAlert' && call.at === RAISED.getTime()) throw failure('PermanentSendError');
    };

    const { names, times, engine } = await runToEnd(
      RAISED,
      { advanceAlert: [nothingLeft(later)], recordAlertFailure: [waitUntil(later)] },
      failOnce,
    );

    // A permanent error is not retried: recorded at the same moment, then the alert is tried again later.
    expect(names()).toEqual(['advanceAlert', 'recordAlertFailure', 'advanceAlert']);
    expect(times()).toEqual([RAISED.toISOString(), RAISED.toISOString(), later.toISOString()]);
    expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
  });

  it('fails the execution when recording the failure fails too', async () => {
    const broken: Behaviour = (call) => {
      throw failure(call.fn === 'advanceAlert' ? 'PermanentSendError' : 'RequestError');
    };

    const { names, engine } = await runToEnd(RAISED, {}, broken);

    expect(names()).toEqual(['advanceAlert', 'recordAlertFailure']);
    expect(engine.counters).toMatchObject({ finished: 0, failed: 1 });
  });
});
