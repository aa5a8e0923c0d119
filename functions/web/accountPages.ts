import { calendarLinkStatus, resetCalendarLink } from '../app/identity/calendarLink.js';
import { mayChooseWelsh } from './i18n/language.js';
import type { PageKit } from './pageKit.js';
import type { WebRequest } from './responses.js';

/** The signed-in person's own things: their calendar subscription link. */
export function accountPages({ deps, page }: PageKit) {
  async function calendarLink(request: WebRequest) {
    const link = await calendarLinkStatus(deps, request.principal);
    return page(request, 200, 'calendar-link.njk', { link });
  }

  async function newCalendarLink(request: WebRequest) {
    const { url } = await resetCalendarLink(deps, request.principal);
    // The same feed with Welsh titles, for those who may have the pages in Welsh (webApp.ts).
    const welshUrl = mayChooseWelsh(request.principal) ? `${url}?lang=cy` : undefined;
    return page(request, 200, 'calendar-link.njk', { url, welshUrl, link: undefined });
  }

  return { calendarLink, newCalendarLink };
}
