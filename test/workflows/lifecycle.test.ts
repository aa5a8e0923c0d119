import '../../functions/local/polyfills.js';
import { describe, expect, it, vi } from 'vitest';
import type { NextStep } from '../../functions/app/lifecycle/nextStep.js';
import { LocalWorkflowEngine } from '../../functions/local/localEngine.js';
import { SimulatedClock } from '../../functions/local/timers.js';
import { LAMBDA_INVOKE, type State, type StateMachineDefinition } from '../../workflows/asl.js';
import { failure, itIsPortable, retrierFor, targets, tasks, type TaskState } from './aslChecks.js';
import { lifecycleDefinition, TASK_RETRY, type LifecycleFunctions } from '../../workflows/lifecycle.js';

// Executions made to fail on purpose log errors: keep the test output to the results.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

const ARNS: LifecycleFunctions = {
  findNext: 'arn:aws:lambda:eu-west-2:123456789012:function:dipp-sfn-find-next',
  sendNotices: 'arn:aws:lambda:eu-west-2:123456789012:function:dipp-sfn-send-notices',
  checkDeadlines: 'arn:aws:lambda:eu-west-2:123456789012:function:dipp-sfn-check-deadlines',
  recordFailure: 'arn:aws:lambda:eu-west-2:123456789012:function:dipp-sfn-record-failure',
};

const PHASE_LABELS = ['Pre-fieldwork', 'Fieldwork', 'Post-fieldwork'] as const;
const START = 'Find next event';
const COMPLETE_CHECK = 'Lifecycle complete?';

/** A fresh definition each time: asl-validator writes `QueryLanguage` into the object it checks. */
const definition = (): StateMachineDefinition => lifecycleDefinition(ARNS);

function phaseOf(name: string): (typeof PHASE_LABELS)[number] | undefined {
  return PHASE_LABELS.find((label) => name.startsWith(`${label}:`));
}

function isRecordFailure(name: string): boolean {
  return /record failure/i.test(name);
}

describe('the lifecycle definition', () => {
  itIsPortable(definition);

  it('invokes Lambda through lambda:invoke with a function name and a payload of keys only', () => {
    const def = definition();
    const driverKeys = { 'inspectionId.$': '$.inspectionId', 'driver.$': '$$.Execution.Name' };

    const found = tasks(def);

    expect(found.length).toBeGreaterThan(0);
    for (const [name, task] of found) {
      expect(task.Resource, name).toBe(LAMBDA_INVOKE);
      expect(Object.keys(task.Parameters).sort(), name).toEqual(['FunctionName', 'Payload']);
      expect(Object.values(ARNS), name).toContain(task.Parameters.FunctionName);
      const payload = task.Parameters.Payload;
      if (isRecordFailure(name)) {
        expect(payload, name).toEqual({
          ...driverKeys,
          'eventId.$': '$.step.next.eventId',
          'kind.$': '$.step.next.kind',
          'error.$': '$.error',
        });
      } else {
        expect(payload, name).toEqual(driverKeys);
      }
    }
  });

  it('waits only on a timestamp taken from the state (TimestampPath)', () => {
    const waits = Object.entries(definition().States).filter(([, state]) => state.Type === 'Wait');

    expect(waits.length).toBeGreaterThan(0);
    for (const [name, wait] of waits) {
      const { Comment: _comment, ...fields } = wait as Record<string, unknown>;
      expect(Object.keys(fields).sort(), name).toEqual(['Next', 'TimestampPath', 'Type']);
      expect(wait, name).toMatchObject({ TimestampPath: '$.step.next.at' });
    }
  });

  describe('the three phases', () => {
    const def = definition();
    const names = Object.keys(def.States);
    const inPhase = (label: string) => names.filter((name) => phaseOf(name) === label);
    const route = (label: string) => {
      const choices = inPhase(label).filter((name) => def.States[name]?.Type === 'Choice');
      expect(choices, `${label} has one routing Choice`).toHaveLength(1);
      return choices[0] as string;
    };

    it.each(PHASE_LABELS)('%s has its own wait, send-notices, check-deadlines and record-failure states', (label) => {
      const own = inPhase(label);
      const typed = (type: State['Type'], pattern: RegExp) =>
        own.filter((name) => def.States[name]?.Type === type && pattern.test(name));

      expect(typed('Wait', /wait/i).length).toBeGreaterThanOrEqual(1);
      expect(typed('Task', /send notices/i)).toHaveLength(1);
      expect(typed('Task', /check deadlines/i)).toHaveLength(1);
      expect(typed('Task', /record failure/i)).toHaveLength(1);
    });

    it.each(PHASE_LABELS)(
      '%s keeps its states to itself: waits, tasks and failures lead back into the phase',
      (label) => {
        const choice = route(label);
        const own = new Set(inPhase(label));

        for (const name of own) {
          const state = def.States[name] as State;
          const leaving = targets(state).filter((target) => !own.has(target));
          if (name === choice) {
            // Only the Default leaves the phase: anything later falls through.
            expect(leaving, name).toEqual([(state as Extract<State, { Type: 'Choice' }>).Default]);
          } else if (state.Type === 'Task' && isRecordFailure(name)) {
            // Recording may itself fail: only then does it leave, to a Fail state.
            for (const target of leaving) expect(def.States[target]?.Type, `${name} → ${target}`).toBe('Fail');
          } else {
            expect(leaving, name).toEqual([]);
          }
        }
      },
    );

    it('routes fall through from Pre-fieldwork to Fieldwork to Post-fieldwork to "Lifecycle complete?"', () => {
      const defaults = PHASE_LABELS.map((label) => (def.States[route(label)] as { Default: string }).Default);

      expect(defaults).toEqual([route('Fieldwork'), route('Post-fieldwork'), COMPLETE_CHECK]);
      expect(def.States[START]).toMatchObject({ Type: 'Task', Next: route('Pre-fieldwork') });
      expect(def.States[COMPLETE_CHECK]?.Type).toBe('Choice');
    });
  });

  describe('every task', () => {
    const def = definition();
    const all = tasks(def);

    it.each(all)('%s has a timeout', (_name, task) => {
      expect(task.TimeoutSeconds).toBeGreaterThan(0);
    });

    it.each(all)('%s never retries a bad request or a permanent send failure', (_name, task) => {
      const first = task.Retry?.[0];

      expect(first?.ErrorEquals).toEqual(expect.arrayContaining(['RequestError', 'PermanentSendError']));
      expect(first?.MaxAttempts).toBe(0);
    });

    it.each(all)(
      '%s retries throttling and DynamoDB’s failures with growing, fully jittered backoff',
      (_name, task) => {
        for (const error of [
          'Lambda.TooManyRequestsException',
          'TransientError',
          'ProvisionedThroughputExceededException',
          'InternalServerError',
          'TimeoutError',
        ]) {
          const retrier = retrierFor(task.Retry ?? [], error);

          expect(retrier?.ErrorEquals, error).toContain(error);
          // DynamoDB's failures wait as long and as often as its throttling, not the catch-all's few quick tries.
          expect(retrier, error).toBe(retrierFor(task.Retry ?? [], 'ThrottlingException'));
          expect(retrier?.MaxAttempts ?? 3, error).toBeGreaterThan(0);
          expect(retrier?.BackoffRate, error).toBeGreaterThan(1);
          expect(retrier?.JitterStrategy, error).toBe('FULL');
        }
      },
    );

    it.each(all)('%s lists States.ALL only alone and in its last retrier', (_name, task) => {
      const retry = task.Retry ?? [];

      retry.forEach((retrier, index) => {
        if (!retrier.ErrorEquals.includes('States.ALL')) return;
        expect(retrier.ErrorEquals).toEqual(['States.ALL']);
        expect(index).toBe(retry.length - 1);
      });
    });

    const caught = all.filter(([name]) => name !== START && !isRecordFailure(name));

    it('that does the work is caught and recorded in its own phase', () => {
      expect(caught.length).toBe(PHASE_LABELS.length * 2);
      for (const [name, task] of caught) {
        expect(task.Catch, name).toEqual([
          { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: `${phaseOf(name)}: record failure` },
        ]);
      }
    });

    it('keeps its input when caught, so the record-failure task can read the event id and the error', () => {
      for (const [name, task] of caught) {
        const failure = def.States[task.Catch?.[0]?.Next ?? ''] as TaskState;
        const payload = failure.Parameters.Payload as Record<string, string>;

        expect(task.Catch?.[0]?.ResultPath, name).toBe(payload['error.$']);
        expect(task.ResultPath, name).toBe('$.step');
        expect(payload['eventId.$'], name).toMatch(/^\$\.step\./);
      }
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
  });
});

// ---------------------------------------------------------------------------------------------
// Behaviour on the local engine, with in-process handlers in place of the Lambda functions.

const LOCAL: LifecycleFunctions = {
  findNext: 'findNext',
  sendNotices: 'sendNotices',
  checkDeadlines: 'checkDeadlines',
  recordFailure: 'recordFailure',
};
type FunctionName = keyof LifecycleFunctions;

const PAST = '2000-01-01T00:00:00Z';
const INSPECTION = 'north-east-2026-06-01';

interface Call {
  fn: FunctionName;
  payload: Record<string, unknown>;
  /** Date.now() when called: simulated time under a SimulatedClock. */
  at: number;
}

type Behaviour = (call: Call) => void;

const step = (phase: NextStep['phase'], kind: NextStep['kind'], eventId: string, at = PAST): NextStep => ({
  done: false,
  phase,
  kind,
  at,
  eventId,
});
const finished = (at = PAST): NextStep => ({ done: true, phase: 'complete', kind: 'none', at });

/**
 * Handlers that answer from a script, one step per successful call, whichever function is
 * called; `before` may throw to make a call fail (a failed call uses no step).
 */
function scripted(steps: NextStep[], before: Behaviour = () => undefined) {
  const calls: Call[] = [];
  let next = 0;
  const handler = (fn: FunctionName) => async (payload: unknown) => {
    const call = { fn, payload: payload as Record<string, unknown>, at: Date.now() };
    calls.push(call);
    before(call);
    const answer = steps[next];
    next += 1;
    if (!answer) throw failure('ScriptExhausted', `no step left for call ${next} (${fn})`);
    return answer;
  };
  const functions = Object.fromEntries(
    (Object.keys(LOCAL) as FunctionName[]).map((fn) => [LOCAL[fn], handler(fn)]),
  ) as Record<string, (payload: unknown) => Promise<unknown>>;
  return { calls, functions, names: () => calls.map((call) => call.fn) };
}

async function untilEnded(engine: LocalWorkflowEngine): Promise<void> {
  await vi.waitFor(
    () => {
      if (engine.active > 0) throw new Error(`${engine.active} execution(s) still running`);
    },
    { timeout: 10_000, interval: 2 },
  );
}

/** Runs the lifecycle under simulated time (Waits and retry backoff take no real time). */
async function runSimulated(steps: NextStep[], before: Behaviour, start: Date) {
  const clock = new SimulatedClock(start);
  try {
    const script = scripted(steps, before);
    const engine = new LocalWorkflowEngine(lifecycleDefinition(LOCAL), script.functions, (work) => clock.run(work));
    await engine.start({ inspectionId: INSPECTION }, 'driver-1');
    await clock.runUntil(() => engine.active === 0);
    return { ...script, engine };
  } finally {
    clock.uninstall();
  }
}

const kindHandler = (kind: NextStep['kind']): FunctionName => (kind === 'notice' ? 'sendNotices' : 'checkDeadlines');

describe('the lifecycle on the local engine', () => {
  const FIVE_EVENTS: NextStep[] = [
    step('pre-fieldwork', 'notice', 'announcement:announcement:2026-05-11'),
    step('pre-fieldwork', 'deadline-check', 'deadline-overdue:evidenceDeadline:2026-05-27'),
    step('fieldwork', 'notice', 'test-notice:fieldworkWeek2Start:2026-06-15'),
    step('post-fieldwork', 'notice', 'factual-accuracy-check:factualAccuracySent:2026-07-10'),
    step('post-fieldwork', 'deadline-check', 'deadline-overdue:factualAccuracyDue:2026-07-27'),
  ];

  async function runToEnd(events: NextStep[]) {
    const script = scripted([...events, finished()]);
    const engine = new LocalWorkflowEngine(lifecycleDefinition(LOCAL), script.functions, undefined, 'dipp-test', true);
    await engine.start({ inspectionId: INSPECTION }, 'driver-1');
    await untilEnded(engine);
    return { ...script, engine };
  }

  it('runs five events across the three phases in order and finishes', async () => {
    const { names, calls, engine } = await runToEnd(FIVE_EVENTS);

    expect(names()).toEqual(['findNext', ...FIVE_EVENTS.map((event) => kindHandler(event.kind))]);
    expect(engine.counters).toMatchObject({ started: 1, finished: 1, failed: 0, invocations: 6 });
    for (const call of calls) expect(call.payload).toEqual({ inspectionId: INSPECTION, driver: 'driver-1' });
  });

  it('costs three state transitions per timed event, plus a constant for starting and finishing', async () => {
    const more = [
      ...FIVE_EVENTS.slice(0, 2),
      step('pre-fieldwork', 'notice', 'extra-1'),
      ...FIVE_EVENTS.slice(2, 3),
      step('fieldwork', 'deadline-check', 'extra-2'),
      ...FIVE_EVENTS.slice(3),
      step('post-fieldwork', 'notice', 'extra-3'),
    ];

    const five = (await runToEnd(FIVE_EVENTS)).engine.counters.stateTransitions;
    const eight = (await runToEnd(more)).engine.counters.stateTransitions;

    // Per event: the phase's route, its wait and its task. The constant: "Find next event", one
    // fall-through of each phase's route, "Lifecycle complete?" and "Lifecycle complete".
    expect(eight - five).toBe(3 * 3);
    expect(five).toBeLessThanOrEqual(3 * FIVE_EVENTS.length + 1 + PHASE_LABELS.length + 2);
  });

  it('finishes at once, running no task, when there is nothing to do', async () => {
    const { names, engine } = await runToEnd([]);

    expect(names()).toEqual(['findNext']);
    expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
  });

  it('waits until each event is due before running its task', async () => {
    const start = new Date('2026-05-01T08:00:00Z');
    const events = [
      step('pre-fieldwork', 'notice', 'a', '2026-05-11T08:00:00Z'),
      step('fieldwork', 'deadline-check', 'b', '2026-06-02T08:00:00Z'),
      step('post-fieldwork', 'notice', 'c', '2026-07-31T08:00:00Z'),
    ];

    const { calls, engine } = await runSimulated([...events, finished()], () => undefined, start);

    expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
    expect(calls.map((call) => new Date(call.at).toISOString())).toEqual([
      '2026-05-01T08:00:00.000Z',
      '2026-05-11T08:00:00.000Z',
      '2026-06-02T08:00:00.000Z',
      '2026-07-31T08:00:00.000Z',
    ]);
  });

  it('retries a transient error with backoff and then goes on as if nothing happened', async () => {
    const due = '2026-05-11T08:00:00Z';
    let failuresLeft = 2;
    const flaky: Behaviour = (call) => {
      if (call.fn === 'sendNotices' && failuresLeft > 0) {
        failuresLeft -= 1;
        throw failure('TransientError');
      }
    };

    const { names, calls, engine } = await runSimulated(
      [step('pre-fieldwork', 'notice', 'announcement:announcement:2026-05-11', due), finished(due)],
      flaky,
      new Date('2026-05-11T07:00:00Z'),
    );

    expect(names()).toEqual(['findNext', 'sendNotices', 'sendNotices', 'sendNotices']);
    expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
    const [first, second, third] = calls.slice(1).map((call) => call.at) as [number, number, number];
    // IntervalSeconds 5, BackoffRate 2, full jitter: up to 5 s, then up to 10 s.
    expect(second - first).toBeLessThanOrEqual(5_000);
    expect(third - second).toBeLessThanOrEqual(10_000);
  });

  it('retries a notice another attempt holds until its lease has run out, however short the jitter', async () => {
    // A sender killed while the notice was `sending` leaves its lease (at most an hour:
    // DIPP_NOTICE_LEASE_SECONDS): the retries must outlast it even if every jittered wait were 0 s,
    // or the notice would be recorded as failed and never sent.
    const due = '2026-05-11T08:00:00Z';
    const leaseEnds = new Date(due).getTime() + 3600 * 1000;
    const leased: Behaviour = (call) => {
      if (call.fn === 'sendNotices' && call.at < leaseEnds) throw failure('NoticeBusyError');
    };
    vi.spyOn(Math, 'random').mockReturnValue(0);
    try {
      const { names, calls, engine } = await runSimulated(
        [step('pre-fieldwork', 'notice', 'announcement:announcement:2026-05-11', due), finished(due)],
        leased,
        new Date('2026-05-11T07:00:00Z'),
      );

      expect(names()).not.toContain('recordFailure');
      expect(calls.at(-1)).toMatchObject({ fn: 'sendNotices' });
      expect(calls.at(-1)?.at).toBeGreaterThanOrEqual(leaseEnds);
      expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('records a transient error that never clears after its retries, and carries on', async () => {
    const alwaysBusy: Behaviour = (call) => {
      if (call.fn === 'checkDeadlines') throw failure('Lambda.TooManyRequestsException');
    };

    const { names, calls, engine } = await runSimulated(
      [step('post-fieldwork', 'deadline-check', 'overdue-1'), step('post-fieldwork', 'notice', 'n-2'), finished()],
      alwaysBusy,
      new Date('2026-07-01T08:00:00Z'),
    );

    const attempts = names().filter((fn) => fn === 'checkDeadlines').length;
    expect(attempts).toBe(1 + (retrierFor(TASK_RETRY, 'Lambda.TooManyRequestsException')?.MaxAttempts ?? 3));
    expect(names()).toEqual([
      'findNext',
      ...Array<FunctionName>(attempts).fill('checkDeadlines'),
      'recordFailure',
      'sendNotices',
    ]);
    expect(calls.find((call) => call.fn === 'recordFailure')?.payload).toMatchObject({
      eventId: 'overdue-1',
      error: { Error: 'Lambda.TooManyRequestsException' },
    });
    expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
  });

  it.each(['PermanentSendError', 'RequestError'])(
    'sends a %s straight to the record-failure task, then follows the step it returns',
    async (errorName) => {
      const due = '2026-06-15T08:00:00Z';
      const broken: Behaviour = (call) => {
        if (call.fn === 'sendNotices') throw failure(errorName, 'the message was rejected');
      };

      const { names, calls, engine } = await runSimulated(
        [
          step('fieldwork', 'notice', 'headline-findings:fieldworkWeek2Start:2026-06-15', due),
          step('post-fieldwork', 'deadline-check', 'deadline-overdue:factualAccuracyDue:2026-07-27'),
          finished(),
        ],
        broken,
        new Date('2026-06-15T07:00:00Z'),
      );

      expect(names()).toEqual(['findNext', 'sendNotices', 'recordFailure', 'checkDeadlines']);
      const [, sent, recorded] = calls as [Call, Call, Call];
      expect(recorded.payload).toEqual({
        inspectionId: INSPECTION,
        driver: 'driver-1',
        eventId: 'headline-findings:fieldworkWeek2Start:2026-06-15',
        kind: 'notice',
        error: { Error: errorName, Cause: expect.stringContaining('the message was rejected') },
      });
      // No backoff: recorded at the same (simulated) moment the send failed.
      expect(recorded.at).toBe(sent.at);
      expect(engine.counters).toMatchObject({ finished: 1, failed: 0 });
    },
  );

  it('fails the execution when finding the next event fails: there is nothing to record it against', async () => {
    const script = scripted([], (call) => {
      if (call.fn === 'findNext') throw failure('RequestError', 'bad workflow input');
    });
    const engine = new LocalWorkflowEngine(lifecycleDefinition(LOCAL), script.functions);

    await engine.start({ inspectionId: INSPECTION }, 'driver-1');
    await untilEnded(engine);

    expect(script.names()).toEqual(['findNext']);
    expect(engine.counters).toMatchObject({ finished: 0, failed: 1 });
  });

  it('fails the execution, rather than skip it, when the next event belongs to a phase already passed', async () => {
    const script = scripted([
      step('post-fieldwork', 'notice', 'publication:publication:2026-07-31'),
      step('pre-fieldwork', 'notice', 'announcement:announcement:2026-05-11'),
      finished(),
    ]);
    const engine = new LocalWorkflowEngine(lifecycleDefinition(LOCAL), script.functions);

    await engine.start({ inspectionId: INSPECTION }, 'driver-1');
    await untilEnded(engine);

    expect(script.names()).toEqual(['findNext', 'sendNotices']);
    expect(engine.counters).toMatchObject({ finished: 0, failed: 1 });
  });

  it('stops an execution that is waiting for its next event', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const script = scripted([step('fieldwork', 'notice', 'later', inAnHour), finished()]);
    const engine = new LocalWorkflowEngine(lifecycleDefinition(LOCAL), script.functions);
    await engine.start({ inspectionId: INSPECTION }, 'driver-1');
    await vi.waitFor(() => expect(script.names()).toEqual(['findNext']));
    expect(engine.active).toBe(1);

    await engine.stop('driver-1');

    expect(engine.active).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(script.names()).toEqual(['findNext']);
    await expect(engine.stop('driver-1')).resolves.toBeUndefined();
  });

  it('stops one execution and leaves another running', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const script = scripted([step('fieldwork', 'notice', 'a', inAnHour), step('fieldwork', 'notice', 'b', inAnHour)]);
    const engine = new LocalWorkflowEngine(lifecycleDefinition(LOCAL), script.functions);
    await engine.start({ inspectionId: INSPECTION }, 'driver-1');
    await engine.start({ inspectionId: INSPECTION }, 'driver-2');
    await vi.waitFor(() => expect(script.names()).toEqual(['findNext', 'findNext']));

    await engine.stop('driver-1');

    expect(engine.active).toBe(1);
    await engine.stopAll();
    expect(engine.active).toBe(0);
  });
});
