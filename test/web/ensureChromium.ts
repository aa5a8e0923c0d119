// Run by `npm test` before the suite: the browser tests need Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const say = (line: string) => process.stdout.write(`${line}\n`);

if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  process.stderr.write(`Error: CHROMIUM_PATH is ${path}, and there is no Chromium there.\n`);
  process.exit(1);
}
const root = process.getuid?.() === 0;
const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((candidate) => existsSync(candidate));
if (!root || !aptGet) {
  process.stderr.write(
    [
      'Error: the browser tests need Chromium, and it is not installed.',
      "Install Debian's package with:  sudo apt-get install chromium",
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
say("Installing Debian's Chromium for the browser tests (apt-get install chromium)…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync(aptGet, ['update', '-qq'], { stdio: 'inherit', env });
execFileSync(aptGet, ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(path)) {
  process.stderr.write(`Error: apt-get finished, but there is still no Chromium at ${path}.\n`);
  process.exit(1);
}
say(`Chromium installed at ${path}.`);
