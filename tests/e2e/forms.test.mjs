// Forms and drafts as residents and volunteers use them: nothing typed is lost, nobody's data mixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady, finishFeedbackForm, storedEntries } from './lib.mjs';

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
  const started = Date.now();
  await page.getByLabel('NIK kepala keluarga').fill('1'.repeat(1024 * 1024));
  await page.getByRole('button', { name: 'Lanjut' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
  await summary.waitFor();
  // The page answers within seconds, not minutes, and says what is wrong with the pasted NIK.
  assert.ok(Date.now() - started < 10_000, `filled and checked in ${Date.now() - started} ms`);
  await summary.getByRole('link', { name: /NIK/ }).waitFor();
  assert.ok((await page.getByLabel('NIK kepala keluarga').inputValue()).length <= 1024 * 1024);
  // On the check page the code is shown as text: the characters are on screen, and no element was made.
  await page.getByLabel('NIK kepala keluarga').fill('3201014107800001');
  await page.goto(page.url().replace(/bagian=\d+/, 'bagian=periksa'));
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  await page.locator('.answers__value').filter({ hasText: xss }).waitFor();
  assert.equal(await page.locator('main img[src="x"], main script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.problems, []);
});

test('a finished form shows a check page with change links and a finish page', async () => {
  const page = await app.newPage();
  await finishFeedbackForm(page, app);
  // Back on the check page, a change link leads to its question and "Lanjut" returns to the check page.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  const change = page.getByRole('link', { name: /^Ubah/ }).first();
  const question = (await change.textContent()).replace(/^Ubah\s*/, '').trim();
  await change.click();
  // "Ubah" opens the section that asks it.
  await page.getByText(question, { exact: false }).first().waitFor();
  assert.match(page.url(), /bagian=\d+&kembali=periksa/);
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
  // Bu Ani's KK is really stored, so its absence from Pak Budi's form below means something.
  assert.ok((await storedEntries(page)).some(([k, v]) => k.startsWith('tb:draf:') && v.includes('3201010101200001')));

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
  const before = await storedEntries(page);
  assert.ok(before.some(([, v]) => v.includes('Ani Lestari')) && before.some(([, v]) => v.includes('Budi Hartono')), 'the names are stored before the wipe');
  await page.getByRole('button', { name: 'Hapus semua data' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semua' }).click();
  await page.getByText('Semua data aplikasi ini sudah dihapus dari HP ini.').waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Bu Ani' }).count(), 0);
  // Nothing about anyone is left anywhere the page can store things: keys, values, session storage, the page.
  const all = await page.evaluate(() => [...Object.entries(localStorage), ...Object.entries(sessionStorage)]);
  assert.deepEqual(all.filter(([k]) => /^tb:(draf:|profil|sampah|rusak)/.test(k)), []);
  assert.ok(all.every(([k, v]) => !/Ani|Budi|3201/.test(k + v)), JSON.stringify(all));
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.ok(!/Ani Lestari|Budi Hartono|3201014107800001/.test(html), 'no name or NIK left in the page, attributes included');
  assert.deepEqual(page.problems, []);
});

/// Fills section 1 of SKTM with valid answers.
async function fillSktmHead(page, name = 'Siti Aminah') {
  await page.getByLabel('Nama kepala keluarga').fill(name);
  await page.getByLabel('NIK kepala keluarga').fill('3201014107800001');
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill('3201010101200001');
  await page.getByLabel('Jalan, gang, dan nomor rumah').fill('Jl. Melati 4');
  await page.getByLabel('RT', { exact: true }).fill('3');
  await page.getByLabel('RW', { exact: true }).fill('2');
  await page.getByLabel('Dusun').fill('Krajan');
}

test('a form filled from a neighbour\'s profile is saved when the volunteer moves on, though nothing was typed', async () => {
  const page = await app.newPage();
  await open(page, 'draf');
  await page.getByRole('button', { name: 'Tambah orang yang dibantu' }).click();
  await page.getByLabel('Nama panggilan (ditampilkan di daftar)').fill('Bu Sumi');
  await page.getByLabel('Nama lengkap').fill('Sumiati');
  await page.getByLabel('NIK').fill('3201014107800001');
  await page.getByLabel('Nomor KK').fill('3201010101200001');
  await page.getByLabel('Jalan, gang, dan nomor rumah').fill('Jl. Mawar 2');
  await page.getByLabel('RT').fill('4');
  await page.getByLabel('RW').fill('1');
  await page.getByLabel('Dusun').fill('Krajan');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Formulir baru diisi untuk: Bu Sumi').waitFor();
  await open(page, 'formulir/sktm');
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Sumiati');
  assert.deepEqual((await storedEntries(page)).filter(([k]) => k.startsWith('tb:draf:')), [], 'not saved before moving on');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Keperluan' }).waitFor();
  const drafts = (await storedEntries(page)).filter(([k]) => k.startsWith('tb:draf:'));
  assert.equal(drafts.length, 1);
  assert.ok(drafts[0][1].includes('Sumiati') && drafts[0][1].includes('"position":"2"'), drafts[0][1]);
  assert.deepEqual(page.problems, []);
});

test('"Lanjutkan" opens a draft where it was left, and the list tells two drafts apart by progress', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await fillSktmHead(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Keperluan' }).waitFor();
  await finishFeedbackForm(page, app);
  await open(page, 'draf');
  const sktm = page.locator('.drafts__item').filter({ hasText: 'SKTM' });
  await sktm.filter({ hasText: 'Bagian 2 dari 3' }).waitFor();
  const feedback = page.locator('.drafts__item').filter({ hasText: 'Selesai' });
  await feedback.waitFor();
  await sktm.getByRole('link', { name: 'Lanjutkan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Keperluan' }).waitFor();
  await open(page, 'draf');
  await page.locator('.drafts__item').filter({ hasText: 'Selesai' }).getByRole('link', { name: 'Lanjutkan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Formulir sudah lengkap' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('reopening a form that has a draft offers to go on with it first, and to start anew second', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await page.getByLabel('Nama kepala keluarga').fill('Budi Santoso');
  await saved(page);
  await open(page, 'formulir/sktm');
  await page.getByRole('heading', { level: 1, name: 'Anda sudah punya draf formulir ini' }).waitFor();
  const buttons = await page.locator('main button').allTextContents();
  assert.match(buttons[0], /^Lanjutkan draf yang disimpan (baru saja|\d+ menit lalu)$/);
  assert.ok(buttons.indexOf('Mulai baru') > 0, JSON.stringify(buttons));
  await page.getByRole('button', { name: /^Lanjutkan draf/ }).click();
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Budi Santoso');
  await open(page, 'formulir/sktm');
  await page.getByRole('button', { name: 'Mulai baru' }).click();
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), '');
  assert.deepEqual(page.problems, []);
});

test('after switching language the error summary and its messages are in that language', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' }).getByText('NIK kepala keluarga belum diisi.').waitFor();
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByText('NIK of the head of the family is not filled in yet.').waitFor();
  assert.equal(await summary.getByText(/belum diisi/).count(), 0);
  assert.equal(await page.getByText(/belum diisi/).count(), 0, 'the messages next to the fields too');
  assert.deepEqual(page.problems, []);
});

test('a typed date is said back in words, read day first whatever the phone\'s language', async () => {
  const page = await app.newPage({ locale: 'en-US' });
  await open(page, 'formulir/surat-keterangan-kelahiran');
  const date = page.getByLabel('Tanggal lahir', { exact: true });
  assert.equal(await date.getAttribute('type'), 'text', 'no date picker that follows the phone\'s locale');
  await date.fill('10112026');
  await page.getByText('Terbaca: Selasa, 10 November 2026').waitFor();
  await date.fill('10/11/2026');
  await page.getByText('Terbaca: Selasa, 10 November 2026').waitFor();
  assert.deepEqual(page.problems, []);
});

test('a phone whose storage is already full still lists its drafts, says it is full and offers the file', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await page.getByLabel('Nama kepala keluarga').fill('Siti Penuh');
  await saved(page);
  // Fill the rest of the storage with another site's data until not even one character fits.
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i += 1) {
      try { localStorage.setItem(`lain:${i}`, 'x'.repeat(size)); } catch { size = Math.floor(size / 2); }
    }
  });
  const full = await page.context().newPage();
  await open(full, 'draf');
  await full.getByRole('status').filter({ hasText: 'Memori HP penuh' }).waitFor();
  assert.equal(await full.getByText('Browser ini tidak mengizinkan penyimpanan').count(), 0);
  await full.locator('.drafts__item').filter({ hasText: 'SKTM' }).filter({ hasText: 'S…' }).waitFor();
  await full.locator('.drafts__item').filter({ hasText: 'SKTM' }).getByRole('link', { name: 'Lanjutkan' }).click();
  await full.waitForURL(/formulir\/sktm/);
  await appReady(full);
  assert.equal(await full.getByLabel('Nama kepala keluarga').inputValue(), 'Siti Penuh');
  await full.getByRole('button', { name: 'Simpan sebagai berkas' }).waitFor();
  await full.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lain:')).forEach((k) => localStorage.removeItem(k)));
  assert.deepEqual(page.problems, []);
});
