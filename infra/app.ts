import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { pathToFileURL } from 'node:url';
import { DEFAULT_STAGES, stageConfig } from './config.js';
import { acknowledgeFindings, acknowledgeStatefulFindings } from './nagAcknowledgements.js';
import { EdgeSecurityStack } from './stacks/edgeSecurityStack.js';
import { EVIDENCE_BUCKET_EXPORT, LifecycleStack } from './stacks/lifecycleStack.js';
import { StatefulStack } from './stacks/statefulStack.js';

/** The stacks `npx cdk deploy` deploys; settings come from CDK context (cdk.json or -c). */
export function buildApp(app: App = new App()): App {
  const stage = String(app.node.tryGetContext('stage') ?? 'dev');
  const config = stageConfig(app.node.tryGetContext('stages') ?? DEFAULT_STAGES, stage);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region };
  const stateful = new StatefulStack(app, 'DippStateful', { env });
  // CloudFront takes its web ACL from us-east-1 only; the lifecycle stack reads its ARN from there.
  const edgeSecurity = new EdgeSecurityStack(app, 'DippEdgeSecurity', {
    env: { account: env.account, region: 'us-east-1' },
    crossRegionReferences: true,
    requestsPerAddressPerFiveMinutes: config.edge.requestsPerAddressPerFiveMinutes,
  });
  const lifecycle = new LifecycleStack(app, 'DippLifecycle', {
    env,
    crossRegionReferences: true,
    table: stateful.table,
    // By an export of a fixed name, so the grants on its folders read the same in every review.
    evidence: {
      bucketArn: stateful.exportValue(stateful.evidence.bucketArn, { name: EVIDENCE_BUCKET_EXPORT }),
      keyArn: stateful.evidenceKey.keyArn,
    },
    config,
    webAclArn: edgeSecurity.webAcl.attrArn,
  });
  acknowledgeFindings(lifecycle);
  acknowledgeStatefulFindings(stateful);
  // cdk-nag's AWS Solutions rules run on every synth; a finding fails it.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildApp().synth();
