import { type State, type StateMachineDefinition } from './asl.js';
import { invoke } from './lifecycle.js';

/** The Lambda functions the alert workflow invokes: ARNs in AWS, any names locally. */
export interface AlertFunctions {
  advanceAlert: string;
  recordAlertFailure: string;
}

const driver = {
  'inspectionId.$': '$.inspectionId',
  'alertId.$': '$.alertId',
  'driver.$': '$$.Execution.Name',
};

/**
 * One alert, from the moment it is raised until it is assured or withdrawn. The task sends what is
 * due (the alert at once, whatever the hour; reminders; escalations) from the alert's record in
 * DynamoDB and returns when to look again; the execution waits until then. A person's action
 * (acknowledge, evidence, assure, withdraw) hands the alert to a new execution and stops this one,
 * so it ends at once rather than at its next waiting time.
 */
export function alertDefinition(functions: AlertFunctions): StateMachineDefinition {
  const states: Record<string, State> = {
    'Send what is due': invoke(functions.advanceAlert, driver, 'Anything left to wait for?', 'Record the failure'),
    'Anything left to wait for?': {
      Type: 'Choice',
      Choices: [{ Variable: '$.step.next.done', BooleanEquals: true, Next: 'Nothing left to wait for' }],
      Default: 'Wait for the next reminder or deadline',
    },
    'Wait for the next reminder or deadline': {
      Type: 'Wait',
      TimestampPath: '$.step.next.at',
      Next: 'Send what is due',
    },
    'Record the failure': {
      ...invoke(
        functions.recordAlertFailure,
        { ...driver, 'error.$': '$.error' },
        'Anything left to wait for?',
        'Could not record a failure',
      ),
      Comment:
        'The task failed after its retries: record it on the alert and try again later. An alert never goes quiet.',
    },
    'Nothing left to wait for': {
      Type: 'Succeed',
      Comment: 'Closed, waiting on a person (confirmation, assurance), or a newer driver took over.',
    },
    'Could not record a failure': {
      Type: 'Fail',
      Error: 'FailureNotRecorded',
      Cause: 'A task failed and recording the failure failed too: start a new driver once the store is reachable.',
    },
  };
  return {
    Comment: 'DIPP alert: notify the region at once, remind, escalate, until the lead is assured or withdraws it.',
    StartAt: 'Send what is due',
    States: states,
  };
}
