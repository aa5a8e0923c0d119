import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../functions/app/deps.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { startLocalServer, type LocalServer } from '../../functions/local/apiServer.js';
import { localSignIn } from '../../functions/local/localSignIn.js';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack.js';
import type { IdentityEvent } from '../../functions/ports/identityRecords.js';
import { markAnnounced, PEOPLE, SIGNED_IN, startEmulators, type Emulators } from '../integration/harness.js';

/**
 * What the sign-in attack tests share: a real-clock local stack on DynamoDB Local and the local SES
 * server, two inspections whose people differ (Wales and North East), and local servers that sign
 * people in at the embedded OpenID provider (its keys in a temporary folder). Fieldwork is in 2055,
 * so nothing falls due while the tests run.
 */
export const WALES = 'wales-2055-06-07';
export const NORTH_EAST = 'north-east-2055-05-10';

export const NORTH_EAST_PEOPLE = {
  lead: { name: 'Olu Other', email: 'other@officials.example' },
  isa: PEOPLE.isa,
  rpd: { name: 'Rory Northern', email: 'rpd@north-east.example' },
  spoc: { name: 'Nia North', email: 'spoc@north-east.example' },
  headOfProgramme: PEOPLE.headOfProgramme,
};

/** Whom to choose on the provider's sign-in page. */
export const WHO = {
  /** The inspection support administrator of both inspections. */
  admin: PEOPLE.isa.email,
  walesLead: PEOPLE.lead.email,
  /** Wales's SPOC: a region user of Wales. */
  walesRegion: PEOPLE.spoc.email,
  northEastLead: NORTH_EAST_PEOPLE.lead.email,
  /** North East's SPOC: a region user of North East. */
  northEastRegion: NORTH_EAST_PEOPLE.spoc.email,
};

export interface SignInStack {
  emulators: Emulators;
  stack: LocalStack;
  /** The server on the stack's own dependencies. */
  server: LocalServer;
  /** The folder the embedded provider keeps its keys in (made before it starts). */
  keysDir: string;
  /** Another server on the same stack (its own provider, the same keys), e.g. with other settings. */
  serve(deps: Deps, port: number): Promise<LocalServer>;
  stop(): Promise<void>;
}

export async function startSignInStack(options: {
  port: number;
  /** Runs before the first provider starts, e.g. to give it a signing key. */
  prepareKeys?: (keysDir: string) => Promise<void>;
}): Promise<SignInStack> {
  const emulators = await startEmulators();
  const servers: LocalServer[] = [];
  const tempDir = await mkdtemp(join(tmpdir(), 'dipp-attacks-'));
  const keysDir = join(tempDir, 'oidc');
  let stack: LocalStack | undefined;
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    await stack?.stop();
    await emulators.stop();
    await rm(tempDir, { recursive: true, force: true });
  };
  try {
    await mkdir(keysDir, { mode: 0o700 });
    await options.prepareKeys?.(keysDir);
    const started = await startLocalStack({
      clock: 'real',
      emulators,
      tableName: `attacks-${randomUUID().slice(0, 8)}`,
    });
    stack = started;
    for (const [region, fieldworkStart, people] of [
      ['Wales', '2055-06-07', PEOPLE],
      ['North East', '2055-05-10', NORTH_EAST_PEOPLE],
    ] as const) {
      const { inspection } = await started.run(() =>
        startInspection(started.deps, SIGNED_IN.isa, { region, fieldworkStart, people, acknowledgeClashes: true }),
      );
      // As if announced: work can be recorded only once it is (issue 18).
      await markAnnounced(started.deps, inspection.id);
    }
    const serve = async (deps: Deps, port: number) => {
      const server = await startLocalServer(deps, started.run, { port, signIn: localSignIn(deps, keysDir) });
      servers.push(server);
      return server;
    };
    const server = await serve(started.deps, options.port);
    return { emulators, stack: started, server, keysDir, serve, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The identity events recorded from `since` until now (they are kept by UTC day). */
export async function identityEventsSince(deps: Pick<Deps, 'identity'>, since: Date): Promise<IdentityEvent[]> {
  const days: string[] = [];
  for (let day = new Date(since.toISOString().slice(0, 10)); day <= new Date(); day = new Date(day.getTime() + 864e5)) {
    days.push(day.toISOString().slice(0, 10));
  }
  const events = (await Promise.all(days.map((day) => deps.identity.identityEvents(day)))).flat();
  return events.filter((event) => event.at >= since.toISOString()).sort((a, b) => a.at.localeCompare(b.at));
}

/** The CSRF token a page's forms carry. */
export function csrfTokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no form with a CSRF token');
  return token;
}
