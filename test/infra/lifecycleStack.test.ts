import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { alertDefinition } from '../../workflows/alert.js';
import { lifecycleDefinition } from '../../workflows/lifecycle.js';

/** Synthesizes offline, without bundling the functions (esbuild is exercised by `cdk synth`). */
function synth() {
  const app = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  return Template.fromStack(app.node.findChild('DippLifecycle') as never);
}

/** Replaces CloudFormation references in a Fn::Join with readable placeholders: `arn:<LogicalId>`. */
function resolve(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map(resolve).join(join[0]);
  const getAtt = (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  if (getAtt) return `arn:${getAtt[0]}`;
  throw new Error(`cannot resolve ${JSON.stringify(value)}`);
}

/** The deployed definition of the state machine whose logical id starts with `name`. */
function deployedDefinition(template: Template, name: string): unknown {
  const machines = template.findResources('AWS::StepFunctions::StateMachine');
  const [, machine] = Object.entries(machines).find(([id]) => id.startsWith(name)) as [
    string,
    { Properties: { DefinitionString: unknown } },
  ];
  return JSON.parse(resolve(machine.Properties.DefinitionString));
}

describe('the deployed state machines', () => {
  it('are the very definitions the local engine runs, with the functions’ ARNs', () => {
    const template = synth();
    const functions = Object.keys(template.findResources('AWS::Lambda::Function'));
    const arn = (name: string) => `arn:${functions.find((id) => id.startsWith(name))}`;
    expect(deployedDefinition(template, 'Alert')).toEqual(
      alertDefinition({ advanceAlert: arn('AdvanceAlert'), recordAlertFailure: arn('RecordAlertFailure') }),
    );
    expect(deployedDefinition(template, 'Lifecycle')).toEqual(
      lifecycleDefinition({
        findNext: arn('FindNext'),
        sendNotices: arn('SendNotices'),
        checkDeadlines: arn('CheckDeadlines'),
        recordFailure: arn('RecordFailure'),
      }),
    );
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { StateMachineType: 'STANDARD' });
  });

  it('runs its functions on Node 24 with the table and only the state machines they drive in their environment', () => {
    const template = synth();
    // Ours (CDK adds its own, which run only while deploying: copying the assets, reading across regions).
    const functions = (
      Object.values(template.findResources('AWS::Lambda::Function')) as {
        Properties: { Runtime: string; Timeout: number; Environment?: { Variables: Record<string, unknown> } };
      }[]
    )
      .filter((fn) => fn.Properties.Environment?.Variables.POWERTOOLS_SERVICE_NAME === 'dipp-orchestrator')
      .map(
        (fn) =>
          fn as {
            Properties: { Runtime: string; Timeout: number; Environment: { Variables: Record<string, unknown> } };
          },
      );
    expect(functions).toHaveLength(11);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Timeout: 30 });
      expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining(['DIPP_TABLE_NAME', 'DIPP_FROM_ADDRESS']),
      );
    }
    // Only the operations that hand work to a driver know a state machine; the workflows' own tasks never do.
    const knowing = (variable: string) =>
      functions.filter((fn) => variable in fn.Properties.Environment.Variables).length;
    // The API's writing half, the pages and the nightly resume.
    expect(knowing('DIPP_STATE_MACHINE_ARN')).toBe(3);
    expect(knowing('DIPP_ALERT_STATE_MACHINE_ARN')).toBe(3);
  });
});
