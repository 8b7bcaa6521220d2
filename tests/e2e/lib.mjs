// Shared set-up for the end-to-end tests: serve the release bundle under a sub-path, start headless
// Chromium, and fail a test on any console error, uncaught exception, or request to another origin.
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const BASE = process.env.E2E_BASE ?? '/tanjung-barat/';
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';

export async function startApp({ dist = DIST } = {}) {
  const server = await startServer(dist, BASE);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Playwright gives every context a fresh temporary profile; these flags keep Chromium off the network.
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    origin,
    url: (path = '') => `${origin}${BASE}${path.replace(/^\//, '')}`,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
      const page = await context.newPage();
      page.problems = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // A static host answers deep links with 404.html and status 404: that is the design, not an error.
        const isDeepLink404 = msg.text().includes('404') && msg.location().url?.startsWith(origin + BASE);
        if (!isDeepLink404) page.problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (e) => page.problems.push(`uncaught: ${e.message}`));
      page.on('request', (req) => {
        page.requests = (page.requests ?? 0) + 1;
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          page.problems.push(`request to another origin: ${url}`);
        }
      });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/// Waits until the app (not the static first-paint shell) is on screen.
export async function appReady(page) {
  await page.locator('main#isi:not([aria-busy])').waitFor();
}
