// Defects found by driving the built app as residents, a volunteer and a clerk would (issue 21). Each test
// failed on the code before its fix; the closing note of that stop lists how.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, appReady, storedEntries, DIST } from './lib.mjs';

// The offline test changes what the service worker keeps: this file serves its own copy of the build.
const dist = mkdtempSync(join(tmpdir(), 'e2e-defects-'));
cpSync(DIST, dist, { recursive: true });
let app;
before(async () => { app = await startApp({ dist }); });
after(async () => { await app.close(); });

async function open(page, path) {
  await page.goto(app.url(path));
  await appReady(page);
}

const DAY = 24 * 3600 * 1000;

/// Writes drafts in the stored layout (gloo-storage's JSON text around the draft's own JSON).
function seedDrafts(page, drafts) {
  return page.evaluate((drafts) => {
    for (const d of drafts) {
      const stored = {
        schema: 3, id: d.id, form: d.form, form_version: 1, revision: 1, created: d.updated, updated: d.updated,
        profile: null, answers: d.answers, position: d.position ?? '0',
      };
      localStorage.setItem(`tb:draf:${d.id}`, JSON.stringify(JSON.stringify(stored)));
    }
  }, drafts);
}

const hexId = (n) => n.toString(16).padStart(16, '0');

test('opening the drafts page changes no setting, and drafts 10 days old stay listed on every visit', async () => {
  const page = await app.newPage();
  await open(page, 'draf');
  const expiry = page.getByLabel('Hapus draf lama secara otomatis');
  await page.waitForTimeout(2000);
  assert.equal(await expiry.evaluate((el) => el.selectedOptions[0].textContent), 'Setelah 30 hari');
  assert.equal(await page.getByText('Pengaturan disimpan.').count(), 0);
  assert.equal((await storedEntries(page)).find(([k]) => k === 'tb:setelan'), undefined);

  // A volunteer's 60 drafts, last changed 10 days ago: within the 30 days, so they stay, visit after visit.
  const now = Date.now();
  await seedDrafts(page, Array.from({ length: 60 }, (_, i) => ({
    id: hexId(0xa000 + i), form: 'sktm', updated: now - 10 * DAY, answers: { 'nama-kepala-keluarga': `Warga Nomor ${i + 1}` },
  })));
  for (let visit = 0; visit < 2; visit += 1) {
    await open(page, 'draf');
    await page.waitForTimeout(1000);
    assert.equal(await page.getByRole('link', { name: 'Lanjutkan' }).count(), 60, `visit ${visit + 1}`);
    assert.equal(await page.getByRole('heading', { name: 'Baru dihapus' }).count(), 0);
  }
  // "Tidak pernah" holds across a reload.
  await expiry.selectOption({ label: 'Tidak pernah' });
  await page.getByText('Pengaturan disimpan.').waitFor();
  await open(page, 'draf');
  await page.waitForTimeout(1000);
  assert.equal(await expiry.evaluate((el) => el.selectedOptions[0].textContent), 'Tidak pernah');
  assert.deepEqual(page.problems, []);
});

/// Taps (touch) or clicks (mouse) a control by its label and returns how far the page moved.
async function pressMoves(page, locator, how) {
  await locator.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  if (how === 'touch') await locator.tap();
  else await locator.click();
  await page.waitForTimeout(300);
  return (await page.evaluate(() => window.scrollY)) - before;
}

test('the first tap on a checker answer or a checklist item counts, and the page does not jump', async () => {
  for (const how of ['touch', 'mouse']) {
    const page = await app.newPage({ hasTouch: how === 'touch', isMobile: how === 'touch' });
    await open(page, 'cek/pkh');
    const yes = page.getByRole('radio', { name: 'Ya' }).first();
    await yes.waitFor();
    assert.equal(await pressMoves(page, page.locator('label', { hasText: /^Ya$/ }).first(), how), 0, `${how}: checker`);
    assert.equal(await yes.isChecked(), true, `${how}: the answer is chosen`);

    await open(page, 'layanan/akta-kelahiran');
    const item = page.getByRole('checkbox').last();
    assert.equal(await pressMoves(page, page.locator('.checklist__label').last(), how), 0, `${how}: checklist`);
    assert.equal(await item.isChecked(), true, `${how}: the document is ticked`);
    assert.deepEqual(page.problems, []);
  }
  // Before the app has started (the wasm held back), the tap still counts and the page stays.
  const page = await app.newPage({ hasTouch: true, isMobile: true });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(app.url('layanan/akta-kelahiran'));
  assert.equal(await pressMoves(page, page.locator('.checklist__label').last(), 'touch'), 0, 'before the app: checklist');
  assert.equal(await page.getByRole('checkbox').last().isChecked(), true);
  release();
  await appReady(page);
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('checkbox').last().isChecked(), true, 'kept once the app started');
  assert.deepEqual(page.problems, []);
});

test('a form being filled opens again with its answers after a reload without signal', async () => {
  // The form is the first page of the visit (a WhatsApp link): the service worker takes charge while it is open.
  const page = await app.newPage();
  await open(page, 'formulir/sktm');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await page.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
  await page.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();
  assert.match(page.url(), /\?draf=[0-9a-f]{16}&bagian=1$/);
  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Siti Aminah');
  assert.equal(await page.getByText('belum tersimpan di HP').count(), 0);
  await page.context().setOffline(false);
  assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test("the resident's wipe says what goes and leaves the office's register and tally alone", async () => {
  const page = await app.newPage();
  await open(page, 'draf');
  await seedDrafts(page, [{ id: hexId(0xb001), form: 'sktm', updated: Date.now(), answers: { 'nama-kepala-keluarga': 'Siti' } }]);
  const office = { 'tb:buku-register': JSON.stringify('{"versi":1,"entri":[]}'), 'tb:rekap:umpan-balik': JSON.stringify('[]') };
  await page.evaluate((office) => { for (const [k, v] of Object.entries(office)) localStorage.setItem(k, v); }, office);
  await open(page, 'draf');
  await page.getByRole('button', { name: 'Hapus semua data' }).click();
  const confirm = page.getByRole('alert').filter({ hasText: 'Yakin?' });
  await confirm.getByText('Yang akan hilang: 1 draf').waitFor();
  await confirm.getByText('Buku register dan rekap umpan balik kantor desa tidak ikut dihapus.').waitFor();
  await confirm.getByRole('button', { name: 'Ya, hapus semua' }).click();
  await page.getByText('Semua data aplikasi ini sudah dihapus dari HP ini.').waitFor();
  const left = Object.fromEntries(await page.evaluate(() => Object.entries(localStorage)));
  assert.equal(left['tb:buku-register'], office['tb:buku-register']);
  assert.equal(left['tb:rekap:umpan-balik'], office['tb:rekap:umpan-balik']);
  assert.equal(Object.keys(left).filter((k) => k.startsWith('tb:draf:')).length, 0);
  assert.deepEqual(page.problems, []);
});

/// Fills this origin's storage until it refuses, under a key of another app on the same origin.
function fillStorage(page) {
  return page.evaluate(() => {
    let size = 1 << 22;
    let text = '';
    while (size >= 64) {
      try { localStorage.setItem('pengisi', text + 'x'.repeat(size)); text += 'x'.repeat(size); } catch { size >>= 1; }
    }
  });
}

test('on a full phone, deleting a draft or emptying the trash frees space, and says how much', async () => {
  const page = await app.newPage();
  await open(page, 'draf');
  const big = 'Jl. Melati '.repeat(300);
  await seedDrafts(page, [1, 2, 3].map((n) => ({ id: hexId(0xc000 + n), form: 'sktm', updated: Date.now() - n * 1000, answers: { 'nama-kepala-keluarga': `Warga ${n}`, 'alamat.jalan': big } })));
  await open(page, 'draf');
  // One to the trash while there is room.
  await page.getByRole('button', { name: 'Hapus' }).first().click();
  await page.getByRole('status').getByText('Draf dihapus.').waitFor();
  await fillStorage(page);
  await open(page, 'draf');
  // Now the trash cannot take it: deleting for good is offered, and frees what the draft took.
  await page.getByRole('button', { name: 'Hapus' }).first().click();
  const ask = page.getByRole('alert').filter({ hasText: 'Memori HP penuh' });
  await ask.getByRole('button', { name: 'Ya, hapus untuk selamanya' }).click();
  await page.getByRole('status').getByText(/^Draf dihapus untuk selamanya\. Sekitar [1-9]\d* KB memori HP kosong lagi\./).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Lanjutkan' }).count(), 1);
  await page.getByRole('button', { name: /^Kosongkan tempat sampah \(sekitar [1-9]\d* KB\)$/ }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Ya, kosongkan' }).click();
  await page.getByRole('status').getByText(/^Tempat sampah dikosongkan\. Sekitar [1-9]\d* KB memori HP kosong lagi\./).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Baru dihapus' }).count(), 0);
  // The advice worked: a form saves again.
  await open(page, 'formulir/surat-keterangan-domisili');
  await page.getByRole('button', { name: 'Mulai baru' }).click().catch(() => {});
  await page.locator('form .field__input').first().fill('Siti Aminah');
  await page.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('where the browser cannot run the app, every page with a form or button says so in words', async () => {
  // A browser without the WebAssembly features the app is built with (Chrome before 96).
  const page = await app.newPage();
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto(app.url('formulir/sktm'));
  const message = page.getByRole('alert').filter({ hasText: 'Aplikasi belum bisa berjalan di HP ini' });
  await message.waitFor();
  await message.getByText('perbarui Google Chrome').waitFor();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  assert.equal(await message.evaluate((el) => el === document.activeElement), true, 'a tap leads to the message');
  assert.deepEqual(page.problems, []);

  // A browser whose JavaScript is older than the app's scripts (Chrome before 85) says the same.
  const older = await app.newPage();
  await older.addInitScript(() => { delete String.prototype.replaceAll; });
  await older.goto(app.url('cek/pkh'));
  await older.getByRole('alert').filter({ hasText: 'Aplikasi belum bisa berjalan di HP ini' }).waitFor();
  assert.equal(await older.evaluate(() => document.documentElement.hasAttribute('data-hydrated')), false, 'nothing started');

  // A bundle that fails to start (a broken download) says the same.
  const broken = await app.newPage();
  await broken.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('bukan wasm') }));
  await broken.goto(app.url('cek/pkh'));
  await broken.getByRole('alert').filter({ hasText: 'Aplikasi belum bisa berjalan di HP ini' }).waitFor();
  // On a browser that runs it, the message never shows.
  const fine = await app.newPage();
  await open(fine, 'formulir/sktm');
  assert.equal(await fine.getByText('Aplikasi belum bisa berjalan di HP ini').isVisible(), false);
});

test('every bundle is WebAssembly 1.0 with mutable globals, which Chrome 74 and later run', () => {
  const bundles = readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
  assert.equal(bundles.length, 6);
  for (const wasm of bundles) {
    // wasm-opt validates the module against exactly these features and fails on any other instruction.
    execFileSync('wasm-opt', ['--mvp-features', '--enable-mutable-globals', join(dist, wasm), '-o', '/dev/null'], { stdio: 'pipe' });
  }
});

/// Adds a neighbour's profile on /draf; it becomes the one forms are filled for.
async function addNeighbour(page, label) {
  await open(page, 'draf');
  await page.getByRole('button', { name: 'Tambah orang yang dibantu' }).click();
  await page.getByLabel('Nama panggilan (ditampilkan di daftar)').fill(label);
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText(`Formulir baru diisi untuk: ${label}`).waitFor();
}

test("a volunteer's visit plans for two neighbours stay apart and go with their profiles", async () => {
  const page = await app.newPage();
  await addNeighbour(page, 'Joko');
  await open(page, 'kunjungan?tambah=kk-hilang-rusak');
  await page.getByText('Kartu Keluarga (KK) hilang atau rusak sudah masuk rencana.').waitFor();
  await addNeighbour(page, 'Darto');
  await open(page, 'kunjungan?tambah=pindah-domisili');
  const chosen = page.locator('ul.plan-services > li');
  await chosen.filter({ hasText: 'Pindah domisili (pindah alamat)' }).waitFor();
  assert.equal(await chosen.count(), 1, "Joko's errand is not in Darto's plan");

  await open(page, 'draf');
  for (const name of ['Joko', 'Darto']) {
    const group = page.locator('section.drafts__group').filter({ has: page.getByRole('heading', { name, exact: true }) });
    assert.equal(await group.locator('.drafts__item').count(), 1, `${name} has one plan`);
  }
  assert.equal(await page.getByRole('heading', { name: 'Untuk diri sendiri' }).count(), 0);
  for (const name of ['Joko', 'Darto']) {
    await page.getByRole('button', { name: `Selesai dan hapus ${name}` }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Ya, hapus' }).click();
  }
  await page.getByText('Belum ada draf.').waitFor();
  assert.deepEqual(page.problems, []);
});

test('a checker opened again offers the saved check first', async () => {
  const page = await app.newPage();
  await open(page, 'cek/pkh');
  // Answer until the result, each question with its first answer.
  for (let guard = 0; guard < 40; guard += 1) {
    if (await page.getByRole('button', { name: 'Lihat hasil' }).count()) break;
    const before = page.url();
    const members = page.getByLabel('Berapa orang yang tinggal serumah, termasuk Anda?');
    if (await members.count()) await members.fill('2');
    else if (await page.locator('#jawaban').count()) await page.locator('#jawaban').fill((await page.getByRole('heading', { level: 1 }).textContent()).includes('tanggal') ? '01/02/1990' : '2');
    else await page.locator('.choices__input').first().check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  const result = await page.getByRole('heading', { level: 1 }).textContent();

  await open(page, 'cek/pkh');
  await page.getByRole('heading', { level: 1, name: 'Anda sudah pernah mengisi cek ini' }).waitFor();
  await page.getByRole('button', { name: 'Lihat hasil terakhir' }).click();
  await page.getByRole('heading', { level: 1, name: result }).waitFor();
  // A new check is still one tap away.
  await open(page, 'cek/pkh');
  await page.getByRole('button', { name: 'Mulai cek baru' }).click();
  await page.getByRole('button', { name: 'Lanjut' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a question about the applicant is asked of "Anda", and about others of "orang ini"', async () => {
  const page = await app.newPage();
  await open(page, 'cek/semua');
  const seen = [];
  for (let guard = 0; guard < 60; guard += 1) {
    if (await page.getByRole('button', { name: 'Lihat hasil' }).count()) break;
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    seen.push(heading);
    const before = page.url();
    const members = page.getByLabel('Berapa orang yang tinggal serumah, termasuk Anda?');
    if (await members.count()) await members.fill('2');
    else if (await page.locator('#jawaban').count()) await page.locator('#jawaban').fill(heading.includes('tanggal') ? '01/02/1990' : '2');
    else await page.getByLabel('Saya tidak tahu').check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  assert.ok(seen.includes('Kapan tanggal lahir Anda?'), seen.join('\n'));
  assert.ok(seen.includes('Orang ke-2 di rumah: Kapan tanggal lahir orang ini?'), seen.join('\n'));
  assert.deepEqual(seen.filter((q) => /Anda/.test(q) && /orang ini/.test(q)), []);
  assert.deepEqual(page.problems, []);
});

test('the satisfaction survey can be skipped as its title says', async () => {
  const page = await app.newPage();
  await open(page, 'formulir/umpan-balik-layanan');
  for (const group of await page.locator('form fieldset').all()) await group.locator('input[type=radio]').first().check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Survei kepuasan (boleh dilewati)' }).waitFor();
  await page.getByText('Tidak mau? Langsung tekan Lanjut.').waitFor();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Boleh kami hubungi?' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('no empty band is kept for "Dengarkan" where the browser has no voice for the page', async () => {
  // Headless Chromium has speech synthesis and no voices at all.
  const page = await app.newPage();
  await open(page, 'layanan/sktm');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-speech'), null, { timeout: 6000 });
  assert.equal(await page.locator('.listen').evaluate((el) => el.getBoundingClientRect().height), 0);
  // The next page keeps no room for it from the first paint.
  await page.goto(app.url('cek/pkh'));
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-speech')), false);
  assert.deepEqual(page.problems, []);
});

test('a saved form opened on a slow connection says its answers are coming', async () => {
  // No service worker: the bundle comes from the (held back) network, as on a first visit.
  const page = await app.newPage({ serviceWorkers: 'block' });
  await open(page, 'formulir/sktm');
  await page.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
  await page.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.reload();
  const note = page.getByRole('status').filter({ hasText: 'Membuka jawaban yang tersimpan di HP ini.' });
  await note.waitFor();
  release();
  await appReady(page);
  assert.equal(await page.getByLabel('Nama kepala keluarga').inputValue(), 'Siti Aminah');
  assert.equal(await note.isVisible(), false);
  assert.deepEqual(page.problems, []);
});
