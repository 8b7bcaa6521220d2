// Health schedules: a child's immunisation plan from the birth date, a printable card and calendar reminders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

test('a birth date gives the immunisation plan with statuses, kept after a reload, and an .ics file', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek'));
  await appReady(page);
  await page.getByRole('link', { name: /Jadwal imunisasi anak/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Jadwal imunisasi anak' }).waitFor();
  // A baby born three months ago: the first doses have passed, later ones are coming up.
  const birth = new Date(Date.now() - 92 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Tanggal lahir anak').fill(birth);
  await page.getByLabel(/Nama anak/).fill('Adik Rina');
  const table = page.getByRole('table');
  await table.waitFor();
  const rows = await table.getByRole('row').count();
  assert.ok(rows > 8, `many doses listed (${rows} rows)`);
  await table.getByText('Sudah lewat').first().waitFor();
  await table.getByText('Akan datang').first().waitFor();
  // The table fits a 360 px screen, also with text at 200%.
  for (const size of ['100%', '200%']) {
    await page.evaluate((s) => { document.documentElement.style.fontSize = s; }, size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll at ${size} (${overflow}px)`);
  }
  await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Tanggal lahir anak').inputValue(), birth);
  await page.getByRole('table').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Simpan pengingat ke kalender/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'jadwal-imunisasi.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /BEGIN:VEVENT\r\n/);
  assert.match(ics, /Adik Rina/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  assert.deepEqual(page.problems, []);
});

test('a birth date in the future is refused next to the field', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/imunisasi'));
  await appReady(page);
  const next = new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Tanggal lahir anak').fill(next);
  await page.locator('#lahir-salah').waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
});

test('the first day of the last period gives the due date and the check-ups by trimester', async () => {
  const page = await app.newPage();
  await page.goto(app.url('layanan/periksa-kehamilan'));
  await appReady(page);
  await page.getByRole('link', { name: 'Jadwal periksa kehamilan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jadwal periksa kehamilan' }).waitFor();
  const hpht = new Date(Date.now() - 70 * 24 * 3600 * 1000);
  await page.getByLabel('Hari pertama haid terakhir (HPHT)').fill(hpht.toISOString().slice(0, 10));
  await page.getByText(/^Perkiraan lahir: /).waitFor();
  await page.getByText(/^Usia kehamilan hari ini: (9|10) minggu/).waitFor();
  const table = page.getByRole('table');
  assert.ok((await table.getByRole('row').count()) >= 4, 'three trimesters and a header');
  await table.getByText('Waktunya').first().waitFor();
  // A date a year ago cannot be a current pregnancy.
  const old = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Hari pertama haid terakhir (HPHT)').fill(old);
  await page.locator('#hpht-salah').waitFor();
  assert.deepEqual(page.problems, []);
});

test('a date of birth shows the free health checks due', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/ckg'));
  await appReady(page);
  await page.getByLabel('Tanggal lahir').fill('1990-06-15');
  await page.locator('.card').first().waitFor();
  assert.ok((await page.locator('.card').count()) >= 1);
  assert.deepEqual(page.problems, []);
});
