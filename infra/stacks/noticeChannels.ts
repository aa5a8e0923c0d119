import { CfnOutput, Duration, type Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { senderDomain, type StageConfig } from '../config.js';

/**
 * How notices and alarms travel: the operations topic that alarms go to (emailed, and kept in a
 * queue), the SES configuration set every notice goes through (the sender identity's default),
 * and the topic SES publishes what happened to each notice on. Made in the lifecycle stack's own
 * scope, so their logical ids are the stack's.
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
    displayName: 'DIPP operations: failed or bounced notices, escalations, failures and errors',
    enforceSSL: true,
    masterKey: eventsKey,
  });
  operations.addSubscription(new EmailSubscription(config.operationsEmail));
  // A second channel that a forwarded alarm's unsubscribe link cannot end: every alarm is also
  // kept, as CloudWatch sent it, in a queue for 14 days (SQS's longest), read and deleted by
  // whoever handles it. CloudFormation cannot ask for an email subscription that only a signed-in
  // caller may end (AuthenticateOnUnsubscribe is an argument of ConfirmSubscription, not a
  // property): the README says how to confirm the email subscription that way.
  const alarmLog = new Queue(stack, 'OperationsAlarms', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  operations.addSubscription(new SqsSubscription(alarmLog, { rawMessageDelivery: true }));
  // What confirming the email subscription (with authentication) and reading the queue need.
  new CfnOutput(stack, 'OperationsTopicArn', { value: operations.topicArn });
  new CfnOutput(stack, 'OperationsAlarmsQueueUrl', { value: alarmLog.queueUrl });

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

  // The sender's domain identity, when the stack makes it (senderIdentity "stack"): our
  // configuration set is its default, so that a message naming none still goes through it. One
  // identity only: the domain's (an address identity as well would take precedence over it).
  const sender =
    config.senderIdentity === 'stack'
      ? new EmailIdentity(stack, 'Sender', {
          identity: Identity.domain(senderDomain(config.fromAddress)),
          configurationSet,
        })
      : undefined;
  sender?.dkimRecords.forEach((record, index) => {
    new CfnOutput(stack, `SenderDkimRecord${index + 1}`, {
      value: `${record.name} CNAME ${record.value}`,
      description: 'Publish in the sender domain’s DNS: SES verifies the domain and signs with DKIM by it',
    });
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

  return { operations, alarmLog, configurationSet, noticeEvents, sender };
}
