import { App, type Stack } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { stageConfig } from '../../infra/config.js';
import { TASK_RETRY } from '../../workflows/lifecycle.js';
import { API_ROUTES } from '../../functions/handlers/api.js';
import { routeKeyOf } from '../../functions/handlers/routeManifest.js';
import { ROUTE_THROTTLES } from '../../infra/stacks/lifecycleStack.js';

/**
 * The CloudFormation the app deploys, proven offline: one full synth (with cdk-nag's AWS Solutions
 * rules, which fail it on any finding not acknowledged), functions not bundled.
 */
const CDK_JSON = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

function synthesize(outdir: string) {
  // cdk.json's context, as `npx cdk synth` reads it.
  const app = buildApp(new App({ outdir, context: { ...CDK_JSON.context, 'aws:cdk:bundling-stacks': [] } }));
  const assembly = app.synth();
  return { app, assembly };
}

const outdir = mkdtempSync(path.join(tmpdir(), 'dipp-synth-'));
const { app } = synthesize(outdir);
const templates = ['DippStateful', 'DippLifecycle'].map((name) => ({
  name,
  template: Template.fromStack(app.node.findChild(name) as never),
}));
const lifecycle = templates[1]?.template as Template;

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

function statements(template: Template): { policy: string; statement: Statement }[] {
  return Object.entries(template.findResources('AWS::IAM::Policy')).flatMap(([policy, resource]) =>
    (
      resource as { Properties: { PolicyDocument: { Statement: Statement[] } } }
    ).Properties.PolicyDocument.Statement.map((statement) => ({ policy, statement })),
  );
}

const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The logical id of the one resource of a type whose id starts with `prefix`. */
function logicalId(type: string, prefix: string): string {
  const ids = Object.keys(lifecycle.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids, `${type} ${prefix}`).toHaveLength(1);
  return ids[0] as string;
}

/** The logical id of the function a route's integration invokes. */
function targetFunction(target: unknown): string {
  const integrationId = (target as { 'Fn::Join': [string, [string, { Ref: string }]] })['Fn::Join'][1][1].Ref;
  const integration = lifecycle.findResources('AWS::ApiGatewayV2::Integration')[integrationId] as {
    Properties: { IntegrationUri: { 'Fn::GetAtt': [string, string] } };
  };
  return integration.Properties.IntegrationUri['Fn::GetAtt'][0];
}

describe('the CDK app, synthesized offline', () => {
  it('passes cdk-nag (AwsSolutions) and is the same twice', () => {
    // The first synth above ran the rules; a finding would have thrown. A second synth is identical.
    const second = mkdtempSync(path.join(tmpdir(), 'dipp-synth-'));
    synthesize(second);
    const files = readdirSync(outdir).filter((file) => file.endsWith('.template.json'));
    expect(files.sort()).toEqual([
      'DippEdgeSecurity.template.json',
      'DippLifecycle.template.json',
      'DippStateful.template.json',
    ]);
    for (const file of files) {
      expect(readFileSync(path.join(second, file), 'utf8'), file).toBe(readFileSync(path.join(outdir, file), 'utf8'));
    }
  });

  it('fails the synth on a cdk-nag finding (the rules really run)', () => {
    const bad = buildApp(
      new App({
        outdir: mkdtempSync(path.join(tmpdir(), 'dipp-synth-')),
        context: { ...CDK_JSON.context, 'aws:cdk:bundling-stacks': [] },
      }),
    );
    // A queue that accepts plain HTTP and has no dead-letter queue: two AwsSolutions findings.
    new Queue(bad.node.findChild('DippLifecycle') as Stack, 'Careless');

    expect(() => bad.synth()).toThrow(/AwsSolutions-SQS/);
  });

  it('keeps every table on demand, with point-in-time recovery, deletion protection, encryption, and TTL on sessions', () => {
    const tables = templates.flatMap(({ template }) =>
      Object.values(template.findResources('AWS::DynamoDB::GlobalTable')),
    ) as { Properties: Record<string, unknown>; DeletionPolicy: string }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true },
        // Sessions and sign-ins under way end by themselves (the code checks expiry as well).
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      });
      for (const replica of table.Properties.Replicas as Record<string, unknown>[]) {
        expect(replica).toMatchObject({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        });
      }
    }
  });

  it('grants no action "*", and resource "*" only for X-Ray and log delivery, which allow nothing narrower', () => {
    const all = templates.flatMap(({ template }) => statements(template));
    expect(all.length).toBeGreaterThan(0);
    for (const { policy, statement } of all) {
      expect(list(statement.Action), policy).not.toContain('*');
      for (const action of list(statement.Action)) expect(action, policy).not.toMatch(/:\*$/);
      if (list(statement.Resource).includes('*')) {
        for (const action of list(statement.Action)) {
          expect(action, `${policy}: ${action} on "*"`).toMatch(
            /^(xray:|logs:(Create|Get|Update|Delete|List|Describe|Put)(LogDelivery|LogDeliveries|ResourcePolicy|ResourcePolicies|LogGroups))/,
          );
        }
      }
    }
  });

  it('serves the API routes that only read from a function that can only read', () => {
    for (const name of ['ApiRead']) {
      const own = statements(lifecycle).filter(({ policy }) => policy.startsWith(`${name}Role`));
      const actions = own.flatMap(({ statement }) => list(statement.Action)).filter((a) => a.startsWith('dynamodb:'));
      expect(actions.sort(), name).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    }
  });

  it('lets only the functions that may close alerts delete anything (the key that kept a duplicate out)', () => {
    const deleting = statements(lifecycle)
      .filter(({ statement }) => list(statement.Action).includes('dynamodb:DeleteItem'))
      .map(({ policy }) => policy);
    expect(deleting.sort()).toEqual([expect.stringMatching(/^ApiWriteRole/), expect.stringMatching(/^PagesRole/)]);
  });

  it('lets each function reach the table and its indexes by name, never by scan', () => {
    for (const { statement } of statements(lifecycle)) {
      const actions = list(statement.Action);
      if (!actions.some((action) => action.startsWith('dynamodb:'))) continue;
      expect(actions).not.toContain('dynamodb:Scan');
      expect(JSON.stringify(statement.Resource)).not.toContain('index/*');
    }
  });

  it('sends email only through the configuration set, which requires TLS and reports bounces to a handler', () => {
    lifecycle.hasResourceProperties('AWS::SES::ConfigurationSet', { DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
    lifecycle.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint', 'delivery', 'reject']),
        SnsDestination: Match.anyValue(),
      }),
    });
    lifecycle.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', RedrivePolicy: Match.anyValue() });
    const sending = statements(lifecycle).filter(({ statement }) => list(statement.Action).includes('ses:SendEmail'));
    expect(sending.length).toBe(4);
    for (const { statement } of sending) {
      expect(JSON.stringify(statement.Resource)).toContain('configuration-set');
      expect(JSON.stringify(statement.Resource)).not.toContain('"*"');
    }
  });

  it('gives every Task of every state machine a timeout and jittered retries on Lambda errors and throttling', () => {
    const machines = Object.values(lifecycle.findResources('AWS::StepFunctions::StateMachine')) as {
      Properties: { DefinitionString: unknown; LoggingConfiguration: unknown; TracingConfiguration: unknown };
    }[];
    expect(machines).toHaveLength(2);
    for (const machine of machines) {
      const text = JSON.stringify(machine.Properties.DefinitionString);
      // The definition is a Fn::Join of strings and ARNs: its Task states are in the string parts.
      expect(text).toContain('TimeoutSeconds');
      const definition = JSON.parse(
        (machine.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
          .map((part) => (typeof part === 'string' ? part : 'arn'))
          .join(''),
      ) as { States: Record<string, { Type: string; TimeoutSeconds?: number; Retry?: unknown }> };
      const tasks = Object.values(definition.States).filter((state) => state.Type === 'Task');
      expect(tasks.length).toBeGreaterThan(0);
      for (const task of tasks) {
        expect(task.TimeoutSeconds).toBeGreaterThan(0);
        expect(task.Retry).toEqual(TASK_RETRY);
      }
      expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: true });
      expect(machine.Properties.LoggingConfiguration).toMatchObject({ Level: 'ALL', IncludeExecutionData: false });
    }
    const retriers = TASK_RETRY.filter((retrier) => retrier.ErrorEquals.includes('Lambda.TooManyRequestsException'));
    expect(retriers).toEqual([expect.objectContaining({ JitterStrategy: 'FULL' })]);
    expect(TASK_RETRY.some((retrier) => retrier.ErrorEquals.includes('Lambda.ServiceException'))).toBe(true);
  });

  it('keeps every log group for a set time', () => {
    const groups = Object.values(lifecycle.findResources('AWS::Logs::LogGroup')) as {
      Properties: { RetentionInDays?: number };
    }[];
    // One per function, one per state machine, and the API's access log.
    expect(groups).toHaveLength(11 + 2 + 1);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(365);
  });

  it('raises an alarm to the operations topic for failed executions, function errors and throttles, and bounced notices', () => {
    const alarms = Object.values(lifecycle.findResources('AWS::CloudWatch::Alarm')) as {
      Properties: { MetricName: string; AlarmActions: unknown[] };
    }[];
    const names = alarms.map((alarm) => alarm.Properties.MetricName);
    expect(names.filter((name) => name === 'ExecutionsFailed')).toHaveLength(2);
    expect(names.filter((name) => name === 'Errors')).toHaveLength(11);
    expect(names.filter((name) => name === 'Throttles')).toHaveLength(11);
    // A bounce is alarmed once per notice that did not arrive, as the functions count it
    // (test/infra/businessMetrics.test.ts); SES's own count, by the configuration set every notice
    // goes through, is on the dashboard beside it.
    expect(names).toContain('NoticeBounced');
    expect(names).not.toContain('Bounce');
    lifecycle.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'dipp-notices' });
    // Every night a function gives every inspection and alert a fresh driver from the stored state.
    lifecycle.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 2 * * ? *)',
      Targets: [Match.objectLike({ DeadLetterConfig: Match.anyValue(), RetryPolicy: { MaximumRetryAttempts: 2 } })],
    });
    // Anything asynchronous that cannot be done ends in the dead-letter queue, which raises an alarm.
    expect(names).toContain('ApproximateNumberOfMessagesVisible');
    // Hitting the hourly limit on raising alerts is told, not just refused: from both functions that raise them.
    expect(names).toContain('AlertLimitReached');
    const filters = Object.values(lifecycle.findResources('AWS::Logs::MetricFilter')) as {
      Properties: { FilterPattern: string; MetricTransformations: { MetricName: string }[] };
    }[];
    const limitFilters = filters.filter(
      (f) => f.Properties.MetricTransformations[0]?.MetricName === 'AlertLimitReached',
    );
    expect(limitFilters).toHaveLength(2);
    for (const f of limitFilters) expect(f.Properties.FilterPattern).toContain('alert limit reached');
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
    // Encrypted with a key of our own that CloudWatch may use: alarms cannot reach a topic under alias/aws/sns.
    const topics = Object.values(lifecycle.findResources('AWS::SNS::Topic')) as {
      Properties: { KmsMasterKeyId: unknown };
    }[];
    for (const topic of topics) expect(JSON.stringify(topic.Properties.KmsMasterKeyId)).toContain('TopicsKey');
    lifecycle.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' } }),
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' } }),
        ]),
      }),
    });
  });
});

describe('the HTTP API', () => {
  it('puts every /api route behind the JWT authorizer; every other route goes to the Pages function (its own session check)', () => {
    const routes = Object.values(lifecycle.findResources('AWS::ApiGatewayV2::Route')) as {
      Properties: { RouteKey: string; AuthorizationType: string; AuthorizerId?: { Ref: string }; Target: unknown };
    }[];
    const keys = routes.map((route) => route.Properties.RouteKey);
    // The manifest's routes, and a catch-all so that no other /api path falls through to the pages.
    expect(keys.filter((key) => key.includes(' /api/')).sort()).toEqual(
      [...API_ROUTES.map(routeKeyOf), 'ANY /api/{proxy+}'].sort(),
    );
    // No route for the Frontend assets: CloudFront serves them from S3 (test/infra/edge.test.ts).
    expect(keys.filter((key) => !key.includes(' /api/')).sort()).toEqual(['ANY /{proxy+}', 'GET /']);

    // The one authorizer: Cognito's ID tokens of either app client.
    const authorizers = lifecycle.findResources('AWS::ApiGatewayV2::Authorizer');
    expect(Object.keys(authorizers)).toHaveLength(1);
    const [authorizerId, authorizer] = Object.entries(authorizers)[0] as [
      string,
      { Properties: { JwtConfiguration: { Audience: { Ref: string }[] } } },
    ];
    lifecycle.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    expect(authorizer.Properties.JwtConfiguration.Audience.map((audience) => audience.Ref).sort()).toEqual(
      [
        logicalId('AWS::Cognito::UserPoolClient', 'ApiUsersPages'),
        logicalId('AWS::Cognito::UserPoolClient', 'ApiUsersCommandLine'),
      ].sort(),
    );

    const pages = logicalId('AWS::Lambda::Function', 'Pages');
    for (const route of routes) {
      const key = route.Properties.RouteKey;
      if (key.includes(' /api/')) {
        expect(route.Properties.AuthorizationType, key).toBe('JWT');
        expect(route.Properties.AuthorizerId, key).toEqual({ Ref: authorizerId });
        expect(targetFunction(route.Properties.Target), key).toMatch(/^ApiRead|^ApiWrite/);
        continue;
      }
      // No API Gateway authorizer: the Pages function answers, checking its session itself
      // (the sign-in routes and calendar links excepted); nothing else is reachable without a token.
      expect(route.Properties.AuthorizationType, key).toBe('NONE');
      expect(route.Properties.AuthorizerId, key).toBeUndefined();
      expect(targetFunction(route.Properties.Target), key).toBe(pages);
    }
  });

  it('is throttled as a whole and route by route, below the whole, and access-logged', () => {
    lifecycle.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    const [stage] = Object.values(lifecycle.findResources('AWS::ApiGatewayV2::Stage')) as {
      Properties: { RouteSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> };
      DependsOn: string[];
    }[];
    const routes = lifecycle.findResources('AWS::ApiGatewayV2::Route') as Record<
      string,
      { Properties: { RouteKey: string } }
    >;
    const settings = stage?.Properties.RouteSettings ?? {};
    // Every route has a limit of its own; a setting names only a route the stage waits for.
    expect(Object.keys(settings).sort()).toEqual(
      Object.values(routes)
        .map((r) => r.Properties.RouteKey)
        .sort(),
    );
    for (const id of Object.keys(routes)) expect(stage?.DependsOn).toContain(id);
    for (const [key, limit] of Object.entries(settings)) {
      expect(limit.ThrottlingRateLimit, key).toBeLessThan(20);
      expect(limit.ThrottlingBurstLimit, key).toBeLessThan(40);
    }
    // Writing (an alert raised emails people) is held tighter than reading.
    expect(settings['POST /api/alerts']).toEqual({
      ThrottlingRateLimit: ROUTE_THROTTLES.apiWrite.rate,
      ThrottlingBurstLimit: ROUTE_THROTTLES.apiWrite.burst,
    });
    expect(settings['GET /api/alerts']?.ThrottlingRateLimit).toBeGreaterThan(
      settings['POST /api/alerts']?.ThrottlingRateLimit ?? Infinity,
    );
  });

  it('signs people in through a user pool with a group per role, MFA and no self sign-up', () => {
    lifecycle.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const groups = Object.values(lifecycle.findResources('AWS::Cognito::UserPoolGroup')) as {
      Properties: { GroupName: string };
    }[];
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([
      'administrators',
      'assistant-inspectors',
      'heads-of-programme',
      'lead-inspectors',
      'regions',
    ]);
  });
});

describe('stage settings', () => {
  it('refuses a stage with a wrong setting, naming it', () => {
    expect(() =>
      stageConfig({ dev: { region: 'London', fromAddress: 'x', mailbox: 'm@example.gov.uk' } }, 'dev'),
    ).toThrow(
      /stage "dev" is not valid: region: must be an AWS region such as eu-west-2; fromAddress: must be an email address/,
    );
    expect(() => stageConfig({}, 'prod')).toThrow('no settings for stage "prod"');
  });
});

describe('the evidence bucket (issue 18)', () => {
  const stateful = templates[0]?.template as Template;

  it('keeps alert evidence files encrypted with a rotated key of its own, private, over TLS only, versioned and logged', () => {
    stateful.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    stateful.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }),
          }),
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'evidence/' }),
    });
    const denyInsecure = Object.values(stateful.findResources('AWS::S3::BucketPolicy')).filter((policy) =>
      JSON.stringify(policy).includes('"aws:SecureTransport":"false"'),
    );
    expect(denyInsecure).toHaveLength(2);
    // Retained: a deploy never deletes evidence.
    for (const bucket of Object.values(stateful.findResources('AWS::S3::Bucket'))) {
      expect(bucket).toMatchObject({ DeletionPolicy: 'Retain' });
    }
  });

  it('deletes uploads never taken in after a day (every version), and never expires kept files', () => {
    stateful.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Prefix: 'uploads/',
            ExpirationInDays: 1,
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: 'Enabled',
          }),
          Match.objectLike({ Prefix: 'uploads/', ExpiredObjectDeleteMarker: true }),
        ],
      },
    });
    // No CORS: the browser posts the form as a page navigation.
    for (const bucket of Object.values(stateful.findResources('AWS::S3::Bucket'))) {
      expect(JSON.stringify(bucket)).not.toContain('CorsConfiguration');
    }
  });

  it('lets only the API’s writing function and the pages handle files: uploads/ read, written and deleted, files/ never deleted', () => {
    // (CDK's own deployment of the Frontend assets aside: it runs only while deploying.)
    const s3 = statements(lifecycle).filter(
      ({ policy, statement }) =>
        !policy.startsWith('CustomCDKBucketDeployment') && list(statement.Action).some((a) => a.startsWith('s3:')),
    );
    const byPolicy = new Map<string, Statement[]>();
    for (const { policy, statement } of s3) byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), statement]);
    expect([...byPolicy.keys()].map((policy) => policy.replace(/RoleDefaultPolicy.*$/, '')).sort()).toEqual([
      'ApiWrite',
      'Pages',
    ]);
    for (const found of byPolicy.values()) {
      const where = (statement: Statement) => JSON.stringify(statement.Resource);
      const deletes = found.filter((statement) => list(statement.Action).includes('s3:DeleteObject'));
      expect(deletes.map(where)).toEqual([expect.stringContaining('/uploads/*')]);
      expect(found.map(where).join()).not.toMatch(/"\/\*"|[^s]\/\*"/);
    }
    const functions = Object.values(lifecycle.findResources('AWS::Lambda::Function')).filter((fn) =>
      JSON.stringify(fn).includes('DIPP_EVIDENCE_BUCKET'),
    );
    expect(functions).toHaveLength(2);
  });
});
