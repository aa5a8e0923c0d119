import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
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
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import { COGNITO_GROUPS } from '../../functions/domain/roles.js';

/** The groups people sign in as (one per user role); the use cases decide what each may see and change. */
export const USER_GROUPS = Object.fromEntries(
  Object.values(COGNITO_GROUPS).map((group) => [group.name, group.description]),
);

export interface ApiRoute {
  method: HttpMethod;
  path: string;
  handler: IFunction;
  /** Served to anyone: only the GOV.UK and MoJ Frontend assets, which hold nothing of ours. */
  public?: boolean;
}

/**
 * The administrators' and leads' HTTP API: every route behind a JWT authorizer backed by a Cognito
 * user pool (no self sign-up, MFA, strong passwords, threat protection), throttled, access-logged.
 */
export class DippApi extends Construct {
  readonly api: HttpApi;
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The routes anyone may use: the Frontend assets. */
  readonly publicRoutes: IConstruct[] = [];

  constructor(scope: Construct, id: string, props: { routes: ApiRoute[] }) {
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
      // A region user's region (e.g. north-east): they see that region's inspection only.
      customAttributes: { region: new StringAttribute({ mutable: true, minLen: 1, maxLen: 40 }) },
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
    this.client = this.userPool.addClient('Dashboard', {
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      generateSecret: false,
      // What decides access (group, email, region) and the name the audit trail records are set by
      // administrators only: a user may change none of their own attributes.
      writeAttributes: new ClientAttributes(),
      disableOAuth: true,
    });

    const authorizer = new HttpUserPoolAuthorizer('Cognito', this.userPool, { userPoolClients: [this.client] });
    this.api = new HttpApi(this, 'Http', {
      description: 'DIPP: inspections and alerts',
      createDefaultStage: false,
      defaultAuthorizer: authorizer,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    const stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 20, burstLimit: 40 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });
    for (const route of props.routes) {
      const added = this.api.addRoutes({
        path: route.path,
        methods: [route.method],
        integration: new HttpLambdaIntegration(
          `${route.method}${route.path}`.replace(/[^A-Za-z0-9]/g, ''),
          route.handler,
        ),
        authorizer: route.public ? new HttpNoneAuthorizer() : authorizer,
      });
      if (route.public) this.publicRoutes.push(...added);
    }
    new CfnOutput(this, 'ApiUrl', { value: stage.url ?? this.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.client.userPoolClientId });
  }
}
