// Pages arrive rendered at build time: readable with JavaScript off, hydrated in place with it, reachable by
// every deep link a resident may paste (with or without the trailing slash GitHub Pages adds).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady, openPage, BASE, BUILT } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const withoutJs = async (path) => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.url(path));
  return page;
};

test('with JavaScript off, home, a service, a listing, a checker and a form show their real content', async () => {
  const home = await withoutJs('');
  await home.getByRole('heading', { level: 1, name: /Layanan Terpadu Desa Tanjung Barat/ }).waitFor();
  await home.getByRole('link', { name: /Cari layanan/ }).first().waitFor();

  const service = await withoutJs('layanan/akta-kelahiran/');
  await service.getByRole('heading', { level: 1, name: 'Akta kelahiran' }).waitFor();
  await service.getByRole('heading', { name: 'Yang perlu dibawa' }).waitFor();
  assert.ok((await service.locator('.checklist__item').count()) >= 3, 'the documents to bring are listed');
  assert.equal(await service.title(), 'Akta kelahiran · Layanan Terpadu Tanjung Barat');
  assert.ok((await service.locator('meta[name=description]').getAttribute('content')).length > 20, 'a meta description');

  const listing = await withoutJs('layanan/bidang/kesehatan/');
  await listing.getByRole('heading', { level: 1, name: 'Kesehatan' }).waitFor();
  await listing.getByRole('link', { name: /Posyandu/ }).first().waitFor();

  const checker = await withoutJs('cek/pkh/');
  await checker.getByRole('heading', { level: 1, name: 'Apakah keluarga Anda sudah terdaftar di DTSEN (dulu DTKS)?' }).waitFor();
  assert.ok((await checker.getByRole('radio').count()) >= 2, 'the answers of the first question');

  const form = await withoutJs('formulir/sktm/');
  await form.getByRole('heading', { level: 1, name: 'Data kepala keluarga' }).waitFor();
  await form.getByLabel('Nama kepala keluarga').waitFor();
  await form.getByLabel('NIK kepala keluarga').waitFor();
  await form.getByText(/JavaScript di browser ini perlu aktif/).waitFor();
});

test('with JavaScript off, links are plain links: navigation, a listing and a service open their pages', async () => {
  const page = await withoutJs('');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Layanan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Layanan desa dan mitra' }).waitFor();
  await page.getByRole('link', { name: /Kesehatan/ }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Kesehatan' }).waitFor();
  await page.getByRole('link', { name: /^Posyandu/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Posyandu (Pos Pelayanan Terpadu)' }).waitFor();
  assert.ok(new URL(page.url()).pathname.startsWith(`${BASE}layanan/`));
  // The language switch is a link to the same page in English.
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 1, name: /Posyandu/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.ok(new URL(page.url()).pathname.startsWith(`${BASE}en/layanan/`));
});

// Counts the nodes added to or removed from the page before the app marks it hydrated: hydration must take
// the page as it is, not draw it again.
// Counting starts once the parser is done (its own insertions are not hydration's) and stops at the mark.
const countRebuiltNodes = () => {
  window.__rebuilt = 0;
  let counting = false;
  const count = (records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'data-hydrated') counting = false;
      else if (counting && r.type === 'childList') window.__rebuilt += r.addedNodes.length + r.removedNodes.length;
    }
  };
  const observer = new MutationObserver(count);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    observer.takeRecords();
    counting = true;
  });
};

test('hydration keeps the rendered page: no node added or removed, no warning, on every kind of page', async () => {
  for (const path of ['', 'layanan/', 'layanan/akta-kelahiran/', 'kantor/', 'cek/', 'cek/pkh/', 'formulir/sktm/', 'draf/', 'tentang/', 'agenda/', 'agenda/posyandu-balita-dusun-3/', 'en/layanan/sktm/']) {
    const page = await app.newPage();
    const warnings = [];
    page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
    await page.addInitScript(countRebuiltNodes);
    // The phone's day is the day the pages were rendered for, as on the day of a build.
    await page.clock.setFixedTime(new Date(`${BUILT}T03:00:00Z`));
    await page.goto(app.url(path));
    await appReady(page);
    assert.equal(await page.evaluate(() => window.__rebuilt), 0, `${path || 'home'}: nodes rebuilt by hydration`);
    assert.deepEqual(warnings, [], `${path || 'home'}: warnings`);
    assert.deepEqual(page.problems, [], `${path || 'home'}: problems`);
    await page.context().close();
  }
});

test('deep links work with and without the trailing slash, keeping the query, in both languages', async () => {
  for (const [path, heading] of [
    ['layanan/sktm', 'SKTM (Surat Keterangan Tidak Mampu)'],
    ['layanan/sktm/', 'SKTM (Surat Keterangan Tidak Mampu)'],
    ['en/layanan/sktm', 'Certificate of low income (SKTM)'],
    ['layanan/bidang/kesehatan', 'Kesehatan'],
  ]) {
    const page = await openPage(app, path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.ok(new URL(page.url()).pathname.endsWith('/'), `${path}: the address ends with a slash`);
    assert.deepEqual(page.problems, [], path);
    await page.context().close();
  }
  const search = await openPage(app, 'layanan?q=akta');
  assert.equal(new URL(search.url()).searchParams.get('q'), 'akta');
  await search.getByRole('status').filter({ hasText: /cocok dengan "akta"/ }).waitFor();
});

test('what is typed and tapped before the app has started is kept and acted on', async () => {
  const page = await app.newPage();
  // Hold the wasm back, as a slow network would, while the resident already types and taps "Lanjut".
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(app.url('formulir/sktm/'));
  await page.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  assert.equal(new URL(page.url()).search, '', 'the answers did not go into the address');
  release();
  await appReady(page);
  // The tap was kept: "Lanjut" ran, found the empty NIK, and the typed name is still there.
  await page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' }).getByText('NIK kepala keluarga belum diisi.').waitFor();
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Siti Aminah');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Siti Aminah', 'kept in the draft');
  assert.deepEqual(page.problems, []);
});
