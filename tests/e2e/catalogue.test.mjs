// The service catalogue as a resident uses it: search, browse, read a service, tick documents, print, share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady, openPage, BASE } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const open = (path, options) => openPage(app, path, options);

test('searching "ktp" as you type finds the KTP-el services, and back returns to the results', async () => {
  const page = await open('');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /Layanan/ }).click();
  // The home page has a search box of the same name: type only once the catalogue is there.
  await page.getByRole('heading', { level: 1, name: 'Layanan desa dan mitra' }).waitFor();
  const search = page.getByRole('searchbox', { name: 'Cari layanan' });
  await search.pressSequentially('ktp');
  await page.getByRole('status').filter({ hasText: /hasil cocok dengan "ktp"/ }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('q'), 'ktp');
  // Typing did not move the focus away from the field.
  assert.equal(await search.evaluate((el) => el === document.activeElement), true);
  await page.getByRole('link', { name: /KTP-el baru/ }).click();
  await page.getByRole('heading', { level: 1, name: /KTP-el baru/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, `${BASE}layanan/ktp-el-baru/`);
  await page.goBack();
  await page.getByRole('link', { name: /KTP-el baru/ }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Cari layanan' }).inputValue(), 'ktp');
  assert.deepEqual(page.problems, []);
});

test('the search on the home page opens the catalogue with the results', async () => {
  const page = await open('');
  await page.getByRole('searchbox', { name: 'Cari layanan' }).fill('akte lahir');
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: /Akta kelahiran/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, `${BASE}layanan/`);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'akte lahir');
  assert.deepEqual(page.problems, []);
});

test('a search with a typo still finds the service, and nonsense offers the village office', async () => {
  const page = await open('layanan?q=imunsasi');
  await page.getByRole('link', { name: /Imunisasi anak \(vaksin gratis/ }).waitFor();
  await page.getByRole('searchbox', { name: 'Cari layanan' }).fill('qwxyz');
  await page.getByRole('status').filter({ hasText: 'Tidak ada layanan yang cocok dengan "qwxyz".' }).waitFor();
  await page.getByRole('heading', { name: 'Kantor desa' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('browsing by life event and by sector leads to the right services', async () => {
  const page = await open('layanan');
  await page.getByRole('heading', { name: 'Sesuai keperluan' }).waitFor();
  await page.getByRole('link', { name: /Punya bayi/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Punya bayi' }).waitFor();
  await page.getByRole('link', { name: /Akta kelahiran/ }).waitFor();
  await page.goBack();
  await page.getByRole('link', { name: /^Kesehatan/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Kesehatan' }).waitFor();
  await page.getByRole('link', { name: /^Posyandu/ }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a service opened by deep link shows what to bring, cost, office hours and sources, and survives a reload', async () => {
  const page = await open('layanan/akta-kelahiran');
  await page.getByRole('heading', { level: 1, name: 'Akta kelahiran' }).waitFor();
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Akta kelahiran' }).waitFor();
  assert.match(await page.title(), /^Akta kelahiran · /);
  for (const name of ['Yang perlu dibawa', 'Langkah-langkah', 'Ke mana', 'Sumber']) {
    await page.getByRole('heading', { name: new RegExp(`^${name}`) }).waitFor();
  }
  await page.getByText('Gratis', { exact: true }).waitFor();
  await page.getByText(/UU 24\/2013/).first().waitFor();
  await page.getByText(/Keterangan diperiksa \d+ \w+ 2026/).waitFor();
  assert.deepEqual(page.problems, []);
});

test('ticking a document is remembered on the phone after a reload', async () => {
  const page = await open('layanan/ktp-el-baru');
  const box = page.getByRole('checkbox', { name: /Kartu Keluarga \(KK\)/ });
  assert.equal(await box.isChecked(), false);
  await box.check();
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('checkbox', { name: /Kartu Keluarga \(KK\)/ }).isChecked(), true);
  await page.getByRole('checkbox', { name: /Kartu Keluarga \(KK\)/ }).uncheck();
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByRole('checkbox', { name: /Kartu Keluarga \(KK\)/ }).isChecked(), false);
  assert.deepEqual(page.problems, []);
});

test('print media shows the service without navigation or buttons', async () => {
  const page = await open('layanan/sktm');
  // On screen first, so that hidden on paper means something.
  const nav = page.getByRole('navigation', { name: 'Menu utama' });
  const print = page.getByRole('button', { name: 'Cetak' });
  assert.equal(await nav.isVisible(), true);
  assert.equal(await print.isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await nav.isVisible(), false);
  assert.equal(await print.isVisible(), false);
  assert.equal(await page.getByRole('heading', { level: 1, name: /SKTM/ }).isVisible(), true);
  assert.equal(await page.getByRole('heading', { name: /^Yang perlu dibawa/ }).isVisible(), true);
});

test('share offers copying the link and a WhatsApp message with the page address', async () => {
  const page = await open('layanan/kk-baru');
  const wa = page.getByRole('link', { name: 'Kirim lewat WhatsApp' });
  const href = await wa.getAttribute('href');
  assert.ok(href.startsWith('https://wa.me/?text='), href);
  assert.match(decodeURIComponent(href), new RegExp(`${BASE}layanan/kk-baru`));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.getByRole('button', { name: 'Salin tautan' }).click();
  await page.getByRole('status').filter({ hasText: 'Tautan sudah disalin.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, app.url('layanan/kk-baru/'));
});

test('the offices page shows each office with open-now status or says the hours are not recorded', async () => {
  const page = await open('kantor');
  await page.getByRole('heading', { level: 1, name: 'Kantor dan jam buka' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Kantor Desa Tanjung Barat' }).waitFor();
  await page.getByText(/^(Buka sekarang|Tutup)/).first().waitFor();
  await page.getByText('Jam buka belum dicatat. Tanyakan di kantor desa.').first().waitFor();
  assert.deepEqual(page.problems, []);
});

test('an unknown service id shows the not-found page', async () => {
  const page = await open('layanan/tidak-ada');
  await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
});

test('every service prints on one A4 page', async () => {
  const { readdirSync } = await import('node:fs');
  const page = await app.newPage();
  const over = [];
  const ids = readdirSync('content/layanan').map((f) => f.replace(/\.toml$/, ''));
  assert.ok(ids.length >= 46);
  for (const id of ids) {
    await page.goto(app.url(`layanan/${id}`));
    await appReady(page);
    // The service itself, not a not-found page (which would also fit on one page).
    await page.locator('article.service h1').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).count(), 0, id);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    if (pages !== 1) over.push(`${id}: ${pages} pages`);
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(over, []);
});

test('in English, a service page shows its partners in English too', async () => {
  const page = await open('layanan/akta-kelahiran');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Working with' }).waitFor();
  const partners = await page.getByRole('heading', { name: 'Working with' }).locator('xpath=following-sibling::p[1]').textContent();
  assert.match(partners, /District civil registration office/);
  assert.doesNotMatch(partners, /kabupaten/);
  await page.getByRole('link', { name: 'Ganti ke Bahasa Indonesia' }).click();
});
