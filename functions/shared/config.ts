import * as z from 'zod/mini';
import { reportSettingsSchema } from '../domain/report/reportStages.js';
import { DEFAULT_WORKING_HOURS, parseWorkingHours } from '../domain/workingHours.js';
import { problemsIn } from '../domain/validation.js';

/** A JSON object of report settings (reportSettingsSchema), e.g. {"strategicEditingWorkingDays":3}. */
const reportSettingsJson = z.pipe(
  z.optional(z.string()),
  // zod/mini hands a transform the parse payload (no addIssue): a refusal is pushed onto its issues.
  z.transform((text: string | undefined, context) => {
    if (text === undefined || text.trim() === '') return reportSettingsSchema.parse({});
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      context.issues.push({ code: 'custom', message: 'must be a JSON object of report settings', input: text });
      return z.NEVER;
    }
    const parsed = reportSettingsSchema.safeParse(value);
    if (!parsed.success) {
      const message = problemsIn(parsed.error, value, { allowedKeys: Object.keys(reportSettingsSchema.shape) });
      context.issues.push({ code: 'custom', message, input: text });
      return z.NEVER;
    }
    return parsed.data;
  }),
);

const configSchema = z.object({
  DIPP_TABLE_NAME: z._default(z.string().check(z.minLength(3)), 'dipp'),
  DIPP_FROM_ADDRESS: z._default(
    z.string().check(z.minLength(3)),
    'DIPP inspections <dipp-notices@inspections.example>',
  ),
  DIPP_MAILBOX: z._default(z.email(), 'dipp-inspections@inspections.example'),
  DIPP_BASE_URL: z._default(z.url(), 'http://localhost:3000'),
  /** How long one attempt may hold a notice before another may take over (seconds): above the Lambda timeout. */
  DIPP_NOTICE_LEASE_SECONDS: z._default(z.coerce.number().check(z.int(), z.gte(10), z.lte(3600)), 120),
  DIPP_STATE_MACHINE_ARN: z.optional(z.string()),
  DIPP_ALERT_STATE_MACHINE_ARN: z.optional(z.string()),
  DIPP_SES_CONFIGURATION_SET: z.optional(z.string()),
  /** Comma-separated domains notices may go to; unset (locally), any. */
  DIPP_ALLOWED_RECIPIENT_DOMAINS: z.optional(
    z.string().check(z.regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/, { error: 'must be domains separated by commas' })),
  ),
  DIPP_CHIEF_INSPECTOR_NAME: z._default(z.string().check(z.minLength(1)), 'Chief Inspector of Probation'),
  DIPP_CHIEF_INSPECTOR_EMAIL: z._default(z.email(), 'chief.inspector@inspections.example'),
  /** Who signs people in: an OpenID Connect issuer (Cognito's user pool, Entra ID, the local provider). */
  DIPP_OIDC_ISSUER: z.optional(z.url()),
  /** The pages' client at that issuer, and the command line's (both public, PKCE). */
  DIPP_OIDC_CLIENT_ID: z._default(z.string().check(z.minLength(1)), 'dipp-pages'),
  DIPP_OIDC_CLI_CLIENT_ID: z._default(z.string().check(z.minLength(1)), 'dipp-cli'),
  /** Where a provider without an end-session endpoint signs people out (Cognito: https://<domain>/logout). */
  DIPP_OIDC_LOGOUT_URL: z.optional(z.url()),
  /** The groups that may use the service (comma-separated Cognito group names); unset, all four. */
  DIPP_ALLOWED_GROUPS: z.optional(
    z.string().check(z.regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { error: 'must be group names separated by commas' })),
  ),
  /** A session ends this long after sign-in, whatever happens (hours), and after this long unused (minutes). */
  DIPP_SESSION_MAX_HOURS: z._default(z.coerce.number().check(z.gte(1), z.lte(12)), 8),
  DIPP_SESSION_IDLE_MINUTES: z._default(z.coerce.number().check(z.int(), z.gte(5), z.lte(480)), 60),
  /** How many alerts one person, and one inspection, may raise in any hour (defaults chosen). */
  DIPP_ALERTS_PER_PERSON_PER_HOUR: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 5),
  DIPP_ALERTS_PER_INSPECTION_PER_HOUR: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 10),
  /** The report stages' periods the manual does not give (issue 15): JSON overriding the defaults. */
  DIPP_REPORT_SETTINGS: reportSettingsJson,
  /**
   * UK local working hours, "HH:MM-HH:MM": a notice a person's change makes due outside them (a date
   * moved, work recorded as done) waits for their start on the next working day (default chosen).
   */
  DIPP_WORKING_HOURS: z._default(
    z.string().check(
      z.refine((value) => parseWorkingHours(value) !== undefined, {
        error: 'must be two times of day, the first earlier, such as 09:00-17:00',
      }),
    ),
    '09:00-17:00',
  ),
  /** The bucket of the evidence files attached to alerts (issue 18); locally, the S3 emulator's. */
  DIPP_EVIDENCE_BUCKET: z._default(
    z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'must be an S3 bucket name' })),
    'dipp-evidence',
  ),
  /**
   * How long (milliseconds) a container keeps each person's programme overview before reading it
   * again: 0, not kept (the default; tests). The API's and the pages' functions keep it five seconds.
   */
  DIPP_OVERVIEW_CACHE_MS: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(60_000)), 0),
  /** In AWS, the secret CloudFront adds to every request it forwards; unset (locally), no check. */
  DIPP_EDGE_SECRET: z.optional(z.string().check(z.minLength(32, { error: 'must be at least 32 characters' }))),
});

/** The configuration as the code uses it, from the environment's variables. */
const appConfigSchema = z.pipe(
  configSchema,
  z.transform((c: z.output<typeof configSchema>) => ({
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
    ...(c.DIPP_ALLOWED_RECIPIENT_DOMAINS
      ? { allowedRecipientDomains: c.DIPP_ALLOWED_RECIPIENT_DOMAINS.split(',') }
      : {}),
    ...(c.DIPP_EDGE_SECRET ? { edgeSecret: c.DIPP_EDGE_SECRET } : {}),
    evidenceBucket: c.DIPP_EVIDENCE_BUCKET,
    overviewCacheMs: c.DIPP_OVERVIEW_CACHE_MS,
    workingHours: parseWorkingHours(c.DIPP_WORKING_HOURS) ?? DEFAULT_WORKING_HOURS,
    alertLimits: {
      perPersonPerHour: c.DIPP_ALERTS_PER_PERSON_PER_HOUR,
      perInspectionPerHour: c.DIPP_ALERTS_PER_INSPECTION_PER_HOUR,
    },
    reportSettings: c.DIPP_REPORT_SETTINGS,
    signIn: {
      ...(c.DIPP_OIDC_ISSUER ? { issuer: c.DIPP_OIDC_ISSUER } : {}),
      clientId: c.DIPP_OIDC_CLIENT_ID,
      cliClientId: c.DIPP_OIDC_CLI_CLIENT_ID,
      ...(c.DIPP_OIDC_LOGOUT_URL ? { logoutUrl: c.DIPP_OIDC_LOGOUT_URL } : {}),
      ...(c.DIPP_ALLOWED_GROUPS ? { allowedGroups: c.DIPP_ALLOWED_GROUPS.split(',') } : {}),
      sessionMaxSeconds: Math.round(c.DIPP_SESSION_MAX_HOURS * 3600),
      sessionIdleSeconds: c.DIPP_SESSION_IDLE_MINUTES * 60,
    },
  })),
);
export type AppConfig = z.infer<typeof appConfigSchema>;

/** Reads the configuration once, at the edge; a wrong value stops start-up with the variable named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = appConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`configuration is not valid: ${problemsIn(parsed.error, env)}`);
  }
  return parsed.data;
}
