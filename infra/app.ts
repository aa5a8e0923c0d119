import { App } from 'aws-cdk-lib';
import { pathToFileURL } from 'node:url';
import { LifecycleStack } from './stacks/lifecycleStack.js';
import { StatefulStack } from './stacks/statefulStack.js';

/** The stacks `npx cdk deploy` deploys; settings come from CDK context (cdk.json or -c). */
export function buildApp(app: App = new App()): App {
  const context = (name: string, fallback: string) => String(app.node.tryGetContext(name) ?? fallback);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-2' };
  const stateful = new StatefulStack(app, 'DippStateful', { env });
  new LifecycleStack(app, 'DippLifecycle', {
    env,
    table: stateful.table,
    fromAddress: context('fromAddress', 'DIPP inspections <dipp-notices@inspections.example>'),
    mailbox: context('mailbox', 'dipp-inspections@inspections.example'),
    baseUrl: context('baseUrl', 'https://dipp.inspections.example'),
  });
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildApp().synth();
