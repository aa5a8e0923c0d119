import { Stack, Token, Validations, type CfnElement } from 'aws-cdk-lib';

/** How cdk-nag writes a value in a finding: as it is, or `<AWS::Partition>` for a pseudo parameter. */
const shown = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
import type { IConstruct } from 'constructs';
import type { LifecycleStack } from './stacks/lifecycleStack.js';

/**
 * Every cdk-nag finding this app acknowledges, in one reviewed place, each with why it cannot be
 * fixed. Anything not listed here fails the synth.
 */
export function acknowledgeFindings(lifecycle: LifecycleStack): void {
  const acknowledge = (scope: IConstruct | undefined, finding: string, reason: string) => {
    if (scope) Validations.of(scope).acknowledge({ id: `AwsSolutions::AwsSolutions-${finding}`, reason });
  };
  const stack = Stack.of(lifecycle);

  for (const fn of lifecycle.functions) {
    acknowledge(
      fn.role,
      'IAM5[Resource::*]',
      'Tracing is active: X-Ray PutTraceSegments and PutTelemetryRecords can only be granted on "*".',
    );
  }
  for (const machine of [lifecycle.stateMachine, lifecycle.alertStateMachine]) {
    acknowledge(
      machine.role,
      'IAM5[Resource::*]',
      'Logging to CloudWatch Logs (logs:CreateLogDelivery and the like) and X-Ray tracing can only be granted on "*".',
    );
  }
  acknowledge(
    lifecycle.deadLetters,
    'SQS3',
    'This queue is itself the dead-letter queue (of the SNS subscription and of the function’s asynchronous failures); a dead-letter queue needs none of its own.',
  );
  acknowledge(
    lifecycle.alarmLog,
    'SQS3',
    'This queue is read by people, not consumed by a function: it keeps the operations topic’s alarms for 14 days as a second channel beside email, and a message read several times is not a failure to move elsewhere.',
  );
  for (const route of lifecycle.api.publicRoutes) {
    acknowledge(
      route,
      'APIG4',
      'Public by design: GOV.UK Frontend’s and MoJ Frontend’s stylesheets, fonts and images, which a browser fetches without a token and which hold nothing of ours.',
    );
  }
  for (const route of lifecycle.api.sessionRoutes) {
    acknowledge(
      route,
      'APIG4',
      'Checked by the Pages function, not API Gateway: a browser sends a session cookie, not a bearer token. The function verifies its server-side session on every route but the sign-in, sign-out, assets and calendar-link routes (the calendar link carries its own secret).',
    );
  }
  for (const { fn, machine } of lifecycle.drivers) {
    const logicalId = stack.getLogicalId(machine.node.defaultChild as CfnElement);
    acknowledge(
      fn.role,
      `IAM5[Resource::arn:${shown(stack.partition, 'AWS::Partition')}:states:${shown(stack.region, 'AWS::Region')}:${shown(stack.account, 'AWS::AccountId')}:execution:<${logicalId}.Name>:*]`,
      `Stopping a ${machine.node.id} driver: executions are named when they start, one per driver, so only the state machine's executions as a whole can be named.`,
    );
  }
}
