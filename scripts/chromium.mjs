// @ts-check
// The Chromium that the reference pages' browser check (scripts/reference.test.ts) drives with
// puppeteer-core. puppeteer-core never downloads a browser; this finds one on the machine:
// $CHROMIUM_PATH when set, else Debian's `chromium` or another usual install.
//   node scripts/chromium.mjs     prints the path, or says what is missing and exits 1
// scripts/install-chromium.sh uses it to decide whether to install Debian's package.
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Chromium is usually installed, in the order they are tried. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/**
 * Chromium's flags for the check. --no-sandbox because CI runs as root, where Chromium refuses
 * its sandbox. The rest keep Chromium itself from calling out (updates, sync, first-run pages),
 * so that every request the check sees comes from the page.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** @param {string} file */
function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to use, or why there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ path: string, missing?: undefined } | { path?: undefined, missing: string }}
 */
export function findChromium(env = process.env) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    return executable(chosen) ? { path: chosen } : { missing: `CHROMIUM_PATH is ${chosen}, which is not an executable file.` };
  }
  const found = CHROMIUM_CANDIDATES.find(executable);
  return found
    ? { path: found }
    : { missing: `no Chromium found (looked for ${CHROMIUM_CANDIDATES.join(', ')}); install Debian's chromium (sh scripts/install-chromium.sh) or set CHROMIUM_PATH.` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const chromium = findChromium();
  if (chromium.path) console.log(chromium.path);
  else {
    console.error(chromium.missing);
    process.exit(1);
  }
}
