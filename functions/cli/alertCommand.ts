import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { FieldError } from '../domain/validation.js';
import type { AlertRecord } from '../ports/records.js';
import { UsageError, type CommandContext } from './command.js';

export const ALERT_USAGE = `Usage: npm run dipp -- alert <action> [ALERT] [options]

Works against the running local stack (npm start -- --clock real), through its HTTP API.

  raise        --inspection ID --type individual|organisational --category CATEGORY
               [--case REF] --what-might-happen TEXT --how-serious TEXT --how-imminent TEXT
               --action TEXT --by NAME [--as inspector|lead]
               [--acknowledge-within-hours N] [--evidence-within-hours N]
  confirm      ALERT --by LEAD
  acknowledge  ALERT --by RPD-OR-SPOC
  evidence     ALERT --by RPD-OR-SPOC --summary TEXT
  assure       ALERT --by LEAD
  withdraw     ALERT --by LEAD --reason TEXT
  described    ALERT --by LEAD           (an organisational alert is described in the report)
  list         [--inspection ID] [--open]
  show         ALERT

Categories: risk-of-harm-to-others, risk-to-person-on-probation, organisational-practice.
A case is named only by its opaque reference (--case), never by a person's name.

Options:
  --json       print the alert (or the list) as JSON
  --api URL    the local API (default: what npm start wrote to .local/stack.json, or http://127.0.0.1:3000)`;

/** Where the running local stack's API is. */
function apiUrl(option: string | undefined): string {
  if (option) return option.replace(/\/$/, '');
  if (process.env.DIPP_API_URL) return process.env.DIPP_API_URL.replace(/\/$/, '');
  try {
    const file = JSON.parse(readFileSync('.local/stack.json', 'utf8')) as { api?: string };
    if (file.api) return file.api;
  } catch {
    // No stack file: the default port.
  }
  return 'http://127.0.0.1:3000';
}

const PERSON_ACTIONS: Record<string, { action: string; as: 'lead' | 'region' }> = {
  confirm: { action: 'confirm', as: 'lead' },
  acknowledge: { action: 'acknowledge', as: 'region' },
  evidence: { action: 'submit-evidence', as: 'region' },
  assure: { action: 'assure', as: 'lead' },
  withdraw: { action: 'withdraw', as: 'lead' },
  described: { action: 'mark-in-report', as: 'lead' },
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
        by: { type: 'string' },
        as: { type: 'string' },
        summary: { type: 'string' },
        reason: { type: 'string' },
        open: { type: 'boolean' },
        json: { type: 'boolean' },
        api: { type: 'string' },
        'acknowledge-within-hours': { type: 'string' },
        'evidence-within-hours': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: o, positionals } = parsed;
  const [verb, alertId, ...extra] = positionals;
  if (!verb)
    throw new UsageError(
      'say what to do: raise, confirm, acknowledge, evidence, assure, withdraw, described, list or show',
    );
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`);
  const api = apiUrl(o.api);

  // Who is acting: the local server signs the command line in as this person (local only).
  let request: { method: 'GET' | 'POST'; path: string; body?: unknown; as?: string };
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
      },
      as: o.as ?? 'inspector',
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
    const person = PERSON_ACTIONS[verb];
    if (!person) throw new UsageError(`unknown alert action "${verb}"`);
    if (!alertId) throw new UsageError(`name the alert: alert ${verb} ALERT --by NAME`);
    request = {
      method: 'POST',
      path: `/api/alerts/${encodeURIComponent(alertId)}/${person.action}`,
      as: o.as ?? person.as,
      body: {
        ...(o.summary !== undefined ? { summary: o.summary } : {}),
        ...(o.reason !== undefined ? { reason: o.reason } : {}),
      },
    };
  }

  let response: Response;
  try {
    response = await fetch(`${api}${request.path}`, {
      method: request.method,
      headers: {
        'content-type': 'application/json',
        'x-dipp-local-person': o.by ?? 'local command line',
        'x-dipp-local-as': request.as ?? 'inspector',
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch {
    context.stderr(
      `Error: the local stack is not answering at ${api}. Start it in another terminal with: npm start -- --clock real`,
    );
    return 1;
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
