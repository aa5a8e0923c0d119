import { SFNClient } from '@aws-sdk/client-sfn';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import { StepFunctionsDriver } from '../adapters/stepFunctionsDriver.js';
import type { Deps } from '../app/deps.js';
import { refusingDriver } from '../ports/workflowDriver.js';
import type { AppConfig } from '../shared/config.js';
import { tracer } from './powertools.js';

/**
 * Starting and stopping drivers (awsDeps' `drivers` part): the lifecycle's and the alerts' state
 * machines, by the ARNs the stack gives the administrators' functions and the nightly resume.
 */
export function stepFunctionsDrivers(config: AppConfig): Pick<Deps, 'driver' | 'alertDriver'> {
  const sfn = tracer.captureAWSv3Client(withoutSdkLogging(new SFNClient({})));
  const driverOf = <Input extends Record<string, string>>(arn: string | undefined, variable: string) =>
    arn
      ? new StepFunctionsDriver<Input>(sfn, arn)
      : refusingDriver(`configuration is not valid: ${variable} is not set`);
  return {
    driver: driverOf<{ inspectionId: string }>(config.stateMachineArn, 'DIPP_STATE_MACHINE_ARN'),
    alertDriver: driverOf<{ inspectionId: string; alertId: string }>(
      config.alertStateMachineArn,
      'DIPP_ALERT_STATE_MACHINE_ARN',
    ),
  };
}
