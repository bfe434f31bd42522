// Serves the demo page (a local stand-in for a telehealth call) on 127.0.0.1 only.
// Used by `npm start` and by the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DEMO_PAGE = fileURLToPath(new URL('../demo/index.html', import.meta.url));
// Test fixtures for the on-call card: a video call (grid and bottom toolbar), an EHR form, a
// single-page app, a page that resets all styles and a page with the call in a frame.
const FIXTURES = {
  '/e2e/call': '../tests/e2e/fixtures/call.html',
  '/e2e/ehr': '../tests/e2e/fixtures/ehr.html',
  '/e2e/spa': '../tests/e2e/fixtures/spa.html',
  '/e2e/reset': '../tests/e2e/fixtures/reset.html',
  '/e2e/frames': '../tests/e2e/fixtures/frames.html',
};

/** Starts the server; resolves with its origin (http://127.0.0.1:PORT) and a close function. */
export async function startDemoServer(port = 0) {
  const server = createServer(async (req, res) => {
    const fixture = FIXTURES[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (fixture) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(await readFile(fileURLToPath(new URL(fixture, import.meta.url))));
    } else if (req.url === '/' || req.url?.startsWith('/call')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(await readFile(DEMO_PAGE));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
