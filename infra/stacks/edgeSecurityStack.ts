import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { LONG_LIST_PATH_PATTERN, MAX_BODY_BYTES } from '../../functions/shared/requestLimits.js';
import { ASSET_PREFIXES } from '../../functions/web/assets.js';

export interface EdgeSecurityStackProps extends StackProps {
  /** Requests one address may make in any five minutes to the pages and the API, the public assets apart. */
  requestsPerAddressPerFiveMinutes: number;
}

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

/**
 * The web ACL in front of CloudFront. It lives in us-east-1, the only region CloudFront takes a web
 * ACL from; the lifecycle stack reads its ARN across regions.
 *
 * Three rules: a body larger than the functions accept (64 KB) is refused with 413 before it
 * reaches API Gateway (whose own limit is 10 MB); a rate limit per client address on every request
 * that runs our code (the Frontend assets come from S3 and are left out, so loading a page counts
 * once), answered 429; and AWS's list of addresses known for bots and attacks. Monthly cost: US$5
 * for the ACL, US$1 for each rule, US$0.60 a million requests, and US$0.30 a million for each 16 KB
 * of body inspected past the first 16 KB (README, Security).
 */
export class EdgeSecurityStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeSecurityStackProps) {
    super(scope, id, props);
    const isAsset = ASSET_PREFIXES.map((prefix) => ({
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        searchString: prefix,
        textTransformations: [{ priority: 0, type: 'NONE' }],
      },
    }));
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'DIPP: a rate limit per client address, and known bad addresses',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('dipp-web-acl'),
      // Bodies are inspected up to the functions' own limit, so the size rule can see past it.
      associationConfig: { requestBody: { CLOUDFRONT: { defaultSizeInspectionLimit: 'KB_64' } } },
      customResponseBodies: {
        'too-large': {
          contentType: 'TEXT_PLAIN',
          content: `The request is larger than ${MAX_BODY_BYTES / 1024} KB, the most the service accepts.`,
        },
        'too-many': {
          contentType: 'TEXT_PLAIN',
          content: 'Too many requests from your address. Wait five minutes and try again.',
        },
      },
      rules: [
        {
          name: 'BodyTooLarge',
          priority: 0,
          action: { block: { customResponse: { responseCode: 413, customResponseBodyKey: 'too-large' } } },
          statement: {
            andStatement: {
              statements: [
                {
                  sizeConstraintStatement: {
                    // A body beyond the inspection limit (64 KB) counts as too large.
                    fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
                    comparisonOperator: 'GT',
                    size: MAX_BODY_BYTES,
                    textTransformations: [{ priority: 0, type: 'NONE' }],
                  },
                },
                {
                  // Except the long-list upload (the page's and the API's): a region's export may
                  // be up to 2 MB, more than the ACL can inspect, so the functions hold it to that.
                  notStatement: {
                    statement: {
                      regexMatchStatement: {
                        fieldToMatch: { uriPath: {} },
                        regexString: LONG_LIST_PATH_PATTERN,
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                  },
                },
              ],
            },
          },
          visibilityConfig: visibility('dipp-body-too-large'),
        },
        {
          name: 'RequestsPerAddress',
          priority: 1,
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'too-many' } } },
          statement: {
            rateBasedStatement: {
              limit: props.requestsPerAddressPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: { notStatement: { statement: { orStatement: { statements: isAsset } } } },
            },
          },
          visibilityConfig: visibility('dipp-requests-per-address'),
        },
        {
          name: 'KnownBadAddresses',
          priority: 2,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesAmazonIpReputationList' },
          },
          visibilityConfig: visibility('dipp-known-bad-addresses'),
        },
      ],
    });
  }
}
