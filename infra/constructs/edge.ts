import { CfnOutput, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EDGE_HEADER } from '../../functions/shared/edge.js';
import { ASSET_PREFIXES, assetSources } from '../../functions/web/assets.js';

export interface DippEdgeProps {
  api: HttpApi;
  /** The web ACL (from us-east-1) that limits each client address. */
  webAclArn: string;
  /** The base URL's host name and its certificate in us-east-1, when CloudFront is to answer at it. */
  domain?: { name: string; certificateArn: string };
}

/** The public files laid out as their URLs are, for the bucket. */
function stagedAssets(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dipp-assets-'));
  for (const { url, from } of assetSources()) cpSync(from, path.join(folder, url), { recursive: true });
  return folder;
}

/**
 * CloudFront in front of everything, with its web ACL: the pages and the API go on to the HTTP API
 * (nothing cached, every header but Host passed on, a secret header added that the functions
 * check); the GOV.UK and MoJ Frontend assets come from a private S3 bucket (origin access
 * control), so fetching them runs none of our code.
 */
export class DippEdge extends Construct {
  readonly distribution: Distribution;
  readonly assets: Bucket;
  /** What CloudFront adds as the `x-dipp-edge` header; the functions refuse a request without it. */
  readonly originSecret: Secret;
  /** Whether CloudFront answers at our own name, with our certificate (and so TLS 1.2 or later only). */
  readonly ownCertificate: boolean;

  constructor(scope: Construct, id: string, props: DippEdgeProps) {
    super(scope, id);
    this.ownCertificate = props.domain !== undefined;
    this.originSecret = new Secret(this, 'OriginSecret', {
      description: 'DIPP: the header CloudFront adds to every request it forwards to the HTTP API',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.assets = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Only copies of the Frontend packages' public files: the next deploy puts them back.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const staged = Source.asset(stagedAssets());
    // Not fingerprinted: a day in browsers, a redeploy replaces them.
    const cacheControl = [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(1))];
    new BucketDeployment(this, 'Frontend', {
      sources: [staged],
      destinationBucket: this.assets,
      exclude: ['*.mjs'],
      cacheControl,
    });
    // A module script is refused by browsers unless it is served as JavaScript.
    new BucketDeployment(this, 'Modules', {
      sources: [staged],
      destinationBucket: this.assets,
      exclude: ['*'],
      include: ['*.mjs'],
      contentType: 'text/javascript; charset=utf-8',
      cacheControl,
    });

    const apiHost = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    const toApi: BehaviorOptions = {
      origin: new HttpOrigin(apiHost, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        customHeaders: { [EDGE_HEADER]: this.originSecret.secretValue.unsafeUnwrap() },
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      // Nothing cached: with caching off, the Authorization header and the cookies go on as well.
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const toAssets: BehaviorOptions = {
      origin: S3BucketOrigin.withOriginAccessControl(this.assets),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'DIPP: the pages, the API and the Frontend assets',
      defaultBehavior: toApi,
      additionalBehaviors: Object.fromEntries(ASSET_PREFIXES.map((prefix) => [`${prefix}*`, toAssets])),
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Europe and North America only: the people using it are in England and Wales.
      priceClass: PriceClass.PRICE_CLASS_100,
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    // Where the base URL's name points (a CNAME or an alias record), or the base URL itself without one.
    new CfnOutput(this, 'DistributionDomainName', { value: this.distribution.distributionDomainName });
  }
}
