// Eligibility checkers: one question at a time, "Saya tidak tahu" never fails anyone, answers can be changed,
// and the result explains itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady, answerCheckerQuestion, storedEntries } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

/// Answers every question "Saya tidak tahu" (and lists a household of `people`) until the check page.
async function answerUnknownUntilCheck(page, people = 1) {
  for (let i = 0; i < 60; i += 1) {
    if (await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).count()) return;
    const count = page.getByLabel('Berapa orang yang tinggal serumah, termasuk Anda?');
    if (await count.count()) await count.fill(String(people));
    else await page.getByLabel('Saya tidak tahu').check();
    const before = page.url();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error('the checker never reached the check page');
}

test('a checker answered "Saya tidak tahu" ends with "Perlu info lagi", never "Belum memenuhi syarat"', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek'));
  await appReady(page);
  await page.getByRole('link', { name: /^SKTM/ }).click();
  await page.locator('.form__progress').waitFor();
  await answerUnknownUntilCheck(page);
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await page.getByRole('heading', { level: 2, name: 'Perlu info lagi' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Belum memenuhi syarat' }).count(), 0);
  // Every criterion is shown as not yet known, none as not met.
  const reasons = page.locator('.reasons__item');
  assert.ok((await reasons.count()) >= 2, 'the reasons are listed');
  assert.equal(await reasons.filter({ hasText: 'Belum diketahui' }).count(), await reasons.count());
  assert.equal(await reasons.filter({ hasText: 'Tidak terpenuhi' }).count(), 0);
  await page.getByText('Keputusan tetap ada di kantor yang mengurus.').waitFor();
  await page.getByRole('link', { name: 'Syarat dan kantornya' }).waitFor();
  await page.getByRole('link', { name: 'Isi formulirnya di sini' }).waitFor();
  // The result can be printed or sent as text.
  const wa = await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
  assert.match(decodeURIComponent(wa), /SKTM[^\n]* — Perlu info lagi/);
  await page.getByRole('button', { name: 'Cetak' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('an answer changed from the check page returns to the check page with the new answer', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/sktm'));
  await appReady(page);
  await answerUnknownUntilCheck(page);
  const firstRow = page.locator('.answers__row').first();
  const firstValue = firstRow.locator('.answers__value');
  assert.equal(await firstValue.textContent(), 'Saya tidak tahu');
  await firstRow.getByRole('link', { name: 'Ubah' }).click();
  await page.locator('.form__progress').waitFor();
  const firstOption = page.locator('.choices__input').first();
  let chosen = '2';
  if (await page.locator('#jawaban').count()) await page.locator('#jawaban').fill('2');
  else {
    await firstOption.check();
    chosen = (await page.locator(`label[for="${await firstOption.getAttribute('id')}"]`).textContent()).trim();
  }
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.ok((await page.locator('.answers__row').count()) >= 2, 'the other answers are still listed');
  assert.equal(await firstValue.textContent(), chosen, 'the new answer is shown');
  // The answers are a draft: a reload keeps them.
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.equal(await page.locator('.answers__row').first().locator('.answers__value').textContent(), chosen);
  assert.deepEqual(page.problems, []);
});

test('the household finder groups every programme by outcome and combines the documents', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek'));
  await appReady(page);
  await page.getByRole('link', { name: 'Cek semua bantuan untuk keluarga' }).click();
  await answerUnknownUntilCheck(page, 2);
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hasil cek untuk keluarga Anda' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Perlu info lagi' }).waitFor();
  const cards = await page.locator('.result__card').count();
  assert.ok(cards >= 15, `every programme has a card (${cards})`);
  await page.getByRole('heading', { level: 2, name: 'Dokumen yang perlu disiapkan' }).waitFor();
  await page.getByText(/untuk \d+ program/).first().waitFor();
  // One document, one line.
  const docs = (await page.locator('.checklist-plain li').allTextContents()).map((d) => d.split(',')[0].split(' — ')[0]);
  assert.ok(docs.length >= 3, JSON.stringify(docs));
  assert.equal(new Set(docs).size, docs.length, `no document twice: ${JSON.stringify(docs)}`);
  // A short summary comes first: every programme is named there, with its outcome.
  const summary = page.locator('.result-summary');
  const named = await summary.getByRole('link').count();
  assert.equal(named, cards, 'the summary names every programme');
  const [summaryBox, firstCard] = [await summary.boundingBox(), await page.locator('.result__card').first().boundingBox()];
  assert.ok(summaryBox.y < firstCard.y, 'the summary is above the details');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 9000, `the result page stays short with its details folded (${height}px)`);
  assert.deepEqual(page.problems, []);
});

const checkHeading = (page) => page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' });

/// Every checker and the household finder: answers given before a reload are still there after it, the page is
/// on the same question, the check page lists them, and the results come back after a reload too.
test('a reload halfway through any checker, or after finishing it, keeps the answers and the place', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek'));
  await appReady(page);
  const links = await page.locator('.service-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const checkers = [...links.map((h) => h.split('/cek/')[1]), 'semua'];
  assert.ok(checkers.length >= 18, `every programme has a checker (${checkers.length})`);
  for (const id of checkers) {
    await page.goto(app.url(`cek/${id}`));
    await appReady(page);
    const given = [];
    for (let i = 0; i < 2 && !(await checkHeading(page).count()); i += 1) {
      given.push(await answerCheckerQuestion(page));
    }
    const here = await page.getByRole('heading', { level: 1 }).textContent();
    const url = page.url();
    await page.reload();
    await appReady(page);
    assert.equal(page.url(), url, `${id}: the address keeps the place`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), here, `${id}: the same question after a reload`);
    for (let i = 0; i < 60 && !(await checkHeading(page).count()); i += 1) {
      await answerCheckerQuestion(page, { unknown: true });
    }
    await checkHeading(page).waitFor();
    const rows = page.locator('.answers__row');
    assert.ok((await rows.count()) >= given.length, `${id}: the check page lists the answers`);
    const values = await page.locator('.answers__value').allTextContents();
    for (const { answer } of given) {
      assert.ok(values.some((v) => v.startsWith(answer.split(' ')[0])), `${id}: "${answer}" is among ${JSON.stringify(values)}`);
    }
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('.result-summary').waitFor();
    await page.reload();
    await appReady(page);
    await page.locator('.result-summary').waitFor();
    const damaged = (await storedEntries(page)).filter(([k]) => k.startsWith('tb:rusak:'));
    assert.deepEqual(damaged, [], `${id}: nothing was set aside as unreadable`);
  }
  assert.deepEqual(page.problems, []);
});

test('checker answers set aside by the earlier bug come back on the next start, the newest copy first', async () => {
  const page = await app.newPage();
  const id = '5a5a5a5a5a5a0001';
  // What an affected phone holds: every save of a PKH check set the one before aside, in layout 2.
  const copy = (revision, answer) => JSON.stringify({
    schema: 2, id, form: 'cek:pkh', form_version: 1, revision, created: 1795363980000, updated: 1795363980000 + revision,
    profile: null, answers: { jawaban: JSON.stringify({ keluarga: { 'terdaftar-dtsen': answer } }) },
  });
  await page.addInitScript(({ id, copies }) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    copies.forEach((raw, i) => localStorage.setItem(`tb:rusak:tb:draf:${id}${i ? `~${i + 1}` : ''}`, raw));
  }, { id, copies: [copy(1, false), copy(2, false), copy(3, true)] });
  await page.goto(app.url('draf'));
  await appReady(page);
  const item = page.locator('.drafts__item').filter({ hasText: 'PKH' });
  await item.waitFor();
  assert.equal(await page.getByText(/data tidak bisa dibaca/).count(), 0, 'no damaged entries are left to explain');
  assert.deepEqual((await storedEntries(page)).filter(([k]) => k.startsWith('tb:rusak:')), []);
  await item.getByRole('link', { name: 'Lanjutkan' }).click();
  await page.locator('.form__progress, .answers').first().waitFor();
  await page.goto(app.url(`cek/pkh?draf=${id}&tanya=periksa`));
  await appReady(page);
  await checkHeading(page).waitFor();
  const row = page.locator('.answers__row').filter({ hasText: 'DTSEN' });
  assert.equal(await row.locator('.answers__value').textContent(), 'Ya', 'the newest copy (revision 3) came back');
  assert.deepEqual(page.problems, []);
});

test('a volunteer checking for a neighbour sees the result worded for her and filed under her name', async () => {
  const page = await app.newPage();
  await page.goto(app.url('draf'));
  await appReady(page);
  await page.getByRole('button', { name: 'Tambah orang yang dibantu' }).click();
  await page.getByLabel('Nama panggilan (ditampilkan di daftar)').fill('Bu Sumi');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.getByText('Formulir baru diisi untuk: Bu Sumi').waitFor();
  await page.goto(app.url('cek/pkh'));
  await appReady(page);
  await answerUnknownUntilCheck(page);
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hasil cek untuk Bu Sumi' }).waitFor();
  const reasons = await page.locator('.reasons__item').allTextContents();
  assert.ok(reasons.some((r) => r.includes('keluarga Bu Sumi')), JSON.stringify(reasons));
  assert.ok(reasons.every((r) => !/keluarga Anda/i.test(r)), JSON.stringify(reasons));
  await page.goto(app.url('draf'));
  await appReady(page);
  const group = page.locator('.drafts__group').filter({ has: page.getByRole('heading', { level: 2, name: 'Bu Sumi' }) });
  await group.locator('.drafts__item').filter({ hasText: 'PKH' }).filter({ hasText: 'Sudah ada hasil' }).waitFor();
  assert.deepEqual(page.problems, []);
});
