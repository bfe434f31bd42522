// Finds a Firefox ESR (142 or later) to run the extension's Firefox build in. FIREFOX_PATH wins;
// otherwise the usual Debian/Ubuntu/macOS locations. Never downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox-esr/firefox-esr',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const NO_FIREFOX_MESSAGE = [
  'No Firefox ESR was found for the Firefox end-to-end tests.',
  'Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`, which must give 142 or later)',
  'or set FIREFOX_PATH to its executable, for example: FIREFOX_PATH=/usr/bin/firefox-esr npm test',
].join('\n');

export function findFirefox(env = process.env) {
  if (env.FIREFOX_PATH) {
    if (!existsSync(env.FIREFOX_PATH)) throw new Error(`FIREFOX_PATH=${env.FIREFOX_PATH} does not exist.\n${NO_FIREFOX_MESSAGE}`);
    return env.FIREFOX_PATH;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(NO_FIREFOX_MESSAGE);
  return found;
}
