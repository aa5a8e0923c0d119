import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { stageConfig } from '../../infra/config.js';

/**
 * Signing in on AWS: Cognito's managed login, the two public app clients, federated identity
 * providers per stage, and what the functions are told of it, proven on the synthesized template.
 */
const CDK_JSON = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: { stage: string; stages: Record<string, Record<string, unknown>> };
};
const STAGE = CDK_JSON.context.stage;
const SETTINGS = CDK_JSON.context.stages[STAGE] as { baseUrl: string; signIn: { domainPrefix: string } };

/** The lifecycle stack's template for cdk.json's context, with the stage's settings changed as given (cdk-nag runs). */
function synth(signIn?: Record<string, unknown>): Template {
  const stages = signIn
    ? { ...CDK_JSON.context.stages, [STAGE]: { ...CDK_JSON.context.stages[STAGE], signIn } }
    : CDK_JSON.context.stages;
  const app = buildApp(
    new App({
      outdir: mkdtempSync(path.join(tmpdir(), 'dipp-synth-')),
      context: { ...CDK_JSON.context, stages, 'aws:cdk:bundling-stacks': [] },
    }),
  );
  // A cdk-nag finding not acknowledged would throw here.
  app.synth();
  return Template.fromStack(app.node.findChild('DippLifecycle') as never);
}

type Client = { Properties: Record<string, unknown>; DependsOn?: string[] };

function clients(template: Template): Record<'pages' | 'commandLine', Client & { id: string }> {
  const all = Object.entries(template.findResources('AWS::Cognito::UserPoolClient')) as [string, Client][];
  expect(all).toHaveLength(2);
  const find = (prefix: string) => {
    const [id, client] = all.find(([logicalId]) => logicalId.startsWith(prefix)) as [string, Client];
    return { id, ...client };
  };
  return { pages: find('ApiUsersPages'), commandLine: find('ApiUsersCommandLine') };
}

const ENTRA_ID = {
  type: 'oidc',
  name: 'EntraID',
  issuerUrl: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  clientId: '11111111-1111-1111-1111-111111111111',
  clientSecretName: 'dipp/dev/entra-id-client-secret',
  attributes: { email: 'email', name: 'name', groups: 'groups' },
};

describe('sign-in on AWS (the stage in cdk.json)', () => {
  const template = synth();
  const { pages, commandLine } = clients(template);
  const base = SETTINGS.baseUrl.replace(/\/+$/, '');

  it('serves Cognito managed login at the stage’s prefix domain', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: SETTINGS.signIn.domainPrefix,
      ManagedLoginVersion: 2,
      UserPoolId: { Ref: Match.stringLikeRegexp('^ApiUsers') },
    });
    // The newer managed login shows a client's pages only with a branding style: each client has Cognito's.
    for (const client of [pages, commandLine]) {
      template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
        ClientId: { Ref: client.id },
        UseCognitoProvidedValues: true,
      });
    }
  });

  it('has two public app clients allowed only the authorization code grant, with the stage’s callback and sign-out URLs', () => {
    const expected = {
      [pages.id]: { callback: `${base}/sign-in/callback`, signedOut: `${base}/signed-out` },
      // RFC 8252 loopback redirect: Cognito matches the port exactly.
      [commandLine.id]: { callback: 'http://localhost:8765/callback', signedOut: 'http://localhost:8765/signed-out' },
    };
    for (const client of [pages, commandLine]) {
      const properties = client.Properties;
      expect(properties, client.id).toMatchObject({
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        GenerateSecret: false,
        CallbackURLs: [expected[client.id]?.callback],
        LogoutURLs: [expected[client.id]?.signedOut],
        SupportedIdentityProviders: ['COGNITO'],
        // ID and access tokens for an hour; a refresh token for the working day.
        IdTokenValidity: 60,
        AccessTokenValidity: 60,
        RefreshTokenValidity: 480,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
        // Administrators alone set what decides access.
        WriteAttributes: [],
      });
      expect(properties.AllowedOAuthFlows, client.id).not.toContain('implicit');
      expect(properties.AllowedOAuthFlows, client.id).not.toContain('client_credentials');
      expect((properties.AllowedOAuthScopes as string[]).sort(), client.id).toEqual(['email', 'openid', 'profile']);
    }
  });

  it('keeps the pool’s settings: MFA, no self sign-up, custom:region, and the groups', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'region', Mutable: true })]),
    });
    // One group a role (functions/domain/roles.ts): assistant inspectors included.
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 5);
    template.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 0);
  });

  it('tells the Pages function the issuer, both client ids and the base URL, and the API functions the issuer', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Record<
      string,
      { Properties: { Environment: { Variables: Record<string, unknown> } } }
    >;
    const variables = (prefix: string) => {
      const entry = Object.entries(functions).find(([id]) => id.startsWith(prefix));
      return entry?.[1].Properties.Environment.Variables ?? {};
    };
    const [authorizer] = Object.values(template.findResources('AWS::ApiGatewayV2::Authorizer')) as {
      Properties: { JwtConfiguration: { Issuer: unknown } };
    }[];
    const issuer = authorizer?.Properties.JwtConfiguration.Issuer;
    // https://cognito-idp.<region>.amazonaws.com/<poolId>: the issuer API Gateway checks.
    expect(JSON.stringify(issuer)).toMatch(/https:\/\/cognito-idp\.eu-west-2\.amazonaws\.com\/.*ApiUsers/);
    expect(variables('Pages')).toMatchObject({
      DIPP_OIDC_ISSUER: issuer,
      DIPP_OIDC_CLIENT_ID: { Ref: pages.id },
      DIPP_OIDC_CLI_CLIENT_ID: { Ref: commandLine.id },
      DIPP_BASE_URL: SETTINGS.baseUrl,
    });
    for (const api of ['ApiRead', 'ApiWrite']) expect(variables(api)).toMatchObject({ DIPP_OIDC_ISSUER: issuer });
  });

  it('outputs the managed login URL and both client ids', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const output = (prefix: string) => Object.entries(outputs).find(([id]) => id.startsWith(prefix))?.[1].Value;
    expect(JSON.stringify(output('ApiSignInUrl'))).toMatch(
      /"https:\/\/".*ApiUsersSignIn.*\.auth\.eu-west-2\.amazoncognito\.com/,
    );
    expect(output('ApiPagesClientId')).toEqual({ Ref: pages.id });
    expect(output('ApiCommandLineClientId')).toEqual({ Ref: commandLine.id });
  });
});

describe('federated identity providers, per stage', () => {
  it('federates an OpenID Connect provider whose client secret CloudFormation reads from Secrets Manager', () => {
    const template = synth({ domainPrefix: 'dipp-dev', identityProviders: [ENTRA_ID] });
    const providers = Object.entries(template.findResources('AWS::Cognito::UserPoolIdentityProvider')) as [
      string,
      { Properties: { ProviderDetails: Record<string, string> } },
    ][];
    expect(providers).toHaveLength(1);
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'EntraID',
      ProviderType: 'OIDC',
      ProviderDetails: Match.objectLike({
        client_id: ENTRA_ID.clientId,
        oidc_issuer: ENTRA_ID.issuerUrl,
        authorize_scopes: 'openid email profile',
      }),
      AttributeMapping: { email: 'email', name: 'name', 'custom:idp_groups': 'groups' },
    });
    // A dynamic reference, resolved by CloudFormation at deploy time: the template holds no secret.
    const [providerId, provider] = providers[0] as (typeof providers)[number];
    expect(provider.Properties.ProviderDetails.client_secret).toBe(
      `{{resolve:secretsmanager:${ENTRA_ID.clientSecretName}:SecretString:::}}`,
    );

    const { pages, commandLine } = clients(template);
    for (const client of [pages, commandLine]) {
      expect(client.Properties.SupportedIdentityProviders, client.id).toEqual(['COGNITO', 'EntraID']);
      expect(client.DependsOn, client.id).toContain(providerId);
      // Cognito writes the mapped attributes at each federated sign-in, so the client must be allowed to.
      expect(client.Properties.WriteAttributes, client.id).toEqual(['custom:idp_groups', 'email', 'name']);
      expect(client.Properties.AllowedOAuthFlows, client.id).toEqual(['code']);
    }
  });

  it('signs in only federated people when the stage leaves Cognito’s own users out; a SAML provider by its metadata', () => {
    const template = synth({
      domainPrefix: 'dipp-dev',
      cognitoUsers: false,
      identityProviders: [
        { ...ENTRA_ID, clientSecretField: 'clientSecret', clientSecretVersionId: 'v2' },
        {
          type: 'saml',
          name: 'Probation-SAML',
          metadataUrl: 'https://idp.probation.example/saml/metadata',
          attributes: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
        },
      ],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'Probation-SAML',
      ProviderType: 'SAML',
      ProviderDetails: Match.objectLike({ MetadataURL: 'https://idp.probation.example/saml/metadata' }),
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'EntraID',
      ProviderDetails: Match.objectLike({
        client_secret: `{{resolve:secretsmanager:${ENTRA_ID.clientSecretName}:SecretString:clientSecret::v2}}`,
      }),
    });
    const { pages, commandLine } = clients(template);
    for (const client of [pages, commandLine]) {
      expect(client.Properties.SupportedIdentityProviders, client.id).toEqual(['EntraID', 'Probation-SAML']);
      // No password sign-in through Cognito's API: only refreshing tokens.
      expect(client.Properties.ExplicitAuthFlows, client.id).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    }
  });

  const stageWith = (signIn: unknown) => ({ [STAGE]: { ...CDK_JSON.context.stages[STAGE], signIn } });

  it('is none unless the stage lists some', () => {
    const { signIn } = stageConfig(stageWith({ domainPrefix: 'dipp-dev' }), STAGE);
    expect(signIn).toEqual({ domainPrefix: 'dipp-dev', cognitoUsers: true, identityProviders: [] });
  });

  it('refuses a stage with a bad provider, naming the setting', () => {
    const refused = (provider: Record<string, unknown>) => () =>
      stageConfig(stageWith({ domainPrefix: 'dipp-dev', identityProviders: [provider] }), STAGE);
    expect(refused({ ...ENTRA_ID, issuerUrl: 'http://login.example/' })).toThrow(
      /stage "dev" is not valid: signIn\.identityProviders\.0\.issuerUrl: must be an https URL/,
    );
    const { clientSecretName: _name, ...withoutSecretName } = ENTRA_ID;
    expect(refused({ ...withoutSecretName, clientSecret: 's3cret' })).toThrow(
      /signIn\.identityProviders\.0\.clientSecretName: .*signIn\.identityProviders\.0\.clientSecret: never put a client secret in cdk\.json/,
    );
    expect(refused({ ...ENTRA_ID, type: 'ldap' })).toThrow(
      /signIn\.identityProviders\.0\.type: must have type "oidc" or "saml"/,
    );
    expect(refused({ ...ENTRA_ID, name: 'Entra ID' })).toThrow(
      /signIn\.identityProviders\.0\.name: must be 3 to 32 letters/,
    );
    expect(
      refused({
        type: 'saml',
        name: 'Probation',
        metadataUrl: 'https://idp.probation.example/metadata',
        attributes: {},
      }),
    ).toThrow(/signIn\.identityProviders\.0\.attributes\.email/);
    expect(() => stageConfig(stageWith({ domainPrefix: 'dipp-dev', cognitoUsers: false }), STAGE)).toThrow(
      /signIn\.cognitoUsers: is false but no identity provider is listed/,
    );
    expect(() => stageConfig(stageWith({ domainPrefix: 'my-cognito-app' }), STAGE)).toThrow(
      /signIn\.domainPrefix: may not contain aws, amazon or cognito/,
    );
    // And the synth stops on it, before anything is built.
    expect(() => synth({ domainPrefix: 'dipp-dev', identityProviders: [{ ...ENTRA_ID, issuerUrl: 'nope' }] })).toThrow(
      /signIn\.identityProviders\.0\.issuerUrl/,
    );
  });
});
