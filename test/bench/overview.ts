// npm run bench (or tsx test/bench/overview.ts [12 1000]): the programme overview under load on the
// local stack. Stores a programme (the demonstration's inspections, planned but not driven), starts
// the pages and API server as `npm start` does, signs an administrator in, and runs autocannon at 50
// connections against the overview's API route and its page. Figures, not pass/fail: the target
// (p99 under 100 ms with 1,000 inspections) is in the README.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// As the API's and the pages' functions are deployed: each person's overview kept five seconds.
process.env.DIPP_OVERVIEW_CACHE_MS ??= '5000';

import autocannon from 'autocannon';
import { mkdtemp, rm } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../functions/app/deps.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { overviewRows } from '../../functions/app/queries/overview.js';
import { addDays, mondayOf, ukDateOf } from '../../functions/domain/localDate.js';
import { REGIONS } from '../../functions/domain/regions.js';
import { startLocalServer } from '../../functions/local/apiServer.js';
import { DEMO_ADMINISTRATOR, demoProgramme, freeWeeks } from '../../functions/local/demo.js';
import { localSignIn } from '../../functions/local/localSignIn.js';
import { startLocalStack } from '../../functions/local/localStack.js';
import { logger } from '../../functions/shared/logger.js';
import { cliIdToken } from '../support/bearerTokens.js';
import { HttpBrowser, signInThroughPages } from '../support/httpBrowser.js';

logger.setLogLevel('SILENT');

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** Plans the programme's inspections as an administrator would, without starting their workflows. */
async function storeProgramme(deps: Deps, count: number) {
  const quiet: Deps = { ...deps, driver: { start: async () => undefined, stop: async () => undefined } };
  // Each region once a week from four weeks ahead, its people the demonstration's for the region.
  const first = addDays(mondayOf(ukDateOf(new Date())), 28);
  const regions = demoProgramme(REGIONS.length, first);
  const freeWeek = freeWeeks(deps.calendar);
  const programme = Array.from({ length: count }, (_, index) => {
    const { region, people } = regions[index % regions.length] as (typeof regions)[number];
    const fieldworkStart = freeWeek(region, addDays(first, 7 * Math.floor(index / regions.length)));
    return { region, fieldworkStart, people };
  });
  let next = 0;
  const worker = async () => {
    for (let item = programme[next++]; item; item = programme[next++]) {
      await startInspection(quiet, DEMO_ADMINISTRATOR, {
        region: item.region,
        fieldworkStart: item.fieldworkStart,
        people: item.people,
        // Twelve a week with the region's same people: clashes by design (the programme page names them).
        acknowledgeClashes: true,
      });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return programme;
}

async function load(title: string, url: string, headers: Record<string, string>) {
  // On a worker thread of its own, so the load generator does not take the server's event loop.
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, workers: 1 });
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    [title]: `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, ${result.requests.average.toFixed(0)} requests/s, ${(result.throughput.average / 1e6).toFixed(1)} MB/s${failed ? `, ${failed} failed` : ''}`,
  };
}

/** Every inspection the API lists, following each page's `nextLink` (`{ value: [...], nextLink? }`). */
async function countListed(first: string, headers: Record<string, string>): Promise<number> {
  let listed = 0;
  for (let url: string | undefined = first; url;) {
    const answer = await fetch(url, { headers });
    if (answer.status !== 200) throw new Error(`the API answered ${answer.status} for ${url}`);
    const page = (await answer.json()) as { value: unknown[]; nextLink?: string };
    listed += page.value.length;
    url = page.nextLink ? new URL(page.nextLink, first).href : undefined;
  }
  return listed;
}

/**
 * Reading the overview afresh, as each container does every DIPP_OVERVIEW_CACHE_MS: how long it
 * takes, and the longest the event loop was held meanwhile (what a request answered from the kept
 * overview may wait for). The median of three.
 */
async function readAfresh(deps: Deps) {
  const fresh: Deps = { ...deps, config: { ...deps.config, overviewCacheMs: 0 } };
  const runs: { took: number; held: number }[] = [];
  for (let run = 0; run < 3; run++) {
    const held = monitorEventLoopDelay({ resolution: 5 });
    held.enable();
    const start = performance.now();
    await overviewRows(fresh, DEMO_ADMINISTRATOR);
    runs.push({ took: performance.now() - start, held: held.max / 1e6 });
    held.disable();
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[1] ?? 0;
  return `${median(runs.map((r) => r.took)).toFixed(0)} ms, the event loop held at most ${median(runs.map((r) => r.held)).toFixed(0)} ms`;
}

async function bench(count: number) {
  const stack = await startLocalStack({ clock: 'real' });
  const keysDir = await mkdtemp(join(tmpdir(), 'dipp-bench-oidc-'));
  try {
    const storing = performance.now();
    const programme = await storeProgramme(stack.deps, count);
    const stored = (performance.now() - storing) / 1000;
    const server = await startLocalServer(stack.deps, stack.run, {
      port: 3400,
      signIn: localSignIn(stack.deps, keysDir),
    });
    try {
      const admin = programme[0]?.people.isa.email ?? '';
      const token = await cliIdToken(server.issuer, admin);
      const browser = new HttpBrowser();
      const signedIn = await signInThroughPages(browser, `${server.url}/`, admin);
      if (signedIn.response.status !== 200) throw new Error(`the page answered ${signedIn.response.status}`);
      const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const api = { url: `${server.url}/api/inspections`, headers: { authorization: `Bearer ${token}` } };
      const listed = await countListed(api.url, api.headers);
      if (listed !== count) throw new Error(`the API listed ${listed} of ${count}`);
      return {
        inspections: count,
        'stored in (s)': stored.toFixed(1),
        'overview read afresh': await readAfresh(stack.deps),
        // The first page (50, by fieldwork start), as the API answers unless asked for another.
        ...(await load(`GET /api/inspections (${CONNECTIONS} connections, ${SECONDS} s)`, api.url, api.headers)),
        ...(await load(`GET / (the page, ${CONNECTIONS} connections, ${SECONDS} s)`, `${server.url}/`, { cookie })),
      };
    } finally {
      await server.stop();
    }
  } finally {
    await stack.stop();
    await rm(keysDir, { recursive: true, force: true });
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
for (const count of sizes.length > 0 ? sizes : [12, 1000]) {
  const figures = await bench(count);
  process.stdout.write(`\nThe programme overview with ${count} inspections stored\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`  ${name.padEnd(52)} ${value}\n`);
}
