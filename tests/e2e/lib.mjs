// Shared set-up for the end-to-end tests: serve the release bundle under a sub-path, start headless
// Chromium, and fail a test on any console error, uncaught exception, or request to another origin.
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const BASE = process.env.E2E_BASE ?? '/tanjung-barat/';
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
/// The day the bundle's pages were rendered for (LAYANAN_TODAY in scripts/test.sh).
export const BUILT = process.env.E2E_TODAY ?? '2026-12-01';

export async function startApp({ dist = DIST, chromiumArgs = [] } = {}) {
  const server = await startServer(dist, BASE);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Playwright gives every context a fresh temporary profile; these flags keep Chromium off the network.
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...chromiumArgs,
    ],
  });
  return {
    origin,
    url: (path = '') => `${origin}${BASE}${path.replace(/^\//, '')}`,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
      const page = await context.newPage();
      page.problems = [];
      // A static host answers a deep link that has no page of its own with 404.html and status 404: that is
      // the design, so a 404 for the document itself is expected. A 404 for anything else (an icon, a
      // stylesheet, a data file) is a broken build and fails the test.
      const documents = new Set();
      page.on('response', (res) => {
        if (res.request().resourceType() === 'document') documents.add(res.url());
        else if (res.status() >= 400 && res.url().startsWith(origin + BASE)) page.problems.push(`${res.status()} for ${res.url()}`);
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const at = msg.location().url ?? '';
        const documentNotFound = msg.text().includes('404') && documents.has(at);
        if (!documentNotFound) page.problems.push(`console error: ${msg.text()}`);
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

/// Waits until the pre-rendered page has hydrated: its islands answer taps and show what the phone keeps.
export async function appReady(page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/// Opens an app path in a new page and waits for the app.
export async function openPage(app, path, options) {
  const page = await app.newPage(options);
  await page.goto(app.url(path));
  await appReady(page);
  return page;
}

/// Fills every visible field of the feedback form with a valid answer, section by section, and finishes it.
/// Returns the answers as the check page showed them.
export async function finishFeedbackForm(page, app) {
  await page.goto(app.url('formulir/umpan-balik-layanan'));
  await appReady(page);
  for (let guard = 0; guard < 6; guard += 1) {
    if (await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).count()) break;
    for (const group of await page.locator('form fieldset').all()) {
      const first = group.locator('input[type=radio], input[type=checkbox]').first();
      if (await first.count()) await first.check();
    }
    for (const input of await page.locator('form input.field__input[type=text], form input.field__input[type=tel], form textarea').all()) {
      const id = await input.getAttribute('id');
      if (/telepon|hp|nomor/.test(id ?? '')) await input.fill('0812 3456 7890');
      else if (!(await input.inputValue())) await input.fill('Pelayanan cepat & ramah <b>sekali</b>');
    }
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.waitForTimeout(200);
  }
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  const answers = await page.locator('.answers__value').allTextContents();
  await page.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { level: 1, name: 'Formulir sudah lengkap' }).waitFor();
  return answers;
}

/// On a checker page, answers the question shown: "Saya tidak tahu" when `unknown`, else a real answer (the first
/// option, 2 people or a number, a birth date in 1990). Returns the question and the answer as the check page
/// shows it.
export async function answerCheckerQuestion(page, { unknown = false } = {}) {
  const members = page.getByLabel('Berapa orang yang tinggal serumah, termasuk Anda?');
  if (await members.count()) {
    await members.fill('2');
    const question = await page.getByRole('heading', { level: 1 }).textContent();
    await next(page);
    return { question, answer: '2' };
  }
  const question = await page.getByRole('heading', { level: 1 }).textContent();
  let answer;
  if (unknown) {
    await page.getByLabel('Saya tidak tahu').check();
    answer = 'Saya tidak tahu';
  } else if (await page.locator('#jawaban').count()) {
    const date = question.includes('tanggal');
    await page.locator('#jawaban').fill(date ? '01/02/1990' : '2');
    answer = date ? '1 Februari 1990' : '2';
  } else {
    const first = page.locator('.choices__input').first();
    await first.check();
    answer = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).textContent()).trim();
  }
  await next(page);
  return { question, answer };
}

async function next(page) {
  const before = page.url();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.waitForURL((url) => url.href !== before);
}

/// Keys of this app in localStorage, with the texts stored under them (read out of gloo-storage's JSON
/// layout; a value written bare by an older version as it is).
export function storedEntries(page) {
  return page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('tb:')).map(([k, v]) => {
    try { const text = JSON.parse(v); return [k, typeof text === 'string' ? text : v]; } catch { return [k, v]; }
  }));
}
