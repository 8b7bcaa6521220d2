// Handing a finished form over without a server: WhatsApp text, QR code, print, and a file that brings the
// same answers back after the phone was wiped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, appReady, finishFeedbackForm } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

test('the finish page offers WhatsApp text, a QR code and print; print shows the form on A4 without navigation', async () => {
  const page = await app.newPage();
  await finishFeedbackForm(page, app);
  const wa = await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
  assert.ok(wa.startsWith('https://wa.me/'), wa);
  const text = decodeURIComponent(wa.split('text=')[1]);
  assert.match(text, /Umpan balik/i);
  assert.match(text, /Pelayanan cepat & ramah <b>sekali<\/b>/);
  assert.match(text, /\n#TBFB1 l=akta-kelahiran b=1 u=111111111 t=\d{8} k=[0-9a-f]{6}\nKode untuk petugas desa \(buka di aplikasi desa\):\nhttp:\/\/127\.0\.0\.1:\d+\/tanjung-barat\/terima#LTB2:[0-9A-Z$+\-/:]+\n$/);
  const qr = page.getByRole('img', { name: 'Kode QR berisi jawaban formulir ini' });
  await qr.waitFor();
  assert.ok((await qr.getAttribute('src')).startsWith('data:image/svg+xml'));
  assert.ok((await qr.evaluate((img) => img.naturalWidth)) > 0, 'the QR image renders');
  const nav = page.getByRole('navigation', { name: 'Menu utama' });
  assert.equal(await nav.isVisible(), true);
  assert.equal(await qr.isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await nav.isVisible(), false);
  assert.equal(await qr.isVisible(), false, 'the anonymous slip carries its code line, not the QR code');
  // The feedback slip is anonymous: the code for the office's tally instead of signatures.
  assert.equal(await page.getByRole('heading', { name: 'Kode untuk petugas' }).isVisible(), true);
  assert.match(await page.locator('.slip-code__line').textContent(), /^#TBFB1 l=akta-kelahiran b=1 u=111111111 t=\d{8} k=[0-9a-f]{6}$/);
  assert.equal(await page.getByText('Tanda tangan pemohon').count(), 0);
  const values = page.locator('.answers__value');
  assert.ok((await values.count()) >= 3);
  assert.equal(await values.filter({ hasText: 'Pelayanan cepat & ramah <b>sekali</b>' }).first().isVisible(), true);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'the form prints on one A4 page');
  assert.deepEqual(page.problems, []);
});

test('a form saved as a file comes back with identical answers after all data is wiped', async () => {
  const page = await app.newPage();
  const before = await finishFeedbackForm(page, app);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Simpan sebagai berkas' }).click(),
  ]);
  const file = await download.path();
  assert.match(download.suggestedFilename(), /^umpan-balik-layanan-\d{4}-\d{2}-\d{2}\.json$/);
  JSON.parse(readFileSync(file, 'utf8'));

  await page.goto(app.url('draf'));
  await appReady(page);
  await page.getByRole('button', { name: 'Hapus semua data' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semua' }).click();
  await page.getByText('Semua data aplikasi ini sudah dihapus dari HP ini.').waitFor();
  const drafts = (await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.startsWith('tb:draf:'));
  assert.deepEqual(drafts, [], 'the wipe really removed the draft');
  await page.getByLabel('Atau pilih berkas').setInputFiles(file);
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.ok(before.length >= 3 && before.some((a) => a.includes('Pelayanan cepat & ramah')), JSON.stringify(before));
  assert.deepEqual(await page.locator('.answers__value').allTextContents(), before);
  assert.deepEqual(page.problems, []);
});

test('a bad file or pasted text gives a clear message and changes nothing', async () => {
  const page = await app.newPage();
  await page.goto(app.url('draf'));
  await appReady(page);
  await page.getByLabel('Tempel teks dari kode QR').fill('LTB1:{"f":"sktm","v":1,"a":{"<img src=x>":"1"}}');
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'tidak ada di formulir ini' }).waitFor();
  await page.getByLabel('Tempel teks dari kode QR').fill('bukan data');
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Tidak ada kode formulir (LTB2:…) di sini.' }).waitFor();
  assert.equal(await page.getByText('Belum ada draf.').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('everything saved as one file merges back by id and asks before replacing a changed draft', async () => {
  const page = await app.newPage();
  await page.goto(app.url('formulir/sktm'));
  await appReady(page);
  await page.getByLabel('Nama kepala keluarga').fill('Versi di berkas');
  await page.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();
  const formUrl = page.url();
  await page.goto(app.url('draf'));
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Simpan semua sebagai berkas' }).click(),
  ]);
  const file = await download.path();
  // The draft changes after the export.
  await page.goto(formUrl);
  await appReady(page);
  await page.getByLabel('Nama kepala keluarga').fill('Versi di HP');
  await page.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();
  await page.goto(app.url('draf'));
  await appReady(page);
  await page.getByLabel('Atau pilih berkas').setInputFiles(file);
  const ask = page.getByRole('alert').filter({ hasText: 'sudah ada di HP ini dengan isi berbeda' });
  await ask.waitFor();
  await ask.getByRole('button', { name: 'Ganti dengan isi dari berkas' }).click();
  await page.getByText('Draf diganti dengan isi dari berkas.').waitFor();
  await page.goto(formUrl);
  await appReady(page);
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Versi di berkas');
  assert.deepEqual(page.problems, []);
});
