import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_HEADER } from '../../functions/shared/edge.js';
import { MAX_BODY_BYTES } from '../../functions/shared/requestLimits.js';
import { ASSET_PREFIXES } from '../../functions/web/assets.js';
import { buildApp } from '../../infra/app.js';
import { RESERVED_CONCURRENCY } from '../../infra/stacks/lifecycleStack.js';

/**
 * Finding 8 of issue 17, proven on the template: the Frontend assets come from S3 through
 * CloudFront (no route, no function); everything else goes through CloudFront's web ACL, whose
 * rate limit per address counts only what runs our code; the functions refuse what went around
 * it; each function's concurrency is reserved. Synthesized with cdk-nag's rules.
 */
const CDK_JSON = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: { stages: Record<string, Record<string, unknown>> } & Record<string, unknown>;
};

function synth(dev: Record<string, unknown> = {}) {
  const stages = { ...CDK_JSON.context.stages, dev: { ...CDK_JSON.context.stages.dev, ...dev } };
  const app = buildApp(
    new App({
      outdir: mkdtempSync(path.join(tmpdir(), 'dipp-synth-')),
      context: { ...CDK_JSON.context, stages, 'aws:cdk:bundling-stacks': [] },
    }),
  );
  app.synth();
  const stack = (name: string) => Template.fromStack(app.node.findChild(name) as never);
  return { lifecycle: stack('DippLifecycle'), edgeSecurity: stack('DippEdgeSecurity'), app };
}

type Distribution = {
  DistributionConfig: {
    DefaultCacheBehavior: { TargetOriginId: string; CachePolicyId: string; OriginRequestPolicyId: string };
    CacheBehaviors: { PathPattern: string; TargetOriginId: string; AllowedMethods: string[] }[];
    Origins: {
      Id: string;
      DomainName: unknown;
      OriginAccessControlId?: unknown;
      OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
    }[];
    WebACLId: unknown;
    Aliases?: string[];
    ViewerCertificate?: { MinimumProtocolVersion: string; AcmCertificateArn: string };
  };
};

const { lifecycle, edgeSecurity, app } = synth();
const [distribution] = Object.values(lifecycle.findResources('AWS::CloudFront::Distribution')).map(
  (resource) => (resource as { Properties: Distribution }).Properties.DistributionConfig,
);
const originOf = (id: string) => distribution?.Origins.find((origin) => origin.Id === id);

describe('CloudFront in front of everything', () => {
  it('serves each Frontend asset path from the private bucket, through origin access control, running none of our code', () => {
    expect(distribution?.CacheBehaviors.map((behavior) => behavior.PathPattern).sort()).toEqual(
      ASSET_PREFIXES.map((prefix) => `${prefix}*`).sort(),
    );
    for (const behavior of distribution?.CacheBehaviors ?? []) {
      expect(behavior.AllowedMethods).toEqual(['GET', 'HEAD']);
      const origin = originOf(behavior.TargetOriginId);
      expect(origin?.OriginAccessControlId).toBeDefined();
      expect(JSON.stringify(origin?.DomainName)).toContain('EdgeAssets');
    }
    lifecycle.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    // Only CloudFront, for this distribution, may read it.
    lifecycle.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
    // And no route of the HTTP API serves them any more.
    const keys = Object.values(lifecycle.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: { RouteKey: string } }).Properties.RouteKey,
    );
    for (const prefix of ASSET_PREFIXES) expect(keys.filter((key) => key.includes(prefix))).toEqual([]);
  });

  it('sends everything else to the HTTP API uncached, with the secret header the functions check', () => {
    const api = originOf(distribution?.DefaultCacheBehavior.TargetOriginId ?? '');
    expect(JSON.stringify(api?.DomainName)).toContain('ApiEndpoint');
    // AWS's managed CachingDisabled and AllViewerExceptHostHeader: the token and the cookies go on.
    expect(distribution?.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(distribution?.DefaultCacheBehavior.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    const header = api?.OriginCustomHeaders?.find((h) => h.HeaderName === EDGE_HEADER);
    const secretRef = JSON.stringify(header?.HeaderValue);
    expect(secretRef).toContain('resolve:secretsmanager');

    // The three functions behind the HTTP API hold the same secret; the workflows' never see it.
    const functions = lifecycle.findResources('AWS::Lambda::Function') as Record<
      string,
      { Properties: { Environment?: { Variables: Record<string, unknown> } } }
    >;
    const holding = Object.entries(functions)
      .filter(([, fn]) => fn.Properties.Environment?.Variables.DIPP_EDGE_SECRET !== undefined)
      .map(([id, fn]) => {
        expect(JSON.stringify(fn.Properties.Environment?.Variables.DIPP_EDGE_SECRET)).toBe(secretRef);
        return id.replace(/[A-F0-9]{8}$/, '');
      });
    expect(holding.sort()).toEqual(['ApiRead', 'ApiWrite', 'Pages']);
  });

  it('uses the web ACL from us-east-1, which limits each address on everything but the assets, and blocks known bad addresses', () => {
    expect(app.node.findChild('DippEdgeSecurity')).toMatchObject({ region: 'us-east-1' });
    expect(JSON.stringify(distribution?.WebACLId)).toContain('DippEdgeSecurity');
    const [acl] = Object.values(edgeSecurity.findResources('AWS::WAFv2::WebACL')).map(
      (resource) =>
        (
          resource as {
            Properties: {
              Scope: string;
              Rules: { Name: string; Action?: unknown; Statement: Record<string, Record<string, unknown>> }[];
            };
          }
        ).Properties,
    );
    expect(acl?.Scope).toBe('CLOUDFRONT');
    const rate = acl?.Rules.find((rule) => rule.Statement.RateBasedStatement);
    expect(rate?.Statement.RateBasedStatement).toMatchObject({
      Limit: 600,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
    expect(rate?.Action).toMatchObject({ Block: { CustomResponse: { ResponseCode: 429 } } });
    // Loading a page counts once: its stylesheets, scripts and fonts are left out.
    const excluded = JSON.stringify(rate?.Statement.RateBasedStatement?.ScopeDownStatement);
    expect(excluded).toContain('NotStatement');
    for (const prefix of ASSET_PREFIXES) expect(excluded).toContain(`"SearchString":"${prefix}"`);
    expect(acl?.Rules.map((rule) => rule.Name)).toContain('KnownBadAddresses');
  });

  it('refuses a body larger than the functions accept (64 KB) at the edge, inspecting bodies that far', () => {
    edgeSecurity.hasResourceProperties('AWS::WAFv2::WebACL', {
      AssociationConfig: { RequestBody: { CLOUDFRONT: { DefaultSizeInspectionLimit: 'KB_64' } } },
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'BodyTooLarge',
          Action: { Block: { CustomResponse: Match.objectLike({ ResponseCode: 413 }) } },
          Statement: {
            AndStatement: {
              Statements: Match.arrayWith([
                {
                  SizeConstraintStatement: Match.objectLike({
                    FieldToMatch: { Body: { OversizeHandling: 'MATCH' } },
                    ComparisonOperator: 'GT',
                    Size: MAX_BODY_BYTES,
                  }),
                },
              ]),
            },
          },
        }),
      ]),
    });
  });

  it('exempts exactly the long-list uploads (the page and the API route) from the 64 KB rule, and no other path', () => {
    const acl = Object.values(edgeSecurity.findResources('AWS::WAFv2::WebACL'))[0] as {
      Properties: { Rules: { Name: string; Statement: { AndStatement?: { Statements: unknown[] } } }[] };
    };
    const rule = acl.Properties.Rules.find((candidate) => candidate.Name === 'BodyTooLarge');
    const exemption = rule?.Statement.AndStatement?.Statements.find(
      (statement): statement is { NotStatement: { Statement: { RegexMatchStatement: RegexMatch } } } =>
        typeof statement === 'object' && statement !== null && 'NotStatement' in statement,
    );
    type RegexMatch = { FieldToMatch: { UriPath: object }; RegexString: string };
    const match = exemption?.NotStatement.Statement.RegexMatchStatement;
    expect(match?.FieldToMatch).toEqual({ UriPath: {} });
    const exempt = new RegExp(match?.RegexString ?? '$^');
    expect(exempt.test('/inspections/north-east-2027-03-01/sample/long-list')).toBe(true);
    expect(exempt.test('/api/inspections/north-east-2027-03-01/sample/long-list')).toBe(true);
    for (const path of [
      '/inspections/north-east-2027-03-01/sample/team',
      '/api/inspections/north-east-2027-03-01/sample/team',
      '/inspections/north-east-2027-03-01/sample/long-list/extra',
      '/inspections/a/b/sample/long-list',
      '/x/inspections/north-east-2027-03-01/sample/long-list',
      '/api/alerts',
      '/inspections/new',
    ]) {
      expect(exempt.test(path), path).toBe(false);
    }
  });

  it("takes the stage's limit per address, and its certificate: then CloudFront answers at the base URL's name, TLS 1.2 or later only", () => {
    const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-1111-2222-3333-444455556666';
    const custom = synth({ edge: { certificateArn, requestsPerAddressPerFiveMinutes: 1200 } });
    custom.edgeSecurity.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 1200 }) } }),
      ]),
    });
    custom.lifecycle.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['dipp.dev.inspections.example'],
        ViewerCertificate: Match.objectLike({
          AcmCertificateArn: certificateArn,
          MinimumProtocolVersion: 'TLSv1.2_2021',
        }),
      }),
    });
    expect(() => synth({ edge: { certificateArn: 'arn:aws:acm:eu-west-2:123456789012:certificate/abc' } })).toThrow(
      /edge.certificateArn: must be the ARN of an ACM certificate in us-east-1/,
    );
  });
});

describe('reserved concurrency', () => {
  const ours = (template: Template) =>
    Object.entries(
      template.findResources('AWS::Lambda::Function') as Record<
        string,
        { Properties: { ReservedConcurrentExecutions?: number; Environment?: { Variables: Record<string, unknown> } } }
      >,
    ).filter(([, fn]) => fn.Properties.Environment?.Variables.POWERTOOLS_SERVICE_NAME === 'dipp-orchestrator');

  it('caps every function, so one flooded route cannot take the concurrency the workflows need', () => {
    const functions = ours(lifecycle);
    expect(functions).toHaveLength(Object.keys(RESERVED_CONCURRENCY).length);
    for (const [id, fn] of functions) {
      const name = id.replace(/[A-F0-9]{8}$/, '') as keyof typeof RESERVED_CONCURRENCY;
      expect(fn.Properties.ReservedConcurrentExecutions, id).toBe(RESERVED_CONCURRENCY[name]);
    }
    const total = functions.reduce((sum, [, fn]) => sum + (fn.Properties.ReservedConcurrentExecutions ?? 0), 0);
    expect(total).toBe(55);
  });

  it('can be turned off for an account whose concurrency quota is too small to reserve any', () => {
    const { lifecycle: unreserved } = synth({ reservedConcurrency: false });
    for (const [id, fn] of ours(unreserved)) expect(fn.Properties.ReservedConcurrentExecutions, id).toBeUndefined();
  });
});
