import type { Principal } from '../../domain/access.js';
import { startLocalIdentityProvider, type LocalIdentityProviderOptions } from '../identityProvider.js';

/**
 * The local OpenID provider in a process of its own, started by `localSignIn`: the local runtime's
 * simulated clock fakes `Date` in its process, and a provider there would date its tokens and
 * sessions in simulated time. This process keeps real time; it asks its parent who may sign in.
 */
type Options = Omit<LocalIdentityProviderOptions, 'people'>;

const options = JSON.parse(process.argv[2] ?? '{}') as Options;
let asked = 0;
const waiting = new Map<number, (people: Principal[]) => void>();
process.on('message', (message: { type?: string; id?: number; people?: Principal[] }) => {
  if (message.type === 'people' && message.id !== undefined) waiting.get(message.id)?.(message.people ?? []);
  if (message.id !== undefined) waiting.delete(message.id);
});
// The parent gone (ended, or crashed): so is this process.
process.on('disconnect', () => process.exit(0));

const people = () =>
  new Promise<Principal[]>((resolve) => {
    asked += 1;
    waiting.set(asked, resolve);
    process.send?.({ type: 'people?', id: asked });
  });

const provider = await startLocalIdentityProvider({ ...options, people });
process.send?.({ type: 'ready', issuer: provider.issuer });
