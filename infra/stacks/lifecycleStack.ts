import { Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { DefinitionBody, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { alertDefinition } from '../../workflows/alert.js';
import { lifecycleDefinition } from '../../workflows/lifecycle.js';
import { DippFunction } from '../constructs/dippFunction.js';

export interface LifecycleStackProps extends StackProps {
  table: ITableV2;
  fromAddress: string;
  mailbox: string;
  baseUrl: string;
}

/** The lifecycle and alert state machines and the Lambda functions they and the administrators call. */
export class LifecycleStack extends Stack {
  readonly stateMachine: StateMachine;
  readonly alertStateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: LifecycleStackProps) {
    super(scope, id, props);
    const environment = {
      DIPP_TABLE_NAME: props.table.tableName,
      DIPP_FROM_ADDRESS: props.fromAddress,
      DIPP_MAILBOX: props.mailbox,
      DIPP_BASE_URL: props.baseUrl,
    };
    const sendEmail = new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: ['*'],
    });
    const task = (name: string, entry: string, sends: boolean) => {
      const fn = new DippFunction(this, name, { entry, environment });
      props.table.grantReadWriteData(fn);
      if (sends) fn.addToRolePolicy(sendEmail);
      return fn;
    };
    const functions = {
      findNext: task('FindNext', 'sfn.findNext', false),
      sendNotices: task('SendNotices', 'sfn.sendNotices', true),
      checkDeadlines: task('CheckDeadlines', 'sfn.checkDeadlines', true),
      recordFailure: task('RecordFailure', 'sfn.recordFailure', false),
    };
    // The definition is the one module the local engine runs too: only ARNs differ.
    const definition = lifecycleDefinition({
      findNext: functions.findNext.functionArn,
      sendNotices: functions.sendNotices.functionArn,
      checkDeadlines: functions.checkDeadlines.functionArn,
      recordFailure: functions.recordFailure.functionArn,
    });
    this.stateMachine = new StateMachine(this, 'Lifecycle', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(this.toJsonString(definition)),
      tracingEnabled: true,
    });
    for (const fn of Object.values(functions)) fn.grantInvoke(this.stateMachine);

    const alertFunctions = {
      advanceAlert: task('AdvanceAlert', 'sfn.advanceAlert', true),
      recordAlertFailure: task('RecordAlertFailure', 'sfn.recordAlertFailure', false),
    };
    this.alertStateMachine = new StateMachine(this, 'Alert', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(
        this.toJsonString(
          alertDefinition({
            advanceAlert: alertFunctions.advanceAlert.functionArn,
            recordAlertFailure: alertFunctions.recordAlertFailure.functionArn,
          }),
        ),
      ),
      tracingEnabled: true,
    });
    for (const fn of Object.values(alertFunctions)) fn.grantInvoke(this.alertStateMachine);

    const admin = {
      ...environment,
      DIPP_STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
      DIPP_ALERT_STATE_MACHINE_ARN: this.alertStateMachine.stateMachineArn,
    };
    const executions = (machine: StateMachine) =>
      `arn:${this.partition}:states:${this.region}:${this.account}:execution:${machine.stateMachineName}:*`;
    for (const [name, entry] of [
      ['StartInspection', 'api.startInspection'],
      ['RecordCompletion', 'api.recordCompletion'],
      ['Reschedule', 'api.reschedule'],
      ['RaiseAlert', 'api.raiseAlert'],
      ['ActOnAlert', 'api.actOnAlert'],
      ['GetAlert', 'api.getAlert'],
      ['ListAlerts', 'api.listAlerts'],
    ] as const) {
      const fn = new DippFunction(this, name, { entry, environment: admin });
      props.table.grantReadWriteData(fn);
      for (const machine of [this.stateMachine, this.alertStateMachine]) {
        machine.grantStartExecution(fn);
        fn.addToRolePolicy(
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: ['states:StopExecution'],
            resources: [executions(machine)],
          }),
        );
      }
    }
  }
}
