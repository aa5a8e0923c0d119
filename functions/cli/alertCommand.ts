import { parseArgs } from 'node:util';
import type { FieldError } from '../domain/validation.js';
import type { AlertRecord } from '../ports/records.js';
import { UsageError, type CommandContext } from './command.js';
import { credentialsFile } from './credentials.js';
import { apiUrl, currentSignIn, isLocalApi, signInHint } from './loginCommand.js';

export const ALERT_USAGE = `Usage: npm run dipp -- alert <action> [ALERT] [options]

Works through the HTTP API (the running local stack's, or --api), as the person signed in there:
sign in first with npm run dipp -- login [--api URL]. What you may do depends on your role: the
lead raises alerts and confirms, asks for more evidence, assures, withdraws and marks them described
(administrators too; an alert they raise waits for the lead, and nobody confirms their own); an
assistant inspector raises alerts for the lead to confirm; the region acknowledges and submits
evidence (an administrator may, on behalf of the region, with --on-behalf-reason). Before fieldwork
only the lead may raise an alert, with --before-fieldwork-reason.

  raise        --inspection ID --type individual|organisational --category CATEGORY
               [--case REF] --what-might-happen TEXT --how-serious TEXT --how-imminent TEXT
               --action TEXT [--acknowledge-within-hours N] [--evidence-within-hours N]
               [--before-fieldwork-reason TEXT]
  confirm      ALERT
  acknowledge  ALERT [--on-behalf-reason TEXT]
  evidence     ALERT --summary TEXT [--on-behalf-reason TEXT]
  more-evidence ALERT --note TEXT --evidence-by YYYY-MM-DD
  assure       ALERT --note TEXT
  withdraw     ALERT --reason TEXT
  described    ALERT           (an organisational alert is described in the report)
  list         [--inspection ID] [--open]
  show         ALERT

Categories: risk-of-harm-to-others, risk-to-person-on-probation, organisational-practice.
A case is named only by its opaque reference (--case), never by a person's name.

Options:
  --json       print the alert (or the list) as JSON
  --api URL    the API (default: what npm start wrote to .local/stack.json, or http://127.0.0.1:3000)`;

/** The API's name for each action a person takes on an alert. */
const PERSON_ACTIONS: Record<string, string> = {
  confirm: 'confirm',
  acknowledge: 'acknowledge',
  evidence: 'submit-evidence',
  'more-evidence': 'request-more-evidence',
  assure: 'assure',
  withdraw: 'withdraw',
  described: 'mark-in-report',
};

function describe(alert: AlertRecord): string {
  const lines = [
    `${alert.ref}  ${alert.type} alert, ${alert.category}  status: ${alert.status}`,
    `  inspection ${alert.inspectionId}; raised ${alert.raised.at} by ${alert.raised.by}${alert.caseReference ? `; case ${alert.caseReference}` : ''}`,
  ];
  if (alert.acknowledgeBy) lines.push(`  acknowledge by ${alert.acknowledgeBy}; evidence by ${alert.evidenceBy ?? ''}`);
  for (const escalation of alert.escalations) {
    lines.push(`  escalated to ${escalation.to} at ${escalation.at} (${escalation.after} overdue)`);
  }
  if (alert.type === 'organisational') {
    lines.push(`  described in the report: ${alert.describedInReport ? 'yes' : 'not yet'}`);
  }
  return lines.join('\n');
}

export async function alertCommand(args: string[], context: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        inspection: { type: 'string' },
        type: { type: 'string' },
        category: { type: 'string' },
        case: { type: 'string' },
        'what-might-happen': { type: 'string' },
        'how-serious': { type: 'string' },
        'how-imminent': { type: 'string' },
        action: { type: 'string' },
        summary: { type: 'string' },
        reason: { type: 'string' },
        note: { type: 'string' },
        'evidence-by': { type: 'string' },
        'on-behalf-reason': { type: 'string' },
        'before-fieldwork-reason': { type: 'string' },
        open: { type: 'boolean' },
        json: { type: 'boolean' },
        api: { type: 'string' },
        'acknowledge-within-hours': { type: 'string' },
        'evidence-within-hours': { type: 'string' },
      },
    });
  } catch (error) {
    if (args.some((arg) => /^--(by|as)(=|$)/.test(arg))) {
      throw new UsageError('--by and --as are gone: you act as who you signed in as (npm run dipp -- login)');
    }
    throw new UsageError((error as Error).message);
  }
  const { values: o, positionals } = parsed;
  const [verb, alertId, ...extra] = positionals;
  if (!verb)
    throw new UsageError(
      'say what to do: raise, confirm, acknowledge, evidence, more-evidence, assure, withdraw, described, list or show',
    );
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`);
  const api = apiUrl(o.api);

  let request: { method: 'GET' | 'POST'; path: string; body?: unknown };
  if (verb === 'raise') {
    const hours = (value: string | undefined, name: string) => {
      if (value === undefined) return undefined;
      const number = Number(value);
      if (!Number.isInteger(number)) throw new UsageError(`--${name} must be a whole number of hours, not "${value}"`);
      return number;
    };
    const acknowledgeWithinHours = hours(o['acknowledge-within-hours'], 'acknowledge-within-hours');
    const evidenceWithinHours = hours(o['evidence-within-hours'], 'evidence-within-hours');
    const deadlines = {
      ...(acknowledgeWithinHours !== undefined ? { acknowledgeWithinHours } : {}),
      ...(evidenceWithinHours !== undefined ? { evidenceWithinHours } : {}),
    };
    request = {
      method: 'POST',
      path: '/api/alerts',
      body: {
        inspectionId: o.inspection,
        type: o.type,
        category: o.category,
        ...(o.case ? { caseReference: o.case } : {}),
        whatMightHappen: o['what-might-happen'],
        howSerious: o['how-serious'],
        howImminent: o['how-imminent'],
        actionRequested: o.action,
        ...(Object.keys(deadlines).length > 0 ? { deadlines } : {}),
        ...(o['before-fieldwork-reason'] !== undefined ? { beforeFieldworkReason: o['before-fieldwork-reason'] } : {}),
      },
    };
  } else if (verb === 'list') {
    const query = new URLSearchParams({
      ...(o.inspection ? { inspectionId: o.inspection } : {}),
      ...(o.open ? { open: 'true' } : {}),
    });
    request = { method: 'GET', path: `/api/alerts${query.size > 0 ? `?${query}` : ''}` };
  } else if (verb === 'show') {
    if (!alertId) throw new UsageError('name the alert: alert show ALERT');
    request = { method: 'GET', path: `/api/alerts/${encodeURIComponent(alertId)}` };
  } else {
    const action = PERSON_ACTIONS[verb];
    if (!action) throw new UsageError(`unknown alert action "${verb}"`);
    if (!alertId) throw new UsageError(`name the alert: alert ${verb} ALERT`);
    request = {
      method: 'POST',
      path: `/api/alerts/${encodeURIComponent(alertId)}/${action}`,
      body: {
        ...(o.summary !== undefined ? { summary: o.summary } : {}),
        ...(o.reason !== undefined ? { reason: o.reason } : {}),
        ...(o.note !== undefined ? { note: o.note } : {}),
        ...(o['evidence-by'] !== undefined ? { evidenceBy: o['evidence-by'] } : {}),
        ...(o['on-behalf-reason'] !== undefined ? { onBehalfReason: o['on-behalf-reason'] } : {}),
      },
    };
  }

  // Who acts is who signed in at this API (renewed here if their ID token has expired).
  const signedIn = await currentSignIn(credentialsFile(), api, context.now());
  if (!signedIn.ok) {
    context.stderr(`${signInHint(api)}\n  (${signedIn.reason})`);
    return 2;
  }

  let response: Response;
  try {
    response = await fetch(`${api}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${signedIn.credentials.idToken}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch {
    context.stderr(
      isLocalApi(api)
        ? `Error: the local stack is not answering at ${api}. Start it in another terminal with: npm start -- --clock real`
        : `Error: the API is not answering at ${api}.`,
    );
    return 1;
  }
  if (response.status === 401) {
    const refused = (await response.json().catch(() => ({}))) as { message?: string };
    const reason = refused.message?.replace(/^sign in first: /, '') ?? response.statusText;
    context.stderr(`${signInHint(api)}\n  (the API refused your sign-in: ${reason})`);
    return 2;
  }
  const payload = (await response.json()) as { value?: unknown; message?: string; errors?: FieldError[] };
  if (!response.ok) {
    context.stderr(`Error: ${payload.message ?? response.statusText}`);
    for (const error of payload.errors ?? []) {
      context.stderr(
        `  ${error.field}: ${error.message}${error.value === undefined ? '' : ` (given: ${JSON.stringify(error.value)})`}`,
      );
    }
    return response.status >= 500 ? 1 : 2;
  }
  if (o.json) {
    context.stdout(JSON.stringify(payload.value, null, 2));
  } else if (Array.isArray(payload.value)) {
    const alerts = payload.value as AlertRecord[];
    context.stdout(alerts.length === 0 ? 'No alerts.' : alerts.map(describe).join('\n'));
  } else {
    context.stdout(describe(payload.value as AlertRecord));
  }
  return 0;
}
