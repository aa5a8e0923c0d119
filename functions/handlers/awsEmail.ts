import { SESv2Client } from '@aws-sdk/client-sesv2';
import { withoutSdkLogging } from '../adapters/sdkClient.js';
import { SesNotifier } from '../adapters/sesNotifier.js';
import type { Deps } from '../app/deps.js';
import type { AppConfig } from '../shared/config.js';
import { tracer } from './powertools.js';

/**
 * The email channel (awsDeps' `email` part), through our configuration set, to the allowed
 * domains. One attempt per SES call: a retry after an unanswered request could repeat an email
 * silently; retries go through the notice's recorded intent instead. Traced by operation only.
 */
export const sesEmail = (config: AppConfig): Deps['notifier'] =>
  new SesNotifier(
    tracer.captureAWSv3Client(withoutSdkLogging(new SESv2Client({ maxAttempts: 1 }))),
    config.sesConfigurationSet,
    config.allowedRecipientDomains,
  );
