import './polyfills.js';
import { StateMachine } from 'aws-local-stepfunctions';
import type { WorkflowDriver } from '../ports/workflowDriver.js';
import { logger } from '../shared/logger.js';
import { taskFunctions, type StateMachineDefinition } from '../../workflows/asl.js';

type Handler = (payload: unknown) => Promise<unknown>;

export interface EngineCounters {
  started: number;
  /** Ran to their end state. */
  finished: number;
  /** Stopped by `stop` (a reschedule, a resume) before their end. */
  stopped: number;
  failed: number;
  stateTransitions: number;
  invocations: number;
}

/**
 * Runs a state machine definition with aws-local-stepfunctions, the same definition CDK deploys,
 * with each Task's Lambda function wired to an in-process handler.
 */
export class LocalWorkflowEngine<
  Input extends Record<string, string> = { inspectionId: string },
> implements WorkflowDriver<Input> {
  private readonly machine: StateMachine;
  private readonly handlers: Record<string, (input: unknown) => Promise<{ StatusCode: number; Payload: unknown }>>;
  private readonly running = new Map<string, { abort: () => void; done: Promise<void> }>();
  readonly counters: EngineCounters = {
    started: 0,
    finished: 0,
    stopped: 0,
    failed: 0,
    stateTransitions: 0,
    invocations: 0,
  };

  constructor(
    definition: StateMachineDefinition,
    functions: Record<string, Handler>,
    /** Runs each invocation: under a simulated clock, as busy work with real timers. */
    private readonly invoke: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
    private readonly stateMachineName = 'dipp-lifecycle',
    private readonly countTransitions = false,
  ) {
    this.machine = new StateMachine(definition as never, { validationOptions: { checkArn: false, checkPaths: true } });
    this.handlers = Object.fromEntries(
      taskFunctions(definition).map(({ state, functionName }) => {
        const handler = functions[functionName];
        if (!handler) throw new Error(`no local handler for ${functionName} (state "${state}")`);
        return [
          state,
          async (input: unknown) => {
            this.counters.invocations += 1;
            const payload = (input as { Payload?: unknown }).Payload;
            return { StatusCode: 200, Payload: await this.invoke(() => handler(payload)) };
          },
        ];
      }),
    );
  }

  /** Executions that have not ended yet. */
  get active(): number {
    return this.running.size;
  }

  async start(input: Input, name: string): Promise<void> {
    const execution = this.machine.run(input as never, {
      noThrowOnAbort: true,
      context: {
        Execution: {
          Id: `arn:aws:states:eu-west-2:000000000000:execution:${this.stateMachineName}:${name}`,
          Name: name,
        },
      } as never,
      overrides: { taskResourceLocalHandlers: this.handlers as never },
    });
    this.counters.started += 1;
    const counting = this.countTransitions ? this.count(execution.eventLogs) : Promise.resolve();
    const done = execution.result
      .then((output) => {
        // An aborted execution resolves to null (noThrowOnAbort).
        if (output === null) this.counters.stopped += 1;
        else this.counters.finished += 1;
      })
      .catch((error: unknown) => {
        this.counters.failed += 1;
        logger.error('local execution failed', {
          execution: name,
          error: error instanceof Error ? error.message : String(error),
        });
      })
      .then(() => counting)
      .finally(() => this.running.delete(name));
    this.running.set(name, { abort: execution.abort, done });
  }

  private async count(events: AsyncGenerator<{ type: string }>): Promise<void> {
    for await (const event of events) if (event.type === 'StateEntered') this.counters.stateTransitions += 1;
  }

  async stop(name: string): Promise<void> {
    const execution = this.running.get(name);
    if (!execution) return;
    execution.abort();
    await execution.done;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((name) => this.stop(name)));
  }
}
