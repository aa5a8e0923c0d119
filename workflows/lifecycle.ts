import { LAMBDA_INVOKE, type Retrier, type State, type StateMachineDefinition } from './asl.js';

/** The Lambda functions the lifecycle invokes: ARNs in AWS, any names locally. */
export interface LifecycleFunctions {
  findNext: string;
  sendNotices: string;
  checkDeadlines: string;
  recordFailure: string;
}

const PHASES = [
  { id: 'pre-fieldwork', label: 'Pre-fieldwork' },
  { id: 'fieldwork', label: 'Fieldwork' },
  { id: 'post-fieldwork', label: 'Post-fieldwork' },
] as const;

/** Errors that retrying cannot mend: recorded at once. */
const PERMANENT = ['RequestError', 'PermanentSendError'];

/**
 * Throttling, a busy service, a lost invocation: retried with exponential backoff and full jitter.
 * DynamoDB's own failures count too (by the error's name, as Lambda reports it once the SDK's own
 * retries are spent): throttling, an internal error of the service, and an answer that did not
 * come in time. Only an error nobody named gets the few quick tries of the last retrier.
 */
const TRANSIENT = [
  'TransientError',
  'ConflictError',
  'States.Timeout',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'InternalServerError',
  'TimeoutError',
];

/**
 * Transient errors: 5, 10, 20 … capped at 300 s, eight times, each wait jittered (so it may be far
 * shorter). A notice held by another attempt's lease (120 s by default, at most an hour) waits
 * without jitter: 30, 60 … capped at 600 s, ten times (over an hour), so a sender that crashed
 * holding it is always taken over; jittered, the retries could end inside the lease and the notice
 * be recorded as failed, never sent. Unknown errors get a few quick tries.
 */
export const TASK_RETRY: Retrier[] = [
  { ErrorEquals: PERMANENT, MaxAttempts: 0 },
  {
    ErrorEquals: ['NoticeBusyError'],
    IntervalSeconds: 30,
    MaxAttempts: 10,
    BackoffRate: 2,
    MaxDelaySeconds: 600,
    JitterStrategy: 'NONE',
  },
  {
    ErrorEquals: TRANSIENT,
    IntervalSeconds: 5,
    MaxAttempts: 8,
    BackoffRate: 2,
    MaxDelaySeconds: 300,
    JitterStrategy: 'FULL',
  },
  { ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 2, BackoffRate: 2, JitterStrategy: 'FULL' },
];

/** Above the functions' own 30 s timeout, so a hung invocation is retried rather than waited on forever. */
export const TASK_TIMEOUT_SECONDS = 60;

export function invoke(functionName: string, payload: Record<string, unknown>, next: string, failure?: string): State {
  return {
    Type: 'Task',
    Resource: LAMBDA_INVOKE,
    // Keys only: the data stays in DynamoDB (and under the 256 KB state limit).
    Parameters: { FunctionName: functionName, Payload: payload },
    ResultSelector: { 'next.$': '$.Payload' },
    ResultPath: '$.step',
    TimeoutSeconds: TASK_TIMEOUT_SECONDS,
    Retry: TASK_RETRY,
    ...(failure ? { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: failure }] } : {}),
    Next: next,
  };
}

const driver = { 'inspectionId.$': '$.inspectionId', 'driver.$': '$$.Execution.Name' };

const step = (field: string, value: string) => ({ Variable: `$.step.next.${field}`, StringEquals: value });

/**
 * The lifecycle of one inspection. Its graph shows the three phases; in each, the driver waits
 * until the next event's time, runs the task for its kind (send notices, or check deadlines) and
 * asks where to go next: three state transitions per timed event. Every task reads the stored
 * timeline from DynamoDB and returns only the next event's key and time, so an execution can be
 * stopped and a new one started at any moment without sending anything twice or skipping anything.
 */
export function lifecycleDefinition(functions: LifecycleFunctions): StateMachineDefinition {
  const states: Record<string, State> = {
    'Find next event': invoke(functions.findNext, driver, `${PHASES[0].label}: what next?`),
  };
  PHASES.forEach((phase, index) => {
    const route = `${phase.label}: what next?`;
    const later = index + 1 < PHASES.length ? `${PHASES[index + 1]?.label}: what next?` : 'Lifecycle complete?';
    const failure = `${phase.label}: record failure`;
    states[route] = {
      Type: 'Choice',
      Comment: `Events of the ${phase.id} phase; anything later falls through to the next phase.`,
      Choices: [
        { And: [step('phase', phase.id), step('kind', 'notice')], Next: `${phase.label}: wait to send notices` },
        {
          And: [step('phase', phase.id), step('kind', 'deadline-check')],
          Next: `${phase.label}: wait to check deadlines`,
        },
      ],
      Default: later,
    };
    states[`${phase.label}: wait to send notices`] = {
      Type: 'Wait',
      TimestampPath: '$.step.next.at',
      Next: `${phase.label}: send notices`,
    };
    states[`${phase.label}: send notices`] = invoke(functions.sendNotices, driver, route, failure);
    states[`${phase.label}: wait to check deadlines`] = {
      Type: 'Wait',
      TimestampPath: '$.step.next.at',
      Next: `${phase.label}: check deadlines`,
    };
    states[`${phase.label}: check deadlines`] = invoke(functions.checkDeadlines, driver, route, failure);
    states[failure] = {
      ...invoke(
        functions.recordFailure,
        // The step's kind too: the task that failed may have done its step's event and failed on a later one.
        { ...driver, 'eventId.$': '$.step.next.eventId', 'kind.$': '$.step.next.kind', 'error.$': '$.error' },
        route,
        'Could not record a failure',
      ),
      Comment: 'The task failed after its retries: record it against the event, then go on with the rest.',
    };
  });
  states['Lifecycle complete?'] = {
    Type: 'Choice',
    Choices: [{ Variable: '$.step.next.done', BooleanEquals: true, Next: 'Lifecycle complete' }],
    Default: 'Cannot route the next event',
  };
  states['Lifecycle complete'] = { Type: 'Succeed', Comment: 'Every event is done, or a newer driver took over.' };
  states['Cannot route the next event'] = {
    Type: 'Fail',
    Error: 'UnroutableEvent',
    Cause: 'The next event belongs to a phase already passed; start a new driver to pick it up.',
  };
  states['Could not record a failure'] = {
    Type: 'Fail',
    Error: 'FailureNotRecorded',
    Cause: 'A task failed and recording the failure failed too: start a new driver once the store is reachable.',
  };
  return {
    Comment:
      'DIPP inspection lifecycle: pre-fieldwork, fieldwork and post-fieldwork, driven by the timeline stored in DynamoDB.',
    StartAt: 'Find next event',
    States: states,
  };
}
