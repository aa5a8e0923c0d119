// `npm start`: the whole system on this machine, on AWS's emulators.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// As deployed: each person's programme overview kept five seconds (read again after it).
process.env.DIPP_OVERVIEW_CACHE_MS ??= '5000';

import { parseArgs } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startInspection } from '../app/inspections/startInspection.js';
import { resumeEverything } from '../app/resumeEverything.js';
import { startLocalServer } from '../local/apiServer.js';
import { localSignIn } from '../local/localSignIn.js';
import { addDays, mondayOf, ukDateOf } from '../domain/localDate.js';
import { DEMO_ADMINISTRATOR, DEMO_START, demoProgramme } from '../local/demo.js';
import { sampleScript } from '../local/demoSample.js';
import { leaveOneUnderWay, runDemonstration } from '../local/demonstration.js';
import { startLocalStack, type LocalStack } from '../local/localStack.js';
import { printingNotifier, summaryLines, ukTime } from '../local/progress.js';
import { simulationReport, type SimulationReport } from '../local/report.js';
import type { Deps } from '../app/deps.js';
import { logger } from '../shared/logger.js';

// The demonstration prints its own progress; the structured logs are for Lambda.
logger.setLogLevel((process.env.POWERTOOLS_LOG_LEVEL as 'ERROR' | undefined) ?? 'ERROR');

const USAGE = `Usage: npm start [-- --clock simulated|real] [--inspections N] [--port PORT] [--ses-port PORT]
                 [--s3-port PORT] [--sign-in-port PORT] [--data-dir FOLDER]

  --clock simulated   (default) plays the demonstration programme of the 12 regional inspections
                      on a simulated clock, printing each notice as it is sent
  --clock real        runs the same stack on the real clock, keeping DynamoDB's data in
                      .local/dynamodb (and the evidence files in .local/dynamodb/evidence-s3);
                      restarting resumes every inspection
  --port              the pages and the API (default 3000)
  --ses-port          the local SES server and its page of sent emails (default 8005)
  --s3-port           the local S3 server (s3rver) holding the evidence files attached to alerts;
                      browsers upload to it directly (default 8007)
  --sign-in-port      the local OpenID provider (default 3009: keep it, so the issuer, and the
                      command line's sign-in, survive a restart)

Everything listens on 127.0.0.1 only, DynamoDB Local included.`;

const say = (line = '') => process.stdout.write(`${line}\n`);

async function waitForCtrlC(stack: LocalStack): Promise<void> {
  say('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('\nStopping the emulators…');
  await stack.stop();
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clock: { type: 'string', default: 'simulated' },
      inspections: { type: 'string', default: '12' },
      port: { type: 'string', default: '3000' },
      'ses-port': { type: 'string', default: '8005' },
      's3-port': { type: 'string', default: '8007' },
      'sign-in-port': { type: 'string', default: '3009' },
      'data-dir': { type: 'string', default: '.local/dynamodb' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return (say(USAGE), 0);
  if (values.clock !== 'simulated' && values.clock !== 'real') {
    process.stderr.write(`Error: --clock must be simulated or real, not "${values.clock}"\n\n${USAGE}\n`);
    return 2;
  }
  const count = Number(values.inspections);
  if (!Number.isInteger(count) || count < 1 || count > 5000) {
    process.stderr.write(`Error: --inspections must be a whole number from 1 to 5000, not "${values.inspections}"\n`);
    return 2;
  }
  const ports = {
    port: values.port,
    'ses-port': values['ses-port'],
    's3-port': values['s3-port'],
    'sign-in-port': values['sign-in-port'],
  };
  for (const [name, value] of Object.entries(ports)) {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      process.stderr.write(`Error: --${name} must be a port number from 1 to 65535, not "${value}"\n`);
      return 2;
    }
  }
  const [webPort, sesPort, s3Port, signInPort] = [
    ports.port,
    ports['ses-port'],
    ports['s3-port'],
    ports['sign-in-port'],
  ].map(Number);
  say(
    "Starting AWS's DynamoDB Local, the local SES and S3 servers and the lifecycle workflow (aws-local-stepfunctions)…",
  );

  if (values.clock === 'real') {
    const stack = await startLocalStack({ clock: 'real', dataDir: values['data-dir'], sesPort, s3Port });
    say(`Emails: http://127.0.0.1:${sesPort}/   DynamoDB: ${stack.dynamo.endpoint} (data in ${values['data-dir']})`);
    say(`Evidence files: S3: ${stack.s3?.endpoint ?? 'none'} (bucket ${stack.deps.config.evidenceBucket})`);
    const existing = await stack.deps.timeline.listInspections();
    if (existing.length === 0) {
      const first = addDays(mondayOf(ukDateOf(new Date())), 28);
      for (const [index, item] of demoProgramme(count, first).entries()) {
        const state = await startInspection(stack.deps, DEMO_ADMINISTRATOR, {
          region: item.region,
          fieldworkStart: item.fieldworkStart,
          people: item.people,
          // The demonstration's programme, its clashes seen (the programme page names them).
          acknowledgeClashes: true,
        });
        // Its case sample drawn from a synthetic long-list, the team entered: issued with the announcement.
        const [drawSampleNow] = sampleScript(stack.deps, state, index + 1);
        await drawSampleNow?.act(stack.deps);
        say(`Planned ${state.inspection.region}: fieldwork from ${state.inspection.fieldworkStart}`);
      }
    } else {
      // The same resumption as the nightly function: drivers, alerts, and any publication to release.
      const resumed = await resumeEverything(stack.deps);
      say(
        `Resumed ${resumed.inspections.length} of ${existing.length} inspections and ${resumed.alerts.length} open alerts from DynamoDB.`,
      );
    }
    const server = await startLocalServer(stack.deps, stack.run, {
      port: webPort,
      signIn: localSignIn(stack.deps, '.local/oidc', signInPort),
    });
    mkdirSync('.local', { recursive: true, mode: 0o700 });
    writeFileSync(
      '.local/stack.json',
      `${JSON.stringify({ api: server.url, ses: `http://127.0.0.1:${sesPort}/`, issuer: server.issuer, cliClientId: stack.deps.config.signIn.cliClientId })}\n`,
    );
    say(`Dashboard: ${server.url}/ (you will be asked to sign in: choose anyone named in the inspections; local only)`);
    say(`API: ${server.url}/api/… with a bearer token: npm run dipp -- login, then npm run dipp -- alert --help`);
    say('Notices go out at their real times (09:00 UK time on working days).');
    await waitForCtrlC(stack);
    return 0;
  }

  const stack = await startLocalStack({
    clock: 'simulated',
    start: DEMO_START,
    sesPort,
    s3Port,
    decorateNotifier: (inner) => printingNotifier(inner, { now: () => new Date() }, say),
  });
  say(`Emails: every notice can be read at http://127.0.0.1:${sesPort}/ (the local SES server's page).`);
  const server = await startLocalServer(stack.deps, stack.run, {
    port: webPort,
    signIn: localSignIn(stack.deps, '.local/oidc', signInPort),
  });
  say(
    `Dashboard: ${server.url}/ (sign in once the demonstration has finished: choose anyone named in it; local only).`,
  );
  say(`Sign-in: the local OpenID provider at ${server.issuer}`);
  say(`Simulated clock from ${ukTime(DEMO_START)}: ${count} inspections, a line per notice as it is sent.\n`);
  const started = performance.now();
  const result = await runDemonstration(stack, {
    count,
    onAction: (action, at) => say(`${ukTime(at)}  ${action.inspectionId.padEnd(34)} ${action.describe}`),
  });
  const report = await simulationReport(stack.deps, stack.ses);
  for (const line of summaryLines(report)) say(line);
  for (const line of await confirmedWarnings(stack.deps, report)) say(line);
  const underWay = await leaveOneUnderWay(stack);
  say(
    `\nStill under way: ${underWay.inspection.region}'s next inspection (fieldwork from ${underWay.inspection.fieldworkStart}), announced with its case sample. Sign in as its SPOC, ${underWay.inspection.people.spoc?.name ?? underWay.inspection.people.rpd.name}, to ask for a change to the sample, and as its lead, ${underWay.inspection.people.lead.name}, to decide it.`,
  );
  say(
    `\nSimulated ${ukTime(DEMO_START)} to ${ukTime(stack.deps.clock.now())} in ${((performance.now() - started) / 1000).toFixed(1)} s; ${result.actions} actions by people, ${result.failedActions} failed.`,
  );
  // Real time again (signing in needs it); the service's date stays where the simulation ended.
  stack.simulation?.freeze();
  say(`Read every email at http://127.0.0.1:${sesPort}/ and see every inspection at ${server.url}/`);
  await waitForCtrlC(stack);
  await server.stop();
  return 0;
}

/** The warnings an administrator confirmed when moving an inspection's dates (London's clash), from the audit trail. */
async function confirmedWarnings(deps: Pick<Deps, 'timeline'>, report: SimulationReport): Promise<string[]> {
  const lines: string[] = [];
  for (const inspection of report.inspections.filter((i) => i.planVersion > 1)) {
    for (const entry of await deps.timeline.auditTrail(inspection.id)) {
      const warnings = (entry.after as { warningsConfirmed?: string[] } | undefined)?.warningsConfirmed ?? [];
      if (entry.action !== 'dates changed' || warnings.length === 0) continue;
      lines.push('', `  ${inspection.region}'s dates were moved past these warnings, confirmed by ${entry.actor}:`);
      lines.push(...warnings.map((warning) => `  - ${warning}`));
    }
  }
  return lines;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
