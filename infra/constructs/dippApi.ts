import { CfnOutput, Duration, Lazy, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CfnStage,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  StandardThreatProtectionMode,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
} from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import { COGNITO_GROUPS } from '../../functions/domain/roles.js';
import type { SignInSettings } from '../config.js';
import { addSignIn, IDP_GROUPS_ATTRIBUTE, issuerOf, type SignIn } from './signIn.js';

/** The groups people sign in as (one per user role); the use cases decide what each may see and change. */
export const USER_GROUPS = Object.fromEntries(
  Object.values(COGNITO_GROUPS).map((group) => [group.name, group.description]),
);

/**
 * One JSON line per request, of fields an HTTP API fills (the REST API's standard fields are
 * empty for one): the route matched, who (the JWT's subject and client, on the /api routes), the
 * outcome and where it failed. The request path itself is not logged: a calendar link carries its
 * secret in its path (the route key names the route without it).
 */
export const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    requestTimeEpoch: '$context.requestTimeEpoch',
    routeKey: '$context.routeKey',
    httpMethod: '$context.httpMethod',
    protocol: '$context.protocol',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    sourceIp: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    // The signed-in person: the Cognito user's stable id, and which app client's token it was.
    sub: '$context.authorizer.claims.sub',
    clientId: '$context.authorizer.claims.aud',
    authorizerError: '$context.authorizer.error',
    errorMessage: '$context.error.message',
    errorResponseType: '$context.error.responseType',
    // The function's own request id (its log lines carry it), its status and any error.
    integrationRequestId: '$context.integration.requestId',
    integrationStatus: '$context.integration.status',
    integrationLatency: '$context.integration.latency',
    integrationErrorMessage: '$context.integrationErrorMessage',
  }),
);

export interface ApiRoute {
  method: HttpMethod;
  path: string;
  handler: IFunction;
  /**
   * Who checks the person: `token`, API Gateway's JWT authorizer (the `/api` routes); `session`, the
   * Pages function itself, from its server-side session (every page, and the sign-in routes it
   * serves without one). The public Frontend assets are not routes: CloudFront serves them from S3.
   */
  access: 'token' | 'session';
  /** The route's own limit, for everyone together: requests a second, and the burst above it. */
  throttle: RouteThrottle;
}

export interface RouteThrottle {
  rate: number;
  burst: number;
}

/** The whole stage's limit, above every route's own. */
export const STAGE_THROTTLE: RouteThrottle = { rate: 20, burst: 40 };

export interface DippApiProps {
  signIn: SignInSettings;
  /** The stage's base URL (cdk.json), never the API's own: Cognito's callbacks are built from it. */
  baseUrl: string;
}

/**
 * The HTTP API and who may use it: a Cognito user pool (no self sign-up, MFA, strong passwords,
 * threat protection) with managed login and, per stage, federated identity providers; the `/api`
 * routes behind a JWT authorizer accepting both app clients' tokens; the pages behind the Pages
 * function's own session check; throttled per route, access-logged.
 */
export class DippApi extends Construct {
  readonly api: HttpApi;
  readonly userPool: UserPool;
  readonly signIn: SignIn;
  /** The issuer of the pool's tokens: https://cognito-idp.<region>.amazonaws.com/<poolId>. */
  readonly issuer: string;
  /** The routes the Pages function answers after checking its own session (no API Gateway authorizer). */
  readonly sessionRoutes: IConstruct[] = [];
  private readonly authorizer: HttpUserPoolAuthorizer;
  private readonly stage: HttpStage;
  /**
   * Each route's limit, by route key (`GET /api/alerts`): the stage's `RouteSettings`, which
   * CloudFormation types as JSON (so CDK does not case its keys: they are written as its
   * `DefaultRouteSettings` are).
   */
  private readonly routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};

  constructor(scope: Construct, id: string, props: DippApiProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      customAttributes: {
        // A region user's region (e.g. north-east): they see that region's inspection only.
        region: new StringAttribute({ mutable: true, minLen: 1, maxLen: 40 }),
        // A federated person's groups at their identity provider, as it sends them: shown to
        // administrators, never used to decide access (the pool's groups do).
        [IDP_GROUPS_ATTRIBUTE]: new StringAttribute({ mutable: true, maxLen: 2048 }),
      },
      // A changed email address is used only once verified.
      keepOriginal: { email: true },
    });
    for (const [name, description] of Object.entries(USER_GROUPS)) {
      new CfnUserPoolGroup(this, `Group-${name}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: name,
        description,
      });
    }
    this.signIn = addSignIn(this, this.userPool, props.signIn, props.baseUrl);
    this.issuer = issuerOf(this.userPool);

    // ID tokens of either app client (the pages' and the command line's): their `aud`.
    this.authorizer = new HttpUserPoolAuthorizer('Cognito', this.userPool, {
      userPoolClients: [this.signIn.pages, this.signIn.commandLine],
    });
    this.api = new HttpApi(this, 'Http', {
      description: 'DIPP: inspections and alerts',
      createDefaultStage: false,
      // A route added without saying who checks the person needs a token.
      defaultAuthorizer: this.authorizer,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    const stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: STAGE_THROTTLE.rate, burstLimit: STAGE_THROTTLE.burst },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
    this.stage = stage;
    (stage.node.defaultChild as CfnStage).routeSettings = Lazy.any({ produce: () => this.routeSettings });
    new CfnOutput(this, 'ApiUrl', { value: stage.url ?? this.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'SignInUrl', {
      value: this.signIn.domain.baseUrl(),
      description:
        'Cognito managed login (the user pool domain): the OpenID provider’s /oauth2/authorize and /oauth2/token',
    });
    new CfnOutput(this, 'PagesClientId', { value: this.signIn.pages.userPoolClientId });
    new CfnOutput(this, 'CommandLineClientId', { value: this.signIn.commandLine.userPoolClientId });
    // What `npm run dipp -- login --issuer` takes (the sign-in URL above is not the issuer).
    new CfnOutput(this, 'Issuer', { value: this.issuer });
  }

  /** Routes each request to its handler, checked and limited as the route says. */
  addRoutes(routes: ApiRoute[]): void {
    for (const route of routes) {
      const added = this.api.addRoutes({
        path: route.path,
        methods: [route.method],
        integration: new HttpLambdaIntegration(
          `${route.method}${route.path}`.replace(/[^A-Za-z0-9]/g, ''),
          route.handler,
        ),
        authorizer: route.access === 'token' ? this.authorizer : new HttpNoneAuthorizer(),
      });
      if (route.access === 'session') this.sessionRoutes.push(...added);
      this.routeSettings[`${route.method} ${route.path}`] = {
        ThrottlingRateLimit: route.throttle.rate,
        ThrottlingBurstLimit: route.throttle.burst,
      };
      // A stage's settings may name only routes that exist already.
      for (const construct of added) this.stage.node.addDependency(construct);
    }
  }
}
