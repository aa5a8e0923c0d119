import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoInspectionStore } from '../adapters/dynamoInspectionStore.js';
import { SesNotifier } from '../adapters/sesNotifier.js';
import { StepFunctionsDriver } from '../adapters/stepFunctionsDriver.js';
import type { Deps } from '../app/deps.js';
import { englandAndWalesCalendar } from '../domain/calendar.js';
import { systemClock } from '../ports/clock.js';
import { loadConfig } from '../shared/config.js';

/** The real adapters, built once per Lambda container from its environment. */
export function awsDeps(): Deps {
  const config = loadConfig();
  if (!config.stateMachineArn) throw new Error('configuration is not valid: DIPP_STATE_MACHINE_ARN is not set');
  return {
    store: new DynamoInspectionStore(new DynamoDBClient({}), config.tableName),
    notifier: new SesNotifier(new SESv2Client({}), config.sesConfigurationSet),
    clock: systemClock,
    driver: new StepFunctionsDriver(new SFNClient({}), config.stateMachineArn),
    calendar: englandAndWalesCalendar(),
    config,
  };
}
