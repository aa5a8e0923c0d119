/**
 * A small cookie-keeping "browser" for tests: fetch with redirects followed by hand, forms posted
 * as a browser posts them, no JavaScript. Enough to sign in through an OpenID provider's pages.
 */
export class HttpBrowser {
  readonly cookies = new Map<string, string>();

  async request(
    url: string | URL,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.trim().split('=');
      const gone =
        value.join('') === '' ||
        attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    const location = response.headers.get('location');
    return { response, body: await response.text(), location: location ? new URL(location, url).href : undefined };
  }

  /** Follows redirects until a page answers, or until the browser is sent somewhere starting with `stopAt`. */
  async follow(
    url: string | URL,
    init: { form?: Record<string, string>; stopAt?: string; headers?: Record<string, string> } = {},
  ) {
    let step = await this.request(url, init);
    while (step.location && !(init.stopAt && step.location.startsWith(init.stopAt))) {
      step = await this.request(step.location);
    }
    return step;
  }
}

/** The local provider's sign-in page: where its form posts and the people it offers. */
export function signInForm(html: string): { action?: string; people: string[] } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const people = [...html.matchAll(/name="person" type="radio" value="([^"]+)"/g)].map((match) => match[1] as string);
  return { ...(action ? { action } : {}), people };
}

/**
 * Opens `url` on the pages, is sent to sign in, chooses `email` on the local provider's page, and
 * comes back: the last answer (the page asked for, normally).
 */
export async function signInThroughPages(browser: HttpBrowser, url: string, email: string) {
  const first = await browser.follow(url);
  const form = signInForm(first.body);
  if (!form.action) throw new Error(`no sign-in form at ${first.response.url}: ${first.response.status}`);
  return browser.follow(new URL(form.action, first.response.url), { form: { person: email } });
}
