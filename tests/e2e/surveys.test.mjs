// Residents' surveys: an open survey leads to its form (answered and handed over like any form, anonymous),
// a closed one shows its results as bars with the same figures in a table, and results are never shown while
// a survey is open. Pages are judged on the day they were built for (2026-12-01).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const card = (page, name) => page.locator('section.survey').filter({ has: page.getByRole('heading', { level: 3, name }) });

test('an open survey links to its form; a closed one shows its results, its chart matching its table', async () => {
  const page = await app.newPage();
  await page.goto(app.url('survei'));
  await appReady(page);
  const open = card(page, 'Survei warga: pelatihan yang dibutuhkan');
  await open.getByText('Dibuka 16 November 2026 sampai 15 Januari 2027').waitFor();
  assert.equal(await open.locator('.chart, table').count(), 0, 'no results while the survey is open');

  const closed = card(page, 'Survei warga: jadwal posyandu yang cocok');
  await closed.getByText('Contoh hasil, belum data desa').waitFor();
  await closed.getByText('84 warga menjawab. Diumumkan 10 November 2026.').waitFor();
  const chart = closed.locator('figure.chart').filter({ hasText: 'Hari apa posyandu paling cocok untuk Anda?' });
  const bars = await chart.locator('.chart__row').evaluateAll((rows) => rows.map((r) => `${r.querySelector('.chart__label').textContent}: ${r.querySelector('.chart__value').textContent}`));
  assert.deepEqual(bars, ['Selasa: 31 orang', 'Kamis: 22 orang', 'Sabtu: 27 orang', 'Hari apa saja: 4 orang']);
  const table = await chart.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(table.length, 4);
  assert.match(table[0], /^Selasa.*31 orang.*37%/);
  assert.match(table[3], /^Hari apa saja.*4 orang.*5%/);

  // The open survey's form says until when it counts, and asks for no name.
  await open.getByRole('link', { name: 'Isi survei' }).click();
  await appReady(page);
  await page.getByText('Survei ini dibuka sampai 15 Januari 2027. Penyelenggara: Pemerintah Desa Tanjung Barat bersama BUMDes.').waitFor();
  await page.getByRole('group', { name: 'Pelatihan apa yang ingin Anda ikuti?' }).getByLabel('Pertanian organik').check();
  await page.getByRole('group', { name: 'Kapan Anda paling bisa ikut?' }).getByLabel('Sabtu atau Minggu').check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('group', { name: 'Umur Anda' }).getByLabel('25 sampai 45 tahun').check();
  assert.equal(await page.getByLabel(/Nama/).count(), 0, 'the survey is anonymous');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('with JavaScript off the surveys and their results read as a plain page', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.url('survei'));
  await card(page, 'Survei warga: jadwal posyandu yang cocok').locator('figure.chart').first().waitFor();
  await page.getByRole('link', { name: 'Isi survei' }).waitFor();
});
