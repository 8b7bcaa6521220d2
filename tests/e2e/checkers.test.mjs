// Eligibility checkers: one question at a time, "Saya tidak tahu" never fails anyone, answers can be changed,
// and the result explains itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady } from './lib.mjs';

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
  await firstRow.getByText('Saya tidak tahu').waitFor();
  await firstRow.getByRole('link', { name: 'Ubah' }).click();
  await page.locator('.form__progress').waitFor();
  const firstOption = page.locator('.choices__input').first();
  if (await page.locator('#jawaban').count()) await page.locator('#jawaban').fill('2');
  else await firstOption.check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.equal(await page.locator('.answers__row').first().getByText('Saya tidak tahu').count(), 0);
  // The answers are a draft: a reload keeps them.
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.equal(await page.locator('.answers__row').first().getByText('Saya tidak tahu').count(), 0);
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
  assert.deepEqual(page.problems, []);
});
