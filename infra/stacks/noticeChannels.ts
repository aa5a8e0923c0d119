import type { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailSendingEvent,
  EventDestination,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StageConfig } from '../config.js';

/**
 * How notices and alarms travel: the operations topic that alarms go to, the SES configuration set
 * every notice goes through, and the topic SES publishes what happened to each notice on. Made in
 * the lifecycle stack's own scope, so their logical ids are the stack's.
 */
export function noticeChannels(stack: Stack, config: StageConfig, configurationSetName: string) {
  // One key of our own for the topics: SES and CloudWatch must be allowed to use it, and an AWS
  // managed key cannot say so (alarms could not reach a topic encrypted with alias/aws/sns).
  const eventsKey = new Key(stack, 'TopicsKey', {
    enableKeyRotation: true,
    description: 'DIPP: encrypts the operations topic and SES events about notices',
  });
  for (const service of ['ses.amazonaws.com', 'cloudwatch.amazonaws.com']) {
    eventsKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(service)],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
  }
  const operations = new Topic(stack, 'Operations', {
    displayName: 'DIPP operations: failed executions, function errors and throttles, bounced notices',
    enforceSSL: true,
    masterKey: eventsKey,
  });
  operations.addSubscription(new EmailSubscription(config.operationsEmail));

  // Every notice goes through this configuration set: TLS required; bounces and complaints counted.
  const configurationSet = new ConfigurationSet(stack, 'Notices', {
    // Named, so that the bounce alarm can name it: SES tags each event with this name.
    configurationSetName,
    tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    reputationMetrics: true,
  });
  configurationSet.addEventDestination('Metrics', {
    destination: EventDestination.cloudWatchDimensions([
      {
        name: 'ses:configuration-set',
        source: CloudWatchDimensionSource.MESSAGE_TAG,
        defaultValue: configurationSetName,
      },
    ]),
    events: [
      EmailSendingEvent.BOUNCE,
      EmailSendingEvent.COMPLAINT,
      EmailSendingEvent.DELIVERY,
      EmailSendingEvent.REJECT,
    ],
  });

  const noticeEvents = new Topic(stack, 'NoticeEvents', {
    displayName: 'DIPP: SES events about notices (bounce, complaint, delivery, rejection)',
    enforceSSL: true,
    masterKey: eventsKey,
  });
  configurationSet.addEventDestination('Events', {
    destination: EventDestination.snsTopic(noticeEvents),
    events: [
      EmailSendingEvent.BOUNCE,
      EmailSendingEvent.COMPLAINT,
      EmailSendingEvent.DELIVERY,
      EmailSendingEvent.REJECT,
    ],
  });

  return { operations, configurationSet, noticeEvents };
}
