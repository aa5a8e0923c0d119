import * as z from 'zod/mini';
import { problemsIn } from '../functions/domain/validation.js';

/** An https URL: Cognito calls back, and fetches providers' metadata, over https only. */
const httpsUrl = (what: string) => z.url({ protocol: /^https$/, error: `must be an https URL (${what})` });

/** A claim or SAML attribute of the identity provider, copied into a user pool attribute at each sign-in. */
const claim = z.string().check(z.minLength(1), z.maxLength(1024));

/** The name Cognito knows a federated provider by (it prefixes its users' names: `EntraID_…`). */
const providerName = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/, {
    error: 'must be 3 to 32 letters, digits or dashes, e.g. EntraID (Cognito names the provider and its users by it)',
  }),
  z.refine((name) => name.toUpperCase() !== 'COGNITO', { error: 'COGNITO is the user pool’s own users' }),
);

/**
 * An OpenID Connect provider (Microsoft Entra ID, HMPPS Auth). The client secret stays in Secrets
 * Manager: cdk.json names the secret, and CloudFormation reads it at deploy time.
 */
const oidcProviderSchema = z.strictObject({
  type: z.literal('oidc'),
  name: providerName,
  /** The issuer, whose `/.well-known/openid-configuration` Cognito reads. */
  issuerUrl: httpsUrl('the provider’s issuer'),
  clientId: z.string().check(z.minLength(1)),
  /** The name (or ARN) of the Secrets Manager secret holding the client secret. */
  clientSecretName: z.string().check(
    z.regex(/^(arn:[a-z-]+:secretsmanager:[^\s]+|[A-Za-z0-9/_+=.@-]{1,512})$/, {
      error: 'must be the name or ARN of a Secrets Manager secret',
    }),
  ),
  /** When the secret is JSON: the key holding the client secret. Unset: the whole secret string. */
  clientSecretField: z.optional(z.string().check(z.minLength(1))),
  /**
   * The secret's version to use (put-secret-value prints it). CloudFormation reads a secret only
   * when the resource naming it changes: after renewing the secret, set this and deploy.
   */
  clientSecretVersionId: z.optional(z.string().check(z.minLength(1))),
  /** Refused: a secret never goes in cdk.json. */
  clientSecret: z.optional(
    z.never({
      error: 'never put a client secret in cdk.json: store it in Secrets Manager and give its name as clientSecretName',
    }),
  ),
  scopes: z._default(
    z
      .array(z.string().check(z.regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, { error: 'must be an OAuth scope' })))
      .check(z.refine((scopes) => scopes.includes('openid'), { error: 'must include openid' })),
    ['openid', 'email', 'profile'],
  ),
  /** Which of the provider's claims fill the pool's attributes. */
  attributes: z._default(
    z.strictObject({
      email: z._default(claim, 'email'),
      name: z._default(claim, 'name'),
      /** A claim saying the provider verified the address (e.g. email_verified); unset: administrators set it. */
      emailVerified: z.optional(claim),
      /** A claim listing the person's groups at the provider, kept as custom:idp_groups. */
      groups: z.optional(claim),
    }),
    { email: 'email', name: 'name' },
  ),
});

/** A SAML 2.0 provider, by its metadata document's URL. */
const samlProviderSchema = z.strictObject({
  type: z.literal('saml'),
  name: providerName,
  metadataUrl: httpsUrl('the provider’s SAML metadata'),
  /** SAML attribute names, e.g. http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress. */
  attributes: z.strictObject({ email: claim, name: z.optional(claim), groups: z.optional(claim) }),
});

export const identityProviderSchema = z.discriminatedUnion('type', [oidcProviderSchema, samlProviderSchema], {
  error: 'must have type "oidc" or "saml"',
});
export type IdentityProviderSettings = z.infer<typeof identityProviderSchema>;

/** How people sign in: Cognito's managed login at a prefix domain, with the pool's own users and/or federated ones. */
export const signInSchema = z
  .strictObject({
    /** The Cognito prefix domain: https://<prefix>.auth.<region>.amazoncognito.com. Unique in the region. */
    domainPrefix: z.string().check(
      z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, {
        error: 'must be lower-case letters, digits and dashes (at most 63), e.g. dipp-dev',
      }),
      z.refine((prefix) => !/aws|amazon|cognito/.test(prefix), {
        error: 'may not contain aws, amazon or cognito (Cognito refuses them)',
      }),
    ),
    /** Whether the pool's own users (created by administrators, password and MFA) may sign in. */
    cognitoUsers: z._default(z.boolean(), true),
    /** Providers to federate into the pool; none by default. */
    identityProviders: z._default(z.array(identityProviderSchema), []),
  })
  .check(
    z.superRefine((signIn, context) => {
      if (!signIn.cognitoUsers && signIn.identityProviders.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['cognitoUsers'],
          message: 'is false but no identity provider is listed: nobody could sign in',
        });
      }
      const names = signIn.identityProviders.map((provider) => provider.name.toLowerCase());
      names.forEach((name, index) => {
        if (names.indexOf(name) !== index) {
          context.addIssue({
            code: 'custom',
            path: ['identityProviders', index, 'name'],
            message: 'names another provider already listed',
          });
        }
      });
    }),
  );
export type SignInSettings = z.infer<typeof signInSchema>;

/** One deployment stage's settings, from cdk.json's `stages` (or `-c stage=…`), checked before anything is built. */
export const stageConfigSchema = z.strictObject({
  /** AWS region to deploy to. */
  region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'must be an AWS region such as eu-west-2' })),
  /** Sender of every notice: a verified SES identity (its domain). */
  fromAddress: z.string().check(
    z.regex(/^.*<[^@<>\s]+@([^@<>\s]+)>$|^[^@<>\s]+@[^@<>\s]+$/, {
      error: 'must be an email address, optionally with a name: DIPP <dipp@example.gov.uk>',
    }),
  ),
  mailbox: z.email(),
  /** Where the pages are served (a custom domain, or CloudFront's URL after the first deploy): links, sign-in callbacks. */
  baseUrl: z.pipe(
    httpsUrl('Cognito calls the pages back over https only'),
    z.transform((url: string) => url.replace(/\/+$/, '')),
  ),
  /** Notices may go only to these domains (the inspectorate's, the probation service's). */
  allowedRecipientDomains: z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))).check(z.minLength(1)),
  chiefInspector: z.object({ name: z.string().check(z.minLength(1)), email: z.email() }),
  /** Where alarms go (an operations mailbox), subscribed to the operations topic. */
  operationsEmail: z.email(),
  /**
   * Who makes the SES identity of the sender's domain: `stack`, the lifecycle stack (Easy DKIM,
   * our configuration set as its default; its DKIM records are outputs); `existing`, someone by
   * hand already, and the stack leaves it alone (one identity per domain: the stack would fail
   * to create a second).
   */
  senderIdentity: z._default(z.enum(['stack', 'existing']), 'stack'),
  signIn: signInSchema,
  /** CloudFront, in front of everything, and its web ACL (in us-east-1, as CloudFront requires). */
  edge: z._default(
    z.strictObject({
      /**
       * An ACM certificate in us-east-1 for the base URL's host name: CloudFront then answers at
       * that name, TLS 1.2 or later only. Without one it answers at its own *.cloudfront.net
       * name (set the base URL to it after the first deploy).
       */
      certificateArn: z.optional(
        z.string().check(
          z.regex(/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/, {
            error: 'must be the ARN of an ACM certificate in us-east-1 (CloudFront uses no other region)',
          }),
        ),
      ),
      /** Requests one address may make in any five minutes to the pages and the API (assets apart): WAF blocks the rest. */
      requestsPerAddressPerFiveMinutes: z._default(z.int().check(z.gte(10), z.lte(2_000_000_000)), 600),
    }),
    { requestsPerAddressPerFiveMinutes: 600 },
  ),
  /**
   * Reserve each function's concurrency (its cap, and its share, of the account's): off for an
   * account whose Lambda concurrency quota is below about 160 (a new account's can be 10).
   */
  reservedConcurrency: z._default(z.boolean(), true),
});
export type StageConfig = z.infer<typeof stageConfigSchema>;

/** Reads and checks the stage's settings; a wrong value stops the synth, naming the setting. */
export function stageConfig(stages: unknown, stage: string): StageConfig {
  const all = z.record(z.string(), z.unknown()).safeParse(stages);
  if (!all.success || !(stage in all.data)) {
    throw new Error(`no settings for stage "${stage}" in cdk.json's context.stages`);
  }
  const parsed = stageConfigSchema.safeParse(all.data[stage]);
  if (!parsed.success) {
    throw new Error(`stage "${stage}" is not valid: ${problemsIn(parsed.error, all.data[stage])}`);
  }
  return parsed.data;
}

/** The sender's address alone: "DIPP <dipp@x.gov.uk>" → "dipp@x.gov.uk" (what SES's ses:FromAddress holds). */
export function senderAddress(fromAddress: string): string {
  return /<([^>]+)>/.exec(fromAddress)?.[1] ?? fromAddress;
}

/** The domain of the sending identity: "DIPP <dipp@x.gov.uk>" → "x.gov.uk". */
export function senderDomain(fromAddress: string): string {
  const address = senderAddress(fromAddress);
  return address.slice(address.indexOf('@') + 1);
}

/** cdk.json's stages, for when the app is built without its context (the tests). */
export const DEFAULT_STAGES = {
  dev: {
    region: 'eu-west-2',
    fromAddress: 'DIPP inspections <dipp-notices@dev.inspections.example>',
    mailbox: 'dipp-inspections@dev.inspections.example',
    baseUrl: 'https://dipp.dev.inspections.example',
    allowedRecipientDomains: ['inspections.example', 'probation.example'],
    chiefInspector: {
      name: 'Chief Inspector of Probation',
      email: 'chief.inspector@inspections.example',
    },
    operationsEmail: 'dipp-operations@dev.inspections.example',
    signIn: { domainPrefix: 'dipp-dev', cognitoUsers: true, identityProviders: [] },
  },
  prod: {
    region: 'eu-west-2',
    fromAddress: 'HM Inspectorate of Probation <dipp-notices@inspections.example>',
    mailbox: 'dipp-inspections@inspections.example',
    baseUrl: 'https://dipp.inspections.example',
    allowedRecipientDomains: ['inspections.example', 'probation.example'],
    chiefInspector: {
      name: 'Chief Inspector of Probation',
      email: 'chief.inspector@inspections.example',
    },
    operationsEmail: 'dipp-operations@inspections.example',
    signIn: { domainPrefix: 'dipp-prod', cognitoUsers: true, identityProviders: [] },
  },
};
