import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FUNCTIONS = fileURLToPath(new URL('../../functions/handlers/', import.meta.url));

export interface DippFunctionProps {
  /** The handler file under functions/handlers, e.g. `sfn.sendNotices`. */
  entry: string;
  environment: Record<string, string>;
}

/** Every DIPP Lambda function's settings in one place: Node 22 on Arm, 30 s, JSON logs kept a year. */
export class DippFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: DippFunctionProps) {
    super(scope, id, {
      entry: path.join(FUNCTIONS, `${props.entry}.ts`),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(30),
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'dipp-orchestrator',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_YEAR }),
      bundling: { format: OutputFormat.CJS, sourceMap: true, minify: true, target: 'node22' },
    });
  }
}
