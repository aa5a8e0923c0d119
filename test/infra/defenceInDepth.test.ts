import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';

/**
 * Finding 10 (SES and SNS defence in depth) and finding 9's access log, proven on the template:
 * IAM holds the same sending rules as the code, the sender identity sends through our
 * configuration set by default, alarms reach operations by a second channel, and each request's
 * log names its route and its person. Synthesized with cdk.json's context and cdk-nag's rules,
 * which fail the synth on any finding not acknowledged.
 */
const CDK_JSON = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: { stages: Record<string, Record<string, unknown>> } & Record<string, unknown>;
};
const DEV = CDK_JSON.context.stages.dev as { fromAddress: string; allowedRecipientDomains: string[] };

function synth(context: Record<string, unknown> = {}): Template {
  const app = buildApp(
    new App({
      outdir: mkdtempSync(path.join(tmpdir(), 'dipp-synth-')),
      context: { ...CDK_JSON.context, 'aws:cdk:bundling-stacks': [], ...context },
    }),
  );
  app.synth();
  return Template.fromStack(app.node.findChild('DippLifecycle') as never);
}

/** cdk.json's stages, with the dev stage's sender identity made by hand. */
const existingIdentity = {
  stages: { ...CDK_JSON.context.stages, dev: { ...CDK_JSON.context.stages.dev, senderIdentity: 'existing' } },
};

const template = synth();

/**
 * A CloudFormation value as text: a Fn::Join joined; a Ref to a named SES configuration set as its
 * name (what Ref returns for one); any other Ref as `<LogicalId>`.
 */
function text(from: Template, value: unknown): string {
  if (typeof value === 'string') return value;
  const { Ref: ref, 'Fn::Join': join } = value as Record<string, unknown>;
  if (typeof ref === 'string') {
    const set = from.findResources('AWS::SES::ConfigurationSet')[ref] as { Properties: { Name: string } } | undefined;
    return set ? set.Properties.Name : `<${ref}>`;
  }
  if (join) {
    const [separator, parts] = join as [string, unknown[]];
    return parts.map((part) => text(from, part)).join(separator);
  }
  throw new Error(`cannot read ${JSON.stringify(value)}`);
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function statements(from: Template): { policy: string; statement: Statement }[] {
  return Object.entries(from.findResources('AWS::IAM::Policy')).flatMap(([policy, resource]) =>
    (
      resource as { Properties: { PolicyDocument: { Statement: Statement[] } } }
    ).Properties.PolicyDocument.Statement.map((statement) => ({ policy, statement })),
  );
}

/** The logical id of the one resource of a type whose id starts with `prefix`. */
function logicalId(from: Template, type: string, prefix: string): string {
  const ids = Object.keys(from.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids, `${type} ${prefix}`).toHaveLength(1);
  return ids[0] as string;
}

/** What every sending function may do with SES, as IAM will evaluate it. */
function expectSendingPolicy(from: Template): void {
  const sending = statements(from).filter(({ statement }) =>
    list(statement.Action).some((action) => action.toLowerCase().startsWith('ses:')),
  );
  // SendNotices, CheckDeadlines, AdvanceAlert and RecordNoticeEvents; nothing else touches SES.
  expect(sending.map(({ policy }) => policy.replace(/Role.*$/, '')).sort()).toEqual([
    'AdvanceAlert',
    'CheckDeadlines',
    'RecordNoticeEvents',
    'SendNotices',
  ]);
  for (const { policy, statement } of sending) {
    expect(statement.Effect, policy).toBe('Allow');
    expect(list(statement.Action), policy).toEqual(['ses:SendEmail']);
    // The sender's domain identity and our configuration set: no other identity, no other set.
    expect(
      list(statement.Resource)
        .map((resource) => text(from, resource))
        .sort(),
      policy,
    ).toEqual([
      'arn:aws:ses:eu-west-2:<AWS::AccountId>:configuration-set/dipp-notices',
      'arn:aws:ses:eu-west-2:<AWS::AccountId>:identity/dev.inspections.example',
    ]);
    expect(statement.Condition, policy).toEqual({
      StringEquals: { 'ses:FromAddress': 'dipp-notices@dev.inspections.example' },
      'ForAllValues:StringLike': { 'ses:Recipients': ['*@inspections.example', '*@probation.example'] },
    });
  }
  // The same rules as the stage's settings (cdk.json), which the code applies before SES.
  expect(DEV.fromAddress).toContain('<dipp-notices@dev.inspections.example>');
  expect(DEV.allowedRecipientDomains).toEqual(['inspections.example', 'probation.example']);
}

describe('sending notices (finding 10)', () => {
  it('lets a function send only from the stage’s address, to the allowed domains, through our configuration set', () => {
    expectSendingPolicy(template);
  });

  it('makes the sender’s domain identity with our configuration set as its default, and its DKIM records outputs', () => {
    const identities = template.findResources('AWS::SES::EmailIdentity');
    expect(Object.keys(identities)).toHaveLength(1);
    const configurationSet = logicalId(template, 'AWS::SES::ConfigurationSet', 'Notices');
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'dev.inspections.example',
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSet } },
      // Easy DKIM, signing (SES's default when nothing says otherwise).
      DkimAttributes: Match.absent(),
      DkimSigningAttributes: Match.absent(),
    });
    const outputs = Object.keys(template.findOutputs('*')).filter((id) => id.startsWith('SenderDkimRecord'));
    expect(outputs).toHaveLength(3);
  });

  it('leaves an identity made by hand alone (senderIdentity "existing"), with the same sending rules', () => {
    const existing = synth(existingIdentity);
    expect(Object.keys(existing.findResources('AWS::SES::EmailIdentity'))).toHaveLength(0);
    expect(Object.keys(existing.findOutputs('*')).filter((id) => id.startsWith('SenderDkimRecord'))).toHaveLength(0);
    expectSendingPolicy(existing);
  });
});

describe('the operations topic (finding 10)', () => {
  it('keeps every alarm in an encrypted queue for 14 days beside the email, and says when one waits unread', () => {
    const topic = logicalId(template, 'AWS::SNS::Topic', 'Operations');
    const queue = logicalId(template, 'AWS::SQS::Queue', 'OperationsAlarms');
    const subscriptions = Object.values(template.findResources('AWS::SNS::Subscription')) as {
      Properties: { TopicArn: { Ref: string }; Protocol: string; Endpoint: unknown; RawMessageDelivery?: boolean };
    }[];
    const toOperations = subscriptions.filter((subscription) => subscription.Properties.TopicArn.Ref === topic);
    expect(toOperations.map((subscription) => subscription.Properties.Protocol).sort()).toEqual(['email', 'sqs']);
    const sqs = toOperations.find((subscription) => subscription.Properties.Protocol === 'sqs');
    expect(sqs?.Properties).toMatchObject({
      Endpoint: { 'Fn::GetAtt': [queue, 'Arn'] },
      RawMessageDelivery: true,
    });
    expect(
      (template.findResources('AWS::SQS::Queue')[queue] as { Properties: Record<string, unknown> }).Properties,
    ).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 60 * 60 });
    // Only the topic may send to it, and only over TLS.
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Principal: { Service: 'sns.amazonaws.com' },
            Condition: { ArnEquals: { 'aws:SourceArn': { Ref: topic } } },
          }),
        ]),
      },
    });
    // The README's commands find the topic (to confirm the email subscription) and the queue by these.
    template.hasOutput('OperationsTopicArn', { Value: { Ref: topic } });
    template.hasOutput('OperationsAlarmsQueueUrl', { Value: { Ref: queue } });
    // Halfway through the queue's retention, an alarm says that alarms wait unread.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Threshold: 7 * 24 * 60 * 60,
      AlarmActions: [{ Ref: topic }],
    });
  });
});

describe('the HTTP API’s access log (finding 9)', () => {
  it('is one JSON object per request of HTTP API fields: the route key, the JWT’s subject, the outcome', () => {
    const stages = Object.values(template.findResources('AWS::ApiGatewayV2::Stage')) as {
      Properties: { AccessLogSettings: { Format: string } };
    }[];
    expect(stages).toHaveLength(1);
    const format = JSON.parse(stages[0]?.Properties.AccessLogSettings.Format ?? '') as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      sub: '$context.authorizer.claims.sub',
      integrationErrorMessage: '$context.integrationErrorMessage',
      sourceIp: '$context.identity.sourceIp',
    });
    for (const [field, variable] of Object.entries(format)) expect(variable, field).toMatch(/^\$context\.[\w.]+$/);
    // No REST-only field (empty for an HTTP API), and not the path: a calendar link's secret is in it.
    const variables = Object.values(format);
    for (const restOnly of ['$context.resourcePath', '$context.identity.caller', '$context.identity.user']) {
      expect(variables).not.toContain(restOnly);
    }
    expect(variables).not.toContain('$context.path');
  });
});

describe('cdk-nag', () => {
  it('still passes (AwsSolutions) with the alarm queue, the identity and the sending conditions, in either identity mode', () => {
    // Each synth above ran the rules and would have thrown on a finding; one more with the identity made by hand.
    expect(() => synth(existingIdentity)).not.toThrow();
  });
});
