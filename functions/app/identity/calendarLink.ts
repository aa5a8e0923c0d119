import type { Principal } from '../../domain/access.js';
import type { Language } from '../../domain/planner.js';
import { said } from '../../domain/messages/said.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { personCalendar } from '../queries/calendars.js';
import type { FileResult } from '../queries/views.js';
import { hashOf, isSecret, newSecret } from './identityDeps.js';

/**
 * A personal calendar subscription link: the one way to the service without a session or a token,
 * because Outlook and Google Calendar subscribe to a URL and send nothing else. The link carries a
 * 256-bit secret; the store keeps only its hash; it shows only its owner's milestones and no case
 * data; resetting it stops the old link at once.
 */

/** When the person's link was made, if they have one (the link itself is shown only when made). */
export async function calendarLinkStatus(deps: Pick<Deps, 'identity'>, principal: Principal) {
  const link = await deps.identity.calendarLinkOf(principal.email);
  return link ? { createdAt: link.createdAt } : undefined;
}

/** Makes the person a new link (the old one, if any, stops working) and records it. */
export async function resetCalendarLink(deps: Pick<Deps, 'identity' | 'clock' | 'config'>, principal: Principal) {
  const secret = newSecret();
  const at = deps.clock.now().toISOString();
  await deps.identity.replaceCalendarLink({ link: { secretHash: hashOf(secret), principal, createdAt: at } });
  await deps.identity.recordIdentityEvent({ at, action: 'calendar link reset', person: principal.email });
  return { url: `${deps.config.baseUrl}/calendar/${secret}.ics` };
}

/** The feed behind a link: its owner's calendar, as they would see it signed in, in English or Welsh. */
export async function calendarBySecret(deps: Deps, secret: unknown, lang: Language = 'en'): Promise<FileResult> {
  const link = isSecret(secret) ? await deps.identity.findCalendarLink(hashOf(secret)) : undefined;
  if (!link) throw new NotFoundError(said('access.noCalendar'));
  return personCalendar(deps, link.principal, { email: link.principal.email }, lang);
}
