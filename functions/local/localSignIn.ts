import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Deps } from '../app/deps.js';
import type { Principal } from '../domain/access.js';
import { TYPESCRIPT_LOADER } from './processes.js';
import { localPeople } from './signIn.js';

/**
 * Who signs people in on one machine: the issuer the configuration names (Entra ID, Cognito: a
 * team's real accounts, `DIPP_OIDC_ISSUER`), or else the embedded provider, whose accounts are the
 * people stored in the inspections, its keys kept under `keysDir`. The embedded provider runs in a
 * process of its own, on real time (functions/local/identity/processMain.ts), and ends with this one.
 */
export function localSignIn(
  deps: Pick<Deps, 'config' | 'timeline'>,
  keysDir = '.local/oidc',
  /** 0: any free port (tests); `npm start` keeps one, so the issuer, and the command line's sign-in, survive a restart. */
  port = 0,
) {
  return async (baseUrl: string): Promise<{ issuer: string; stop?: () => Promise<void> }> => {
    const { issuer } = deps.config.signIn;
    if (issuer) return { issuer };
    const script = fileURLToPath(new URL('./identity/processMain.ts', import.meta.url));
    const options = {
      port,
      keysDir,
      pagesRedirectUri: `${baseUrl}/sign-in/callback`,
      pagesPostLogoutRedirectUri: `${baseUrl}/signed-out`,
    };
    const child = fork(script, [JSON.stringify(options)], {
      execArgv: ['--import', TYPESCRIPT_LOADER, '--no-warnings'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const answer = (id: number, people: Principal[]) => child.send({ type: 'people', id, people });
    const started = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the local OpenID provider did not start')), 30_000);
      child.on('message', (message: { type?: string; id?: number; issuer?: string }) => {
        if (message.type === 'ready' && message.issuer) {
          clearTimeout(timer);
          resolve(message.issuer);
        }
        if (message.type === 'people?' && message.id !== undefined) {
          const id = message.id;
          localPeople(deps.timeline).then(
            (people) => answer(id, people),
            () => answer(id, []),
          );
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the local OpenID provider stopped (${code ?? 'signal'})`));
      });
    });
    return {
      issuer: started,
      stop: async () => {
        if (child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      },
    };
  };
}
