// Articles as residents find them: through the one search box, from a service's page, by topic, and read
// with JavaScript off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

test('the catalogue search finds an article, marked as reading, and opens it', async () => {
  const page = await openPage(app, 'layanan');
  await page.getByLabel('Cari layanan').fill('stunting');
  const result = page.getByRole('link', { name: /Mencegah stunting sejak hamil/ });
  await result.waitFor();
  assert.match(await result.textContent(), /Bacaan/, 'the result says it is a reading, not a service');
  // One box over everything: the budget is found by the words residents use for it.
  await page.getByLabel('Cari layanan').fill('anggaran desa');
  await page.getByRole('link', { name: /APBDes 2026/ }).waitFor();
  await page.getByLabel('Cari layanan').fill('stunting');
  await result.click();
  await page.getByRole('heading', { level: 1, name: 'Mencegah stunting sejak hamil' }).waitFor();
  assert.ok(await page.locator('.article__body h2').count() >= 1, 'the body has its headings');
  assert.ok(await page.locator('.article__body li').count() >= 3, 'and its lists');
  await page.getByText('Keterangan diperiksa 25 November 2026.').waitFor();
  await page.getByRole('heading', { name: 'Layanan dan kegiatan terkait' }).waitFor();
  await page.getByRole('link', { name: 'Posyandu (Pos Pelayanan Terpadu)', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Posyandu/ }).waitFor();
  // The service page leads back to what there is to read about it.
  const reading = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Bacaan terkait' }) });
  await reading.getByRole('link', { name: /Mencegah stunting sejak hamil/ }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('with JavaScript off, the articles are listed by topic and read as plain pages', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.url(''));
  await page.getByRole('link', { name: /Info dan penyuluhan/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Info dan penyuluhan' }).waitFor();
  for (const topic of ['Kesehatan', 'Hak dan kewajiban warga', 'Mengurus dokumen', 'Lingkungan']) {
    const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: topic }) });
    assert.ok(await section.getByRole('link').count() >= 2, `${topic} has its articles`);
  }
  await page.getByRole('link', { name: /Hak warga atas informasi desa dan APBDes/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Hak warga atas informasi desa dan APBDes' }).waitFor();
  await page.getByRole('heading', { name: 'Sumber' }).waitFor();
  await page.goto(app.url('en/info/hak-informasi-desa'));
  await page.getByRole('heading', { level: 1, name: 'Your right to information on the village and its budget' }).waitFor();
  await page.context().close();
});
