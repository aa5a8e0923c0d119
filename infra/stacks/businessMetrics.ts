import { Duration, type Stack } from 'aws-cdk-lib';
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  GraphWidgetView,
  Metric,
  type IAlarm,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { BusinessEvent } from '../../functions/ports/metrics.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/shared/telemetry.js';

/**
 * A business event's count as the functions write it (embedded metric format, through
 * functions/adapters/emfMetrics.ts): the DIPP namespace, the service dimension, summed.
 */
export function businessMetric(event: BusinessEvent, period: Duration = Duration.minutes(5), label?: string): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: event,
    dimensionsMap: { service: SERVICE_NAME },
    statistic: 'Sum',
    period,
    ...(label ? { label } : {}),
  });
}

/**
 * The business alarms (issue 16): what is recorded and on the audit trail, told as well. Each
 * fires on one event in five minutes and is named after it (`NoticeFailedAlarm`); `what` is the
 * alarm's description, which its email quotes.
 */
export const BUSINESS_ALARMS: { event: BusinessEvent; what: string }[] = [
  {
    event: 'NoticeFailed',
    what: 'a notice was refused for good and will not be sent (the inspection’s notices say which and why)',
  },
  {
    event: 'NoticeBounced',
    what: 'a notice bounced or was rejected: it did not arrive (the ISA has been emailed; correct the address)',
  },
  {
    event: 'AlertEscalated',
    what: 'an alert was escalated to the Head of Programme or the Chief Inspector: the region did not answer in time',
  },
  {
    event: 'MilestoneEscalated',
    what: 'a milestone was escalated: the region has not met a deadline long past',
  },
  {
    event: 'DriverFailed',
    what: 'a workflow task failed after its retries; the driver recorded it and went on (see the RecordFailure or RecordAlertFailure log)',
  },
];

const DAY = Duration.days(1);

/** A daily bar chart of some counts. */
const daily = (title: string, left: IMetric[]) =>
  new GraphWidget({ title, left, period: DAY, statistic: 'Sum', view: GraphWidgetView.BAR, width: 12, height: 6 });

/**
 * The operations dashboard: notices sent, failed, bounced; deadlines overdue and escalated; alerts
 * raised and escalated; failed drivers: each per day over the last 30 days, with the business
 * alarms' states above them. SES's own bounce count is beside ours: a gap between them means
 * SES's events are not being recorded (the dead-letter alarm says so too).
 */
export function operationsDashboard(stack: Stack, alarms: IAlarm[], sesBounces: Metric): Dashboard {
  const dashboard = new Dashboard(stack, 'OperationsDashboard', {
    dashboardName: `${stack.stackName}-operations`,
    defaultInterval: Duration.days(30),
  });
  dashboard.addWidgets(new AlarmStatusWidget({ title: 'Told to operations', alarms, width: 24, height: 3 }));
  dashboard.addWidgets(
    daily('Notices a day', [
      businessMetric('NoticeSent', DAY, 'sent'),
      businessMetric('NoticeFailed', DAY, 'failed'),
      businessMetric('NoticeBounced', DAY, 'bounced or rejected'),
      businessMetric('PossibleDuplicateSent', DAY, 'sent again, marked possible duplicate'),
      sesBounces.with({ period: DAY, label: 'SES bounces' }),
    ]),
    daily('Deadlines a day', [
      businessMetric('MilestoneOverdue', DAY, 'overdue'),
      businessMetric('MilestoneEscalated', DAY, 'escalated'),
    ]),
  );
  dashboard.addWidgets(
    daily('Alerts a day', [
      businessMetric('AlertRaised', DAY, 'raised'),
      businessMetric('AlertEscalated', DAY, 'escalated'),
    ]),
    daily('Failed drivers a day', [businessMetric('DriverFailed', DAY, 'tasks failed after retries')]),
  );
  return dashboard;
}
