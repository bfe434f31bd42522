// Finds a Chromium or Chrome to run the extension in. CHROME_PATH wins; otherwise the usual
// Debian/Ubuntu/macOS locations. Never downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const NO_BROWSER_MESSAGE = [
  'No Chromium or Chrome was found for the end-to-end tests.',
  'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable,',
  'for example: CHROME_PATH=/usr/bin/chromium npm test',
].join('\n');

export function findChrome(env = process.env) {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist.\n${NO_BROWSER_MESSAGE}`);
    return env.CHROME_PATH;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
