import { Stack, Token, Validations, type CfnElement } from 'aws-cdk-lib';

/** How cdk-nag writes a value in a finding: as it is, or `<AWS::Partition>` for a pseudo parameter. */
const shown = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
import type { IConstruct } from 'constructs';
import { EVIDENCE_BUCKET_EXPORT, type LifecycleStack } from './stacks/lifecycleStack.js';
import type { StatefulStack } from './stacks/statefulStack.js';

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
  for (const route of lifecycle.api.sessionRoutes) {
    acknowledge(
      route,
      'APIG4',
      'Checked by the Pages function, not API Gateway: a browser sends a session cookie, not a bearer token. The function verifies its server-side session on every route but the sign-in, sign-out and calendar-link routes (the calendar link carries its own secret).',
    );
  }
  const { edge } = lifecycle;
  acknowledge(
    edge.originSecret,
    'SMG4',
    'The header CloudFront adds for the functions to check, not a credential: it is rotated by changing it and redeploying, which updates CloudFront and the functions together (an automatic rotation would leave them disagreeing).',
  );
  acknowledge(
    edge.assets,
    'S1',
    'Holds only copies of GOV.UK Frontend’s and MoJ Frontend’s public files, read by CloudFront alone (origin access control); every request that runs our code is in the HTTP API’s access log.',
  );
  acknowledge(
    edge.distribution,
    'CFR3',
    'Every request that reaches our code is in the HTTP API’s access log (route, person, outcome); the web ACL keeps sampled requests and metrics of what it blocks. CloudFront’s own log would add only the public assets.',
  );
  acknowledge(
    edge.distribution,
    'CFR1',
    'Inspectors and regions work from wherever they are; sign-in (with MFA), the web ACL’s rate limit and its list of known bad addresses apply everywhere.',
  );
  if (!edge.ownCertificate) {
    acknowledge(
      edge.distribution,
      'CFR4',
      'This stage has no certificate of its own (edge.certificateArn), so CloudFront answers at its *.cloudfront.net name, whose TLS policy cannot be set. With a certificate the minimum is TLS 1.2.',
    );
  }
  // CDK's bucket deployment: a function of CDK's that copies the assets into the bucket at deploy time.
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    const why =
      'CDK’s bucket deployment, which runs only while deploying: its role, its grants on the staging and assets buckets, and its runtime are CDK’s own.';
    const assetsBucket = stack.getLogicalId(edge.assets.node.defaultChild as CfnElement);
    const stagingBucket = `arn:${shown(stack.partition, 'AWS::Partition')}:s3:::cdk-hnb659fds-assets-${shown(stack.account, 'AWS::AccountId')}-${shown(stack.region, 'AWS::Region')}/*`;
    for (const finding of [
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map(
        (a) => `IAM5[Action::${a}]`,
      ),
      `IAM5[Resource::${stagingBucket}]`,
      `IAM5[Resource::<${assetsBucket}.Arn>/*]`,
      'L1',
    ]) {
      acknowledge(child, finding, why);
    }
  }
  for (const fn of lifecycle.evidenceUsers) {
    for (const folder of ['uploads', 'files']) {
      acknowledge(
        fn.role,
        `IAM5[Resource::${EVIDENCE_BUCKET_EXPORT}/${folder}/*]`,
        `Evidence files under ${folder}/: each key has a random id made when the file comes, so only the folder can be named. Only uploads/ may be deleted from; files/ (kept evidence) is written and read, never deleted.`,
      );
    }
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

/** The stateful stack's acknowledged findings: the evidence bucket's access log cannot log itself. */
export function acknowledgeStatefulFindings(stateful: StatefulStack): void {
  Validations.of(stateful.evidenceAccessLog).acknowledge({
    id: 'AwsSolutions::AwsSolutions-S1',
    reason:
      'This bucket is the server access log of the evidence bucket; logging the log to itself would loop, and to another bucket would only move the question.',
  });
}
