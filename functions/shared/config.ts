import { z } from 'zod';

const configSchema = z.object({
  DIPP_TABLE_NAME: z.string().min(3).default('dipp'),
  DIPP_FROM_ADDRESS: z.string().min(3).default('DIPP inspections <dipp-notices@inspections.example>'),
  DIPP_MAILBOX: z.email().default('dipp-inspections@inspections.example'),
  DIPP_BASE_URL: z.url().default('http://localhost:3000'),
  /** How long one attempt may hold a notice before another may take over (seconds): above the Lambda timeout. */
  DIPP_NOTICE_LEASE_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  DIPP_STATE_MACHINE_ARN: z.string().optional(),
  DIPP_ALERT_STATE_MACHINE_ARN: z.string().optional(),
  DIPP_SES_CONFIGURATION_SET: z.string().optional(),
  /** Comma-separated domains notices may go to; unset (locally), any. */
  DIPP_ALLOWED_RECIPIENT_DOMAINS: z
    .string()
    .regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/, { error: 'must be domains separated by commas' })
    .optional(),
  DIPP_CHIEF_INSPECTOR_NAME: z.string().min(1).default('Chief Inspector of Probation'),
  DIPP_CHIEF_INSPECTOR_EMAIL: z.email().default('chief.inspector@inspections.example'),
});

/** The configuration as the code uses it, from the environment's variables. */
const appConfigSchema = configSchema.transform((c) => ({
  tableName: c.DIPP_TABLE_NAME,
  fromAddress: c.DIPP_FROM_ADDRESS,
  mailbox: c.DIPP_MAILBOX,
  baseUrl: c.DIPP_BASE_URL.replace(/\/$/, ''),
  /** How long one attempt may hold a notice before another may take over (seconds). */
  noticeLeaseSeconds: c.DIPP_NOTICE_LEASE_SECONDS,
  /** Told of every organisational alert and of the second step of every escalation. */
  chiefInspector: { name: c.DIPP_CHIEF_INSPECTOR_NAME, email: c.DIPP_CHIEF_INSPECTOR_EMAIL },
  ...(c.DIPP_STATE_MACHINE_ARN ? { stateMachineArn: c.DIPP_STATE_MACHINE_ARN } : {}),
  ...(c.DIPP_ALERT_STATE_MACHINE_ARN ? { alertStateMachineArn: c.DIPP_ALERT_STATE_MACHINE_ARN } : {}),
  ...(c.DIPP_SES_CONFIGURATION_SET ? { sesConfigurationSet: c.DIPP_SES_CONFIGURATION_SET } : {}),
  ...(c.DIPP_ALLOWED_RECIPIENT_DOMAINS ? { allowedRecipientDomains: c.DIPP_ALLOWED_RECIPIENT_DOMAINS.split(',') } : {}),
}));
export type AppConfig = z.infer<typeof appConfigSchema>;

/** Reads the configuration once, at the edge; a wrong value stops start-up with the variable named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = appConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`configuration is not valid: ${problems}`);
  }
  return parsed.data;
}
