import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { FilterPattern, LogGroup, MetricFilter, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { alertDefinition } from '../../workflows/alert.js';
import type { StateMachineDefinition } from '../../workflows/asl.js';
import { lifecycleDefinition } from '../../workflows/lifecycle.js';
import { senderAddress, senderDomain, type StageConfig } from '../config.js';
import { noticeChannels } from './noticeChannels.js';
import { BUSINESS_ALARMS, businessMetric, operationsDashboard } from './businessMetrics.js';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { DippApi, type ApiRoute, type RouteThrottle } from '../constructs/dippApi.js';
import { DippEdge } from '../constructs/edge.js';
import { ROUTE_LIST } from '../../functions/handlers/routeManifest.js';
import { DippFunction, type DippFunctionProps, type TableAccess } from '../constructs/dippFunction.js';

/** The name under which the stateful stack exports the evidence bucket's ARN. */
export const EVIDENCE_BUCKET_EXPORT = 'DippEvidenceBucketArn';

/** The SES configuration set every notice goes through. */
export const NOTICES_CONFIGURATION_SET = 'dipp-notices';

export interface LifecycleStackProps extends StackProps {
  table: ITableV2;
  /** The evidence files' bucket and its KMS key (the stateful stack's), by ARN. */
  evidence?: { bucketArn: string; keyArn: string };
  config: StageConfig;
  /** The web ACL CloudFront uses (EdgeSecurityStack, in us-east-1). */
  webAclArn: string;
}

/**
 * Each route's own limit (requests a second for everyone together, and the burst), under the
 * stage's 20 and 40: reads, writes (an alert raised emails people), the pages, and a stray path.
 */
export const ROUTE_THROTTLES = {
  apiRead: { rate: 10, burst: 20 },
  apiWrite: { rate: 5, burst: 10 },
  pages: { rate: 10, burst: 20 },
  unknownApi: { rate: 2, burst: 5 },
} as const satisfies Record<string, RouteThrottle>;

/**
 * How many of each function may run at once (reserved, so one cannot starve the others): 55 in all.
 * Sending is capped as well, which keeps SES within its sending rate.
 */
export const RESERVED_CONCURRENCY = {
  Pages: 10,
  ApiRead: 10,
  ApiWrite: 5,
  FindNext: 5,
  SendNotices: 5,
  CheckDeadlines: 5,
  RecordFailure: 2,
  AdvanceAlert: 5,
  RecordAlertFailure: 2,
  ResumeDrivers: 1,
  RecordNoticeEvents: 5,
} as const;

/**
 * The lifecycle and alert state machines, the Lambda functions they and the administrators call,
 * the SES configuration set every notice goes through, and the alarms that tell operations when
 * something fails.
 */
export class LifecycleStack extends Stack {
  readonly stateMachine: StateMachine;
  readonly alertStateMachine: StateMachine;
  readonly operations: Topic;
  readonly api: DippApi;
  readonly edge: DippEdge;
  readonly deadLetters: Queue;
  /** The operations topic's second channel: every alarm, kept 14 days. */
  readonly alarmLog: Queue;
  readonly functions: DippFunction[] = [];
  /** The functions that handle evidence files: offer uploads, take them in, sign downloads. */
  readonly evidenceUsers: DippFunction[] = [];
  /** The functions that start and stop drivers (the administrators' and leads' operations). */
  readonly drivers: { fn: DippFunction; machine: StateMachine }[] = [];

  constructor(scope: Construct, id: string, props: LifecycleStackProps) {
    super(scope, id, props);
    const { config, table } = props;

    const { operations, alarmLog, configurationSet, noticeEvents } = noticeChannels(
      this,
      config,
      NOTICES_CONFIGURATION_SET,
    );
    this.operations = operations;
    this.alarmLog = alarmLog;

    // Anything asynchronous that still fails after its retries (SES events, the nightly resume) waits here, and raises an alarm.
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    // The user pool and the HTTP API come first: the functions are told who signs people in.
    this.api = new DippApi(this, 'Api', { signIn: config.signIn, baseUrl: config.baseUrl });
    this.edge = new DippEdge(this, 'Edge', {
      api: this.api.api,
      webAclArn: props.webAclArn,
      ...(config.edge.certificateArn
        ? { domain: { name: new URL(config.baseUrl).hostname, certificateArn: config.edge.certificateArn } }
        : {}),
    });
    const signIn = this.api.signIn;
    // The functions behind the HTTP API refuse a request that did not come through CloudFront.
    const fromEdge = { DIPP_EDGE_SECRET: this.edge.originSecret.secretValue.unsafeUnwrap() };
    const environment = {
      DIPP_TABLE_NAME: table.tableName,
      DIPP_FROM_ADDRESS: config.fromAddress,
      DIPP_MAILBOX: config.mailbox,
      DIPP_BASE_URL: config.baseUrl,
      DIPP_SES_CONFIGURATION_SET: configurationSet.configurationSetName,
      DIPP_ALLOWED_RECIPIENT_DOMAINS: config.allowedRecipientDomains.join(','),
      DIPP_CHIEF_INSPECTOR_NAME: config.chiefInspector.name,
      DIPP_CHIEF_INSPECTOR_EMAIL: config.chiefInspector.email,
      // Each person's programme overview kept five seconds in a container (read again after it).
      DIPP_OVERVIEW_CACHE_MS: '5000',
    };
    const sending = {
      identity: senderDomain(config.fromAddress),
      configurationSet: configurationSet.configurationSetName,
      fromAddress: senderAddress(config.fromAddress),
      recipientDomains: config.allowedRecipientDomains,
    };
    const fn = (
      name: keyof typeof RESERVED_CONCURRENCY,
      entry: string,
      options: {
        sends: boolean;
        env?: Record<string, string>;
        access?: TableAccess;
        files?: DippFunctionProps['files'];
      },
    ) => {
      const created = new DippFunction(this, name, {
        entry,
        environment: { ...environment, ...options.env },
        ...(options.files ? { files: options.files } : {}),
        ...(config.reservedConcurrency ? { reservedConcurrency: RESERVED_CONCURRENCY[name] } : {}),
      });
      created.useTable(table, options.access ?? 'read-write');
      if (options.sends) created.sendEmail(sending);
      this.functions.push(created);
      return created;
    };

    const lifecycle = {
      findNext: fn('FindNext', 'sfn.findNext', { sends: false }),
      sendNotices: fn('SendNotices', 'sfn.sendNotices', { sends: true }),
      checkDeadlines: fn('CheckDeadlines', 'sfn.checkDeadlines', { sends: true }),
      recordFailure: fn('RecordFailure', 'sfn.recordFailure', { sends: false }),
    };
    // The definitions are the modules the local engine runs too: only ARNs differ.
    this.stateMachine = this.machine(
      'Lifecycle',
      lifecycleDefinition({
        findNext: lifecycle.findNext.functionArn,
        sendNotices: lifecycle.sendNotices.functionArn,
        checkDeadlines: lifecycle.checkDeadlines.functionArn,
        recordFailure: lifecycle.recordFailure.functionArn,
      }),
      Object.values(lifecycle),
    );
    const alert = {
      advanceAlert: fn('AdvanceAlert', 'sfn.advanceAlert', { sends: true }),
      recordAlertFailure: fn('RecordAlertFailure', 'sfn.recordAlertFailure', { sends: false }),
    };
    this.alertStateMachine = this.machine(
      'Alert',
      alertDefinition({
        advanceAlert: alert.advanceAlert.functionArn,
        recordAlertFailure: alert.recordAlertFailure.functionArn,
      }),
      Object.values(alert),
    );

    const L = this.stateMachine;
    const A = this.alertStateMachine;
    // What the functions that start and stop drivers are told of the state machines.
    const drives = { DIPP_STATE_MACHINE_ARN: L.stateMachineArn, DIPP_ALERT_STATE_MACHINE_ARN: A.stateMachineArn };
    const routes: ApiRoute[] = [];
    // Who issues the tokens the API's functions are handed (API Gateway has checked them).
    const issuer = { DIPP_OIDC_ISSUER: this.api.issuer };
    // One handler serves every /api route (functions/handlers/api.ts); it is deployed twice so that
    // the routes that only read run with a role that can only read.
    const apiFunctions = {
      read: fn('ApiRead', 'http.api', { sends: false, access: 'read', env: { ...issuer, ...fromEdge } }),
      // Only closing an alert deletes anything: the key that kept a duplicate out.
      write: fn('ApiWrite', 'http.api', {
        sends: false,
        access: 'read-write-delete',
        env: { ...drives, ...issuer, ...fromEdge },
      }),
    };
    for (const route of ROUTE_LIST) {
      routes.push({
        method: route.method === 'GET' ? HttpMethod.GET : HttpMethod.POST,
        path: route.path,
        handler: route.reads ? apiFunctions.read : apiFunctions.write,
        access: 'token',
        throttle: route.reads ? ROUTE_THROTTLES.apiRead : ROUTE_THROTTLES.apiWrite,
      });
    }
    // Anything else under /api needs a token too (the read-only function answers 404), rather
    // than falling through to the pages.
    routes.push({
      method: HttpMethod.ANY,
      path: '/api/{proxy+}',
      handler: apiFunctions.read,
      access: 'token',
      throttle: ROUTE_THROTTLES.unknownApi,
    });
    // The pages: the same routes' handlers in-process, with their templates (the Frontend's
    // macros among them; its assets are served from S3).
    const pages = fn('Pages', 'http.pages', {
      sends: false,
      access: 'read-write-delete',
      env: {
        ...drives,
        ...issuer,
        ...fromEdge,
        DIPP_OIDC_CLIENT_ID: signIn.pages.userPoolClientId,
        DIPP_OIDC_CLI_CLIENT_ID: signIn.commandLine.userPoolClientId,
        DIPP_WEB_DIR: '/var/task/web',
      },
      files: [
        ['functions/web/views', 'web/views'],
        ['functions/web/static', 'web/static'],
        ['node_modules/govuk-frontend/dist', 'web/govuk-frontend/dist'],
        ['node_modules/@ministryofjustice/frontend/moj', 'web/moj-frontend/moj'],
      ],
    });
    // Every page, and the sign-in routes (/sign-in, /sign-in/callback, POST /sign-out, /signed-out)
    // and the calendar links (GET /calendar/{secret}), go to the Pages function, which checks its
    // own server-side session: a browser sends no bearer token. API Gateway prefers the more
    // specific /api routes above to the catch-all.
    for (const [method, path] of [
      [HttpMethod.GET, '/'],
      [HttpMethod.ANY, '/{proxy+}'],
    ] as const) {
      routes.push({ method, path, handler: pages, access: 'session', throttle: ROUTE_THROTTLES.pages });
    }
    const resume = fn('ResumeDrivers', 'ops.resumeDrivers', { sends: false, env: drives });
    // Every night, and by hand after an incident: a driver lost to a failure is replaced.
    new Rule(this, 'NightlyResume', {
      schedule: Schedule.cron({ minute: '0', hour: '2' }),
      targets: [new LambdaFunction(resume, { retryAttempts: 2, deadLetterQueue: this.deadLetters })],
    });
    // Each may start (and stop) only the drivers it hands work to.
    for (const driverFn of [apiFunctions.write, pages, resume]) {
      for (const machine of [L, A]) {
        this.drivers.push({ fn: driverFn, machine });
        machine.grantStartExecution(driverFn);
        driverFn.addToRolePolicy(
          new PolicyStatement({
            effect: Effect.ALLOW,
            actions: ['states:StopExecution'],
            resources: [this.executionsOf(machine)],
          }),
        );
      }
    }

    this.api.addRoutes(routes);
    // Evidence files: only the functions that offer uploads, take them in and sign downloads.
    if (props.evidence) {
      const bucket = Bucket.fromBucketArn(this, 'EvidenceBucket', props.evidence.bucketArn);
      const key = Key.fromKeyArn(this, 'EvidenceKey', props.evidence.keyArn);
      this.evidenceUsers.push(apiFunctions.write, pages);
      for (const f of this.evidenceUsers) f.useEvidence(bucket, key);
    }

    const recorder = fn('RecordNoticeEvents', 'sns.noticeEvents', { sends: true });
    recorder.configureAsyncInvoke({ onFailure: new SqsDestination(this.deadLetters), retryAttempts: 2 });
    noticeEvents.addSubscription(new LambdaSubscription(recorder, { deadLetterQueue: this.deadLetters }));

    // Raising alerts past the hourly limits (functions/app/alerts/raiseAlert.ts logs each refusal).
    const alertLimitMetric = new Metric({
      namespace: 'DIPP',
      metricName: 'AlertLimitReached',
      statistic: 'Sum',
      period: Duration.minutes(5),
    });
    for (const [id, f] of [
      ['ApiWrite', apiFunctions.write],
      ['Pages', pages],
    ] as const) {
      new MetricFilter(this, `${id}AlertLimitReached`, {
        logGroup: f.logGroup,
        metricNamespace: alertLimitMetric.namespace,
        metricName: alertLimitMetric.metricName,
        filterPattern: FilterPattern.stringValue('$.message', '=', 'alert limit reached'),
        metricValue: '1',
      });
    }

    // Told, not just recorded (issue 16): what the functions count, alarmed and drawn per day. The
    // bounce alarm watches our count rather than SES's: one alarm per notice that did not arrive
    // (rejections included), not another for each bounced recipient; SES's count stays on the dashboard.
    const told = this.alarms(
      BUSINESS_ALARMS.map(({ event, what }) => ({ id: event, metric: businessMetric(event), what })),
    );
    operationsDashboard(
      this,
      told,
      new Metric({
        namespace: 'AWS/SES',
        metricName: 'Bounce',
        dimensionsMap: { 'ses:configuration-set': NOTICES_CONFIGURATION_SET },
        statistic: 'Sum',
      }),
    );
    this.alarms([
      {
        id: 'AlertLimitReached',
        metric: alertLimitMetric,
        what: 'someone hit the hourly limit on raising alerts (a runaway script, or a real emergency: call them)',
      },
      ...[this.stateMachine, this.alertStateMachine].map((machine) => ({
        id: `${machine.node.id}ExecutionsFailed`,
        metric: machine.metricFailed({ period: Duration.minutes(5) }),
        what: `an execution of the ${machine.node.id} state machine failed`,
      })),
      ...this.functions.flatMap((f) => [
        {
          id: `${f.node.id}Errors`,
          metric: f.metricErrors({ period: Duration.minutes(5) }),
          what: `${f.node.id} failed`,
        },
        {
          id: `${f.node.id}Throttles`,
          metric: f.metricThrottles({ period: Duration.minutes(5) }),
          what: `${f.node.id} was throttled`,
        },
      ]),
      {
        id: 'NoticeEventsNotRecorded',
        metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        what: 'something asynchronous failed for good (see the dead-letter queue)',
      },
      {
        // The alarm log keeps 14 days: say so while there is still time to read what it holds.
        id: 'OperationsAlarmsUnread',
        metric: alarmLog.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
        threshold: Duration.days(7).toSeconds(),
        what: 'an alarm in the OperationsAlarms queue has waited 7 days unread (the queue keeps 14)',
      },
    ]);
  }

  /** A Standard state machine: X-Ray on, every event logged without execution data, invoking only its own functions. */
  private machine(id: string, definition: StateMachineDefinition, functions: DippFunction[]): StateMachine {
    const machine = new StateMachine(this, id, {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(this.toJsonString(definition)),
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, `${id}Logs`, { retention: RetentionDays.ONE_YEAR }),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    machine.addToRolePolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: functions.map((f) => f.functionArn) }),
    );
    return machine;
  }

  /** Executions of a state machine: named at start (one per driver), so known only by prefix. */
  executionsOf(machine: StateMachine): string {
    return `arn:${this.partition}:states:${this.region}:${this.account}:execution:${machine.stateMachineName}:*`;
  }

  /** Alarms to the operations topic: each fires when its metric reaches the threshold (1 by default) in a period. */
  private alarms(list: { id: string; metric: IMetric; what: string; threshold?: number }[]): Alarm[] {
    const action = new SnsAction(this.operations);
    return list.map(({ id, metric, what, threshold = 1 }) => {
      const alarm = new Alarm(this, `${id}Alarm`, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: `DIPP: ${what}`,
      });
      alarm.addAlarmAction(action);
      return alarm;
    });
  }
}
