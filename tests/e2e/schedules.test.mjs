// Health schedules: a child's immunisation plan from the birth date, what to do about each dose today, the next
// visit, a printable card with the child's name, and calendar reminders; pregnancy check-ups and free health checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const DAY = 24 * 3600 * 1000;
/// A date `days` from today in the village (WIB, UTC+7), as residents type it: dd/mm/yyyy.
const typed = (days) => {
  const d = new Date(Date.now() + 7 * 3600 * 1000 + days * DAY);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
const villageYear = () => new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear();
const row = (page, vaccine) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: vaccine }) });

test('a birth date gives the immunisation plan with what to do today, kept after a reload', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek'));
  await appReady(page);
  await page.getByRole('link', { name: /Jadwal imunisasi anak/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Jadwal imunisasi anak' }).waitFor();
  // A baby born three weeks ago: the birth dose is late, BCG may be given now, the rest comes later.
  const birth = typed(-21);
  await page.getByLabel('Tanggal lahir anak').fill(birth);
  await page.getByText(/^Terbaca: /).waitFor();
  const table = page.getByRole('table');
  await table.waitFor();
  assert.ok((await table.getByRole('row').count()) > 8, 'many doses listed');
  await row(page, /HB-0/).getByText('Terlambat: minta di posyandu berikutnya').waitFor();
  await row(page, /^BCG/).getByText('Bisa sekarang').waitFor();
  await row(page, /PCV 1/).getByText('Belum waktunya').waitFor();
  assert.equal(await table.getByText('Sudah lewat').count(), 0, 'no status reads as "already given"');
  // The next visit is at the top: now, for the doses that can be given now.
  const next = page.getByRole('region', { name: 'Kunjungan berikutnya' });
  await next.getByText('Sekarang, di posyandu atau puskesmas terdekat').waitFor();
  await next.getByText(/HB-0/).waitFor();
  const [nextBox, tableBox] = [await next.boundingBox(), await table.boundingBox()];
  assert.ok(nextBox.y < tableBox.y, 'the next visit comes before the table');
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
  await row(page, /^BCG/).getByText('Bisa sekarang').waitFor();
  assert.deepEqual(page.problems, []);
});

test('a parent ticks the doses given; the ticks stay on the phone and move the next visit on', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/imunisasi'));
  await appReady(page);
  await page.getByLabel('Tanggal lahir anak').fill(typed(-21));
  for (const vaccine of ['Hepatitis B saat lahir (HB-0)', 'BCG (pencegah TBC)']) {
    await page.getByLabel(`Sudah diberikan: ${vaccine}`).check();
  }
  await row(page, /^BCG/).getByText('Sudah diberikan', { exact: true }).first().waitFor();
  const next = page.getByRole('region', { name: 'Kunjungan berikutnya' });
  assert.equal(await next.getByText('Sekarang, di posyandu atau puskesmas terdekat').count(), 0);
  await next.getByText(/Polio tetes 1/).waitFor();
  assert.equal(await next.getByText(/BCG|HB-0/).count(), 0, 'doses given are not asked for again');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Sudah diberikan: BCG (pencegah TBC)').isChecked(), true);
  assert.deepEqual(page.problems, []);
});

test('the printed card names the child, and the calendar file has one reminder per visit day', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/imunisasi'));
  await appReady(page);
  await page.getByLabel('Tanggal lahir anak').fill(typed(-1));
  await page.getByLabel(/Nama anak/).fill('Adik Rina');
  await page.emulateMedia({ media: 'print' });
  const caption = page.locator('.schedule__caption');
  assert.equal(await caption.isVisible(), true);
  assert.match(await caption.textContent(), /^Jadwal imunisasi Adik Rina, lahir /);
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Simpan pengingat ke kalender/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'jadwal-imunisasi.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
  assert.ok(starts.length >= 5, `visits still to come (${starts.length})`);
  assert.equal(new Set(starts).size, starts.length, 'never two events on one day');
  assert.equal((ics.match(/BEGIN:VALARM/g) ?? []).length, starts.length, 'one reminder per visit');
  assert.match(ics.replace(/\r\n /g, ''), /SUMMARY:Adik Rina: Imunisasi: [^\r]*PCV 1[^\r]*\\, [^\r]*Rotavirus 1/);
  // After the download the page says how to open the file.
  await page.getByRole('status').filter({ hasText: 'Buka dari folder Unduhan (Download)' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a birth date in the future is refused next to the field and the plan goes away', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/imunisasi'));
  await appReady(page);
  await page.getByLabel('Tanggal lahir anak').fill(typed(-30));
  await page.getByRole('table').waitFor();
  await page.getByLabel('Tanggal lahir anak').fill(typed(40));
  await page.locator('#lahir-salah').getByText('Tanggal lahir tidak boleh sesudah hari ini.').waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('the first day of the last period gives the due date and the check-ups by trimester', async () => {
  const page = await app.newPage();
  await page.goto(app.url('layanan/periksa-kehamilan'));
  await appReady(page);
  await page.getByRole('link', { name: 'Jadwal periksa kehamilan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jadwal periksa kehamilan' }).waitFor();
  await page.getByLabel('Hari pertama haid terakhir (HPHT)').fill(typed(-70));
  const due = page.getByText(/^Perkiraan lahir: /);
  await due.waitFor();
  await page.getByText(/^Usia kehamilan hari ini: (9|10) minggu/).waitFor();
  const table = page.getByRole('table');
  assert.ok((await table.getByRole('row').count()) >= 4, 'three trimesters and a header');
  await table.getByText('Waktunya').first().waitFor();
  // A date a year ago cannot be a current pregnancy: the message replaces the old due date.
  await page.getByLabel('Hari pertama haid terakhir (HPHT)').fill(typed(-365));
  await page.locator('#hpht-salah').getByText(/minggu yang lalu/).waitFor();
  assert.equal(await due.count(), 0, 'the due date of the earlier entry is gone');
  assert.equal(await page.getByRole('table').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('a date of birth shows the free health checks due this year', async () => {
  const page = await app.newPage();
  await page.goto(app.url('cek/ckg'));
  await appReady(page);
  await page.getByLabel('Tanggal lahir').fill('15/06/1990');
  const cards = page.locator('.card');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 1, 'a 36-year-old has the adult check only');
  await cards.getByRole('heading', { name: /CKG ulang tahun dewasa \(18 tahun ke atas\)/ }).waitFor();
  const year = villageYear();
  await cards.getByText(`1 Januari ${year} – 31 Desember ${year}`).waitFor();
  assert.deepEqual(page.problems, []);
});
