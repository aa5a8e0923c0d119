import { Duration, SecretValue, Stack } from 'aws-cdk-lib';
import {
  CfnManagedLoginBranding,
  ClientAttributes,
  ManagedLoginVersion,
  OAuthScope,
  ProviderAttribute,
  UserPoolClientIdentityProvider,
  UserPoolIdentityProviderOidc,
  UserPoolIdentityProviderSaml,
  UserPoolIdentityProviderSamlMetadata,
  type AttributeMapping,
  type UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct, IConstruct } from 'constructs';
import type { IdentityProviderSettings, SignInSettings } from '../config.js';

/**
 * The command line's loopback redirect (RFC 8252 §7.3). Cognito matches callback URLs exactly, port
 * included, so the command line listens on this one port while a person signs in.
 */
export const COMMAND_LINE_PORT = 8765;

/** Where Cognito sends each client back after sign-in and after sign-out. */
export function signInUrls(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '');
  const loopback = `http://localhost:${COMMAND_LINE_PORT}`;
  return {
    pages: { callback: `${base}/sign-in/callback`, signedOut: `${base}/signed-out` },
    commandLine: { callback: `${loopback}/callback`, signedOut: `${loopback}/signed-out` },
  };
}

/** The pool attribute a provider's groups claim is kept in (informational: pool groups decide access). */
export const IDP_GROUPS_ATTRIBUTE = 'idp_groups';

export interface SignIn {
  domain: UserPoolDomain;
  pages: UserPoolClient;
  commandLine: UserPoolClient;
  /** The federated providers, by the name the clients list them under. */
  providers: IConstruct[];
}

/**
 * Managed login for the pool: a Cognito prefix domain with the newer managed login (its default
 * branding), the identity providers federated into the pool, and two public app clients, the
 * pages' and the command line's, each allowed only the authorization code grant.
 */
export function addSignIn(scope: Construct, pool: UserPool, settings: SignInSettings, baseUrl: string): SignIn {
  const domain = pool.addDomain('SignIn', {
    cognitoDomain: { domainPrefix: settings.domainPrefix },
    managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
  });

  const providers = settings.identityProviders.map((provider) => federate(scope, pool, provider));
  const supported = [
    ...(settings.cognitoUsers ? [UserPoolClientIdentityProvider.COGNITO] : []),
    ...settings.identityProviders.map((provider) => UserPoolClientIdentityProvider.custom(provider.name)),
  ];
  // Cognito writes each mapped attribute at every federated sign-in, and refuses to unless the app
  // client may write it. With no provider, no attribute is writable: what decides access (group,
  // email, region) and the name the audit trail records are set by administrators only.
  const writable = mappedAttributes(settings.identityProviders);
  const urls = signInUrls(baseUrl);

  const client = (id: string, callback: string, signedOut: string) => {
    const created = pool.addClient(id, {
      // Public clients: a browser or a person's machine cannot keep a secret. Nothing in Cognito
      // requires PKCE of a client (it checks a code_verifier only when the authorization request
      // carried a code_challenge), so both clients must send an S256 code_challenge: with no
      // secret, PKCE is what ties the code to the client that asked for it.
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [callback],
        logoutUrls: [signedOut],
      },
      supportedIdentityProviders: supported,
      // Managed login signs the pool's own users in with their password (SRP) and MFA; with only
      // federated users, no sign-in flow of Cognito's own API is open, only token refresh.
      authFlows: { userSrp: settings.cognitoUsers },
      preventUserExistenceErrors: true,
      writeAttributes: writable,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // A session lasts at most a working day: the refresh token expires with it.
      refreshTokenValidity: Duration.hours(8),
      enableTokenRevocation: true,
    });
    // The providers must exist before a client can list them.
    for (const provider of providers) created.node.addDependency(provider);
    // The newer managed login shows a client's pages only once the client has a branding style:
    // Cognito's own.
    new CfnManagedLoginBranding(scope, `${id}Branding`, {
      userPoolId: pool.userPoolId,
      clientId: created.userPoolClientId,
      useCognitoProvidedValues: true,
    }).node.addDependency(domain);
    return created;
  };

  return {
    domain,
    pages: client('Pages', urls.pages.callback, urls.pages.signedOut),
    commandLine: client('CommandLine', urls.commandLine.callback, urls.commandLine.signedOut),
    providers,
  };
}

/** The issuer of the pool's tokens, as they name it in `iss` (and as API Gateway checks it). */
export function issuerOf(pool: UserPool): string {
  return `https://cognito-idp.${Stack.of(pool).region}.amazonaws.com/${pool.userPoolId}`;
}

function attributeMapping(attributes: {
  email: string;
  name?: string | undefined;
  emailVerified?: string | undefined;
  groups?: string | undefined;
}): AttributeMapping {
  const other = ProviderAttribute.other;
  return {
    email: other(attributes.email),
    ...(attributes.name ? { fullname: other(attributes.name) } : {}),
    ...(attributes.emailVerified ? { emailVerified: other(attributes.emailVerified) } : {}),
    ...(attributes.groups ? { custom: { [`custom:${IDP_GROUPS_ATTRIBUTE}`]: other(attributes.groups) } } : {}),
  };
}

/** What the providers write into the pool at each sign-in: the app clients must be allowed to write it. */
function mappedAttributes(providers: IdentityProviderSettings[]): ClientAttributes {
  const all = providers.map((provider) => provider.attributes as Partial<Record<string, string>>);
  const any = (key: string) => all.some((attributes) => attributes[key] !== undefined);
  const standard = new ClientAttributes().withStandardAttributes({
    email: any('email'),
    fullname: any('name'),
    emailVerified: any('emailVerified'),
  });
  return any('groups') ? standard.withCustomAttributes(IDP_GROUPS_ATTRIBUTE) : standard;
}

function federate(scope: Construct, pool: UserPool, provider: IdentityProviderSettings): IConstruct {
  if (provider.type === 'saml') {
    return new UserPoolIdentityProviderSaml(scope, `Provider-${provider.name}`, {
      userPool: pool,
      name: provider.name,
      metadata: UserPoolIdentityProviderSamlMetadata.url(provider.metadataUrl),
      attributeMapping: attributeMapping(provider.attributes),
    });
  }
  // A dynamic reference ({{resolve:secretsmanager:…}}): CloudFormation reads the secret when it
  // deploys; neither cdk.json nor the template holds it.
  const secret = SecretValue.secretsManager(provider.clientSecretName, {
    ...(provider.clientSecretField ? { jsonField: provider.clientSecretField } : {}),
    ...(provider.clientSecretVersionId ? { versionId: provider.clientSecretVersionId } : {}),
  });
  return new UserPoolIdentityProviderOidc(scope, `Provider-${provider.name}`, {
    userPool: pool,
    name: provider.name,
    issuerUrl: provider.issuerUrl,
    clientId: provider.clientId,
    clientSecret: secret.unsafeUnwrap(),
    scopes: provider.scopes,
    attributeMapping: attributeMapping(provider.attributes),
  });
}
