// Forms and drafts as residents and volunteers use them: nothing typed is lost, nobody's data mixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady, finishFeedbackForm } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

async function open(page, path) {
  await page.goto(app.url(path));
  await appReady(page);
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();

test('errors are listed at the top, take focus, and link to each field', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await page.getByRole('heading', { level: 1, name: 'Data kepala keluarga' }).waitFor();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  await summary.getByRole('link', { name: /NIK kepala keluarga/ }).click();
  assert.equal(await page.getByLabel('NIK kepala keluarga').evaluate((el) => el === document.activeElement), true);
  // The message also stands next to the field.
  await page.getByText('NIK kepala keluarga belum diisi.').nth(1).waitFor();
  await page.getByLabel('NIK kepala keluarga').fill('1234');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await summary.getByRole('link', { name: /16 angka/ }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('answers typed mid-way survive a reload, and check-your-answers links back to change them', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/surat-keterangan-domisili');
  const first = page.locator('form .field__input').first();
  await first.fill('Siti Aminah');
  await saved(page);
  const url = page.url();
  assert.match(url, /draf=[0-9a-f]{16}/);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('form .field__input').first().inputValue(), 'Siti Aminah');
  assert.equal(page.url(), url);
  assert.deepEqual(page.problems, []);
});

test('closing the page right after typing keeps the answer', async () => {
  const context = await (await app.newPage()).context();
  const page = await context.newPage();
  await open(page, 'formulir/sktm');
  await page.getByLabel('Nama kepala keluarga').fill('Budi Santoso');
  const url = page.url();
  // No pause for the autosave: the page is closed at once.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await open(again, url.replace(app.url(''), ''));
  assert.equal(await again.getByLabel('Nama kepala keluarga').inputValue(), 'Budi Santoso');
});

test('two tabs on one draft: the second save is warned about, and nothing is lost', async () => {
  const a = await app.newPage();
  await open(a, 'formulir/sktm');
  await a.getByLabel('Nama kepala keluarga').fill('Versi A');
  await saved(a);
  const b = await a.context().newPage();
  await open(b, a.url().replace(app.url(''), ''));
  assert.equal(await b.getByLabel('Nama kepala keluarga').inputValue(), 'Versi A');
  await b.getByLabel('Nama kepala keluarga').fill('Versi B');
  await saved(b);
  // Tab A hears of the change and says so; its own answer is still on screen.
  const warning = a.getByRole('alert').filter({ hasText: 'Draf ini diubah di tab lain' });
  await warning.waitFor();
  assert.equal(await a.getByLabel('Nama kepala keluarga').inputValue(), 'Versi A');
  await warning.getByRole('button', { name: 'Pakai isian dari tab lain' }).click();
  assert.equal(await a.getByLabel('Nama kepala keluarga').inputValue(), 'Versi B');
});

test('text that looks like code is shown as text, and a huge paste does not freeze the page', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await page.getByLabel('Nama kepala keluarga').fill(xss);
  await page.getByLabel('NIK kepala keluarga').fill('1'.repeat(1024 * 1024));
  const nik = await page.getByLabel('NIK kepala keluarga').inputValue();
  assert.ok(nik.length <= 1024 * 1024);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' }).waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), xss);
  assert.deepEqual(page.problems, []);
});

test('a finished form shows a check page with change links and a finish page', async () => {
  const page = await app.newPage();
  await finishFeedbackForm(page, app);
  // Back on the check page, a change link leads to its question and "Lanjut" returns to the check page.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  await page.getByRole('link', { name: /^Ubah/ }).first().click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('drafts are listed without names, can be deleted with undo, and resumed', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await page.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
  await saved(page);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /Draf/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Draf formulir' }).waitFor();
  const item = page.locator('.drafts__item').filter({ hasText: 'SKTM' }).filter({ hasText: 'S…' }).first();
  await item.waitFor();
  assert.equal(await page.getByText('Siti Aminah').count(), 0, 'the full name is not shown');
  await item.getByRole('button', { name: 'Hapus' }).click();
  await page.getByRole('status').filter({ hasText: 'Draf dihapus' }).waitFor();
  // Focus moves to the undo button instead of falling back to the page.
  await page.waitForTimeout(100);
  assert.equal(await page.getByRole('button', { name: 'Batalkan' }).evaluate((el) => el === document.activeElement), true);
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await page.getByRole('status').filter({ hasText: 'Draf dikembalikan.' }).waitFor();
  await page.locator('.drafts__item').filter({ hasText: 'S…' }).first().getByRole('link', { name: 'Lanjutkan' }).click();
  await page.getByLabel('Nama kepala keluarga').waitFor();
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Siti Aminah');
  assert.deepEqual(page.problems, []);
});

test('volunteer mode: each neighbour\'s data fills only their own forms, and can be wiped', async () => {
  const page = await app.newPage();
  await open(page, 'draf');
  const addProfile = async (label, name, nik) => {
    await page.getByRole('button', { name: 'Tambah orang yang dibantu' }).click();
    await page.getByLabel('Nama panggilan (ditampilkan di daftar)').fill(label);
    await page.getByLabel('Nama lengkap').fill(name);
    await page.getByLabel('NIK').fill(nik);
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByText(`Formulir baru diisi untuk: ${label}`).waitFor();
  };
  await addProfile('Bu Ani', 'Ani Lestari', '3201014107800001');
  await open(page, 'formulir/sktm');
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Ani Lestari');
  await page.getByText('Mengisi untuk: Bu Ani').waitFor();
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill('3201010101200001');
  await saved(page);

  await open(page, 'draf');
  await addProfile('Pak Budi', 'Budi Hartono', '3201010507750002');
  await open(page, 'formulir/sktm');
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Budi Hartono');
  assert.equal(await page.getByLabel('NIK kepala keluarga').inputValue(), '3201010507750002');
  assert.equal(await page.getByLabel('Nomor Kartu Keluarga (KK)').inputValue(), '', 'Bu Ani\'s KK does not cross over');

  await open(page, 'draf');
  // A wrong NIK in a profile is refused next to the field, like in a form.
  await page.getByRole('button', { name: 'Tambah orang yang dibantu' }).click();
  await page.getByLabel('Nama panggilan (ditampilkan di daftar)').fill('Salah NIK');
  await page.getByLabel('NIK').fill('12345');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.locator('#profil-nik-salah').waitFor();
  assert.equal(await page.getByLabel('NIK').evaluate((el) => el === document.activeElement), true);
  await page.getByRole('button', { name: 'Batal' }).click();
  await page.getByRole('heading', { level: 2, name: 'Bu Ani' }).waitFor();
  await page.getByRole('button', { name: 'Hapus semua data' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semua' }).click();
  await page.getByText('Semua data aplikasi ini sudah dihapus dari HP ini.').waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Bu Ani' }).count(), 0);
  // Nothing about anyone is left: no drafts, profiles or trash, and no name anywhere in storage.
  const left = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('tb:')));
  assert.deepEqual(left.filter(([k]) => /^tb:(draf:|profil|sampah|rusak)/.test(k)), []);
  assert.ok(left.every(([, v]) => !/Ani|Budi|3201/.test(v)), JSON.stringify(left));
  assert.deepEqual(page.problems, []);
});
