// After one visit the app works with no network; a new version waits for the resident; the page is locked
// down by its Content-Security-Policy (any violation is a console error, which fails every test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, appReady, BASE, DIST } from './lib.mjs';

// This file changes the served build, so it serves its own copy.
const dist = mkdtempSync(join(tmpdir(), 'e2e-dist-'));
cpSync(DIST, dist, { recursive: true });
let app;
before(async () => { app = await startApp({ dist }); });
after(async () => { await app.close(); });

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('after one visit, home, a deep link and the catalogue open with no network', async () => {
  const page = await app.newPage();
  await page.goto(app.url(''));
  await appReady(page);
  await controlled(page);
  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: /Layanan Terpadu/ }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Anda sedang offline' }).waitFor();
  await page.goto(app.url('layanan/akta-kelahiran'));
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Akta kelahiran' }).waitFor();
  await page.getByRole('checkbox', { name: /Kartu Keluarga/ }).check();
  await page.goto(app.url('layanan?q=posyandu'));
  await appReady(page);
  // The search works offline, and the service comes before the activities named like it.
  const first = page.locator('.service-list a').first();
  await first.waitFor();
  assert.match(await first.textContent(), /^Posyandu \(Pos Pelayanan Terpadu\)/);
  await page.context().setOffline(false);
  assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test('the manifest makes the app installable under the sub-path', async () => {
  const page = await app.newPage();
  await page.goto(app.url(''));
  await appReady(page);
  await controlled(page);
  // Chromium's own installability check (the one Lighthouse used to report).
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test browsers run every context like a private window, which by itself blocks installing; anything
  // else (manifest, icons, service worker, scope) would be listed here.
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  const res = await page.goto(app.url('manifest.webmanifest'));
  const manifest = await res.json();
  assert.equal(manifest.lang, 'id');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.ok(manifest.short_name.length <= 12);
  assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512', '512x512']);
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    const r = await page.request.get(app.url(icon.src));
    assert.equal(r.status(), 200, icon.src);
  }
});

test('a new version waits behind a banner and never reloads by itself; a draft being typed survives the update', async () => {
  const page = await app.newPage();
  await page.goto(app.url('formulir/sktm'));
  await appReady(page);
  await controlled(page);
  // Typed just now: the update comes while the draft still has unsaved changes.
  await page.getByLabel('Nama kepala keluarga').fill('Sedang diketik');
  // Publish a "new build": the worker's version changes.
  const sw = join(dist, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
  // The server prefers the pre-compressed copies; the new build's are written anew too.
  for (const suffix of ['.br', '.gz']) rmSync(sw + suffix, { force: true });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.getByRole('status').filter({ hasText: 'Versi baru tersedia' });
  await banner.waitFor();
  // Nothing happens until the resident chooses: a reload would keep the address but lose this marker.
  await page.evaluate(() => { window.__stillHere = true; });
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__stillHere), true, 'the page was not reloaded');
  assert.equal(new URL(page.url()).pathname, `${BASE}formulir/sktm/`);
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Muat ulang' }).click()]);
  await appReady(page);
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Sedang diketik');
  assert.equal(await banner.count(), 0);
  assert.deepEqual(page.problems, []);
});

test('the page declares a strict Content-Security-Policy', async () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  for (const rule of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data:"]) {
    assert.ok(csp.includes(rule), rule);
  }
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.ok(!csp.includes("'unsafe-inline'"));
  const sources = csp.split(';').map((d) => d.trim().split(/\s+/));
  assert.ok(sources.every((tokens) => !tokens.includes("'unsafe-eval'")), csp);
});

/// A form's code as the app writes it, here without compression (the app reads both): the payload's JSON
/// bytes in the code's 41-character alphabet, two bytes to three characters.
function codeOf(payload) {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$+-/:';
  const bytes = Buffer.from(JSON.stringify(payload));
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    let n = i + 1 < bytes.length ? bytes[i] * 256 + bytes[i + 1] : bytes[i];
    for (let k = 0; k < (i + 1 < bytes.length ? 3 : 2); k += 1) { out += alphabet[n % 41]; n = Math.floor(n / 41); }
  }
  return `LTB2:${out}`;
}

test('the office receives and registers a form with no network, once it has opened its pages', async () => {
  const page = await app.newPage();
  await page.clock.setFixedTime(new Date('2026-12-01T03:00:00Z'));
  const payload = (name) => ({ f: 'sktm', v: 1, t: '2026-12-01', a: { nama: name, nik: '3201014107800001', keperluan: 'berobat', 'tempat-berobat': 'Puskesmas', telepon: '081234567890' } });
  await page.goto(app.url(`terima#${codeOf(payload('Siti Aminah'))}`));
  await appReady(page);
  await controlled(page);
  // Opened again with the service worker in charge, as a clerk does on any working day: now it is kept.
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { name: 'Formulir diterima' }).waitFor();
  await page.goto(app.url('buku-register'));
  await appReady(page);
  await page.context().setOffline(true);
  // A camera opens the next resident's link while the office has no signal.
  await page.goto(app.url(`terima#${codeOf(payload('Budi Santoso'))}`));
  await appReady(page);
  await page.getByRole('heading', { name: 'Formulir diterima' }).waitFor();
  assert.match(await page.locator('.received').textContent(), /Budi Santoso/);
  await page.getByRole('button', { name: 'Catat di buku register' }).click();
  await page.getByRole('status').filter({ hasText: 'Tercatat di buku register dengan nomor 001/2026.' }).waitFor();
  await page.goto(app.url('buku-register'));
  await appReady(page);
  await page.getByRole('link', { name: /001\/2026 Budi Santoso/ }).waitFor();
  await page.context().setOffline(false);
  assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});
