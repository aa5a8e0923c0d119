import { App } from 'aws-cdk-lib';

/**
 * The CDK app that `npx cdk deploy` runs. Stacks join it as the parts they deploy are built:
 * the stateful stack (DynamoDB) and the lifecycle workflow come with the workflow issue.
 */
export function buildApp(app: App = new App()): App {
  return app;
}

buildApp().synth();
