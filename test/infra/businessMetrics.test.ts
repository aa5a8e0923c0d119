import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import type { BusinessEvent } from '../../functions/ports/metrics.js';

/**
 * Issue 16, told, not just recorded: the alarms on what the functions count, each to the
 * operations topic, and the dashboard of those counts per day. Synthesized offline, without
 * bundling (test/infra/template.test.ts runs cdk-nag over the same stack).
 */

let template: Template;
beforeAll(() => {
  const app = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  template = Template.fromStack(app.node.findChild('DippLifecycle') as never);
}, 120_000);

/** The logical id of the one resource of a type whose id starts with `prefix`. */
function logicalId(type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids, `${type} ${prefix}`).toHaveLength(1);
  return ids[0] as string;
}

/** A dashboard body as CloudFormation joins it, with its references written `<LogicalId>` and `<region>`. */
function dashboardBody(): {
  start: string;
  widgets: { type: string; properties: { title: string; period?: number; alarms?: string[]; metrics?: unknown[][] } }[];
} {
  const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard')) as {
    Properties: { DashboardBody: { 'Fn::Join': [string, unknown[]] } };
  }[];
  const parts = dashboard?.Properties.DashboardBody['Fn::Join'][1] ?? [];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const getAtt = (part as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      return getAtt ? `<${getAtt[0]}>` : '<region>';
    })
    .join('');
  return JSON.parse(text);
}

const ALARMED: BusinessEvent[] = [
  'NoticeFailed',
  'NoticeBounced',
  'AlertEscalated',
  'MilestoneEscalated',
  'DriverFailed',
];

describe('the business alarms', () => {
  it.each(ALARMED)('raise %s to the operations topic on the first one counted', (event) => {
    const operations = logicalId('AWS::SNS::Topic', 'Operations');
    const alarms = template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: event } });

    expect(Object.values(alarms)).toEqual([
      {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: expect.objectContaining({
          // The metric exactly as functions/adapters/emfMetrics.ts writes it.
          Namespace: 'DIPP',
          MetricName: event,
          Dimensions: [{ Name: 'service', Value: 'dipp-orchestrator' }],
          Statistic: 'Sum',
          Period: 300,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
          AlarmActions: [{ Ref: operations }],
          AlarmDescription: expect.stringMatching(/^DIPP: .{20,}/),
        }),
      },
    ]);
  });

  it('alarm a bounce once, on the count of notices that did not arrive, not on SES’s count as well', () => {
    expect(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'Bounce' } })).toEqual({});
  });
});

describe('the operations dashboard', () => {
  it('shows notices sent, failed and bounced, deadlines overdue and escalated, alerts and failed drivers, per day', () => {
    const body = dashboardBody();
    const graphs = body.widgets.filter((widget) => widget.type === 'metric');
    const shown = (title: string) =>
      graphs.find((graph) => graph.properties.title === title)?.properties.metrics?.map((metric) => metric.slice(0, 2));

    expect(body.start).toBe('-P30D');
    for (const graph of graphs) expect(graph.properties.period).toBe(86_400);
    expect(shown('Notices a day')).toEqual([
      ['DIPP', 'NoticeSent'],
      ['DIPP', 'NoticeFailed'],
      ['DIPP', 'NoticeBounced'],
      ['DIPP', 'PossibleDuplicateSent'],
      ['AWS/SES', 'Bounce'],
    ]);
    expect(shown('Deadlines a day')).toEqual([
      ['DIPP', 'MilestoneOverdue'],
      ['DIPP', 'MilestoneEscalated'],
    ]);
    expect(shown('Alerts a day')).toEqual([
      ['DIPP', 'AlertRaised'],
      ['DIPP', 'AlertEscalated'],
    ]);
    expect(shown('Failed drivers a day')).toEqual([['DIPP', 'DriverFailed']]);
  });

  it('shows the business alarms’ states above the graphs', () => {
    const [status] = dashboardBody().widgets.filter((widget) => widget.type === 'alarm');

    expect(status?.properties.alarms).toEqual(
      ALARMED.map((event) => `<${logicalId('AWS::CloudWatch::Alarm', `${event}Alarm`)}>`),
    );
  });
});
