// The village agenda as residents use it: what is on this week (for a fixed day), by dusun, one activity's
// next dates, its calendar file and WhatsApp text, and the dates on a service page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, appReady, BUILT } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

/// A page whose clock says `iso` (UTC): the agenda is drawn for that day.
async function pageOn(iso) {
  const page = await app.newPage();
  await page.clock.setFixedTime(new Date(iso));
  return page;
}

async function open(page, path) {
  await page.goto(app.url(path));
  await appReady(page);
}

const section = (page, name) => page.locator('section.agenda').filter({ has: page.getByRole('heading', { level: 2, name }) });

test('"Minggu ini" lists this week\'s activities for the phone\'s day, and a dusun shows only what is for it', async () => {
  // Monday 11 January 2027, 10.00 WIB: six weeks after the day the pages were rendered for.
  const page = await pageOn('2027-01-11T03:00:00Z');
  await open(page, 'agenda');
  const week = section(page, 'Minggu ini');
  const posyandu = week.locator('.agenda__item').filter({ hasText: 'Posyandu balita Dusun I' }).filter({ hasNotText: 'Dusun II' });
  await posyandu.filter({ hasText: 'Selasa, 12 Januari 2027' }).waitFor();
  assert.match(await posyandu.first().textContent(), /08\.00–11\.00 WIB/);
  await week.locator('.agenda__item').filter({ hasText: 'Sabtu, 16 Januari 2027' }).filter({ hasText: 'Bank sampah' }).waitFor();
  // Every date shown this week is in this week.
  const dates = await week.locator('.agenda__date strong').allTextContents();
  assert.ok(dates.length >= 3, dates.join(' | '));
  assert.ok(dates.every((d) => /(1[1-7]) Januari 2027$/.test(d)), dates.join(' | '));
  await section(page, 'Bulan ini').locator('.agenda__item').first().waitFor();

  await page.getByRole('navigation', { name: 'Pilih kegiatan' }).getByRole('link', { name: 'Dusun II', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda: Dusun II' }).waitFor();
  await appReady(page);
  const dusunWeek = section(page, 'Minggu ini');
  await dusunWeek.locator('.agenda__item').filter({ hasText: 'Posyandu balita Dusun II' }).waitFor();
  assert.equal(await dusunWeek.locator('.agenda__item').filter({ hasText: 'Posyandu balita Dusun I' }).filter({ hasNotText: 'Dusun II' }).count(), 0);
  // Activities for the whole desa are listed for every dusun.
  await dusunWeek.locator('.agenda__item').filter({ hasText: 'Bank sampah' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('an activity page gives its rule in words, a moved date with its reason, a calendar file and WhatsApp text', async () => {
  // Tuesday 1 December 2026, the day the pages were rendered for.
  const page = await pageOn(`${BUILT}T03:00:00Z`);
  await open(page, 'agenda/posyandu-balita-dusun-3');
  await page.getByText('Setiap Kamis keempat tiap bulan, 08.00–11.00 WIB').waitFor();
  const first = page.locator('.agenda__item').first();
  await first.filter({ hasText: 'Kamis, 17 Desember 2026' }).waitFor();
  assert.match(await first.textContent(), /Dipindah dari Kamis, 24 Desember 2026: .*cuti bersama/);

  const whatsapp = await page.getByRole('link', { name: 'Kirim jadwal lewat WhatsApp' }).getAttribute('href');
  const message = decodeURIComponent(new URL(whatsapp).searchParams.get('text'));
  assert.match(message, /^Posyandu balita Dusun III: Setiap Kamis keempat tiap bulan, 08\.00–11\.00 WIB\./);
  assert.match(message, /Kamis, 17 Desember 2026; Kamis, 28 Januari 2027/);
  assert.match(message, /\/tanjung-barat\/agenda\/posyandu-balita-dusun-3\/$/);

  const link = page.getByRole('link', { name: 'Simpan ke kalender HP' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), 'posyandu-balita-dusun-3.ics');
  // Served as a calendar, which phones need to offer "add to calendar".
  const served = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
  assert.equal(served.headers()['content-type'], 'text/calendar; charset=utf-8');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  const unfolded = ics.replace(/\r\n /g, '');
  for (const expected of [
    'UID:posyandu-balita-dusun-3@tanjung-barat',
    'DTSTART;TZID=Asia/Jakarta:20260122T080000',
    'RRULE:FREQ=MONTHLY;BYDAY=4TH;UNTIL=20271231T165959Z',
    'RECURRENCE-ID;TZID=Asia/Jakarta:20260528T080000',
    'RECURRENCE-ID;TZID=Asia/Jakarta:20261224T080000',
    'DTSTART;TZID=Asia/Jakarta:20261217T080000',
    'SUMMARY:Posyandu balita Dusun III',
  ]) assert.ok(unfolded.includes(expected), `${expected} in\n${unfolded}`);
  // Both dates of this series are moved, none skipped: an override is never also excluded (EXDATE), or readers
  // that apply EXDATE after overrides drop the moved posyandu (tests/calendars/check.py reads every file).
  assert.ok(!unfolded.includes('EXDATE'), unfolded);
  assert.match(unfolded, /DTSTAMP:\d{8}T000000Z/);
  assert.match(unfolded, /DESCRIPTION:.*Bawa: Buku KIA.*menu Agenda\./);
  assert.deepEqual(page.problems, []);
});

test('a service page shows the next date of each activity it belongs to, and the agenda reads without JavaScript', async () => {
  const page = await pageOn('2027-01-11T03:00:00Z');
  await open(page, 'layanan/posyandu');
  const dates = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Jadwal kegiatan' }) });
  await dates.locator('.agenda__item').filter({ hasText: 'Selasa, 12 Januari 2027' }).filter({ hasText: 'Posyandu balita Dusun I' }).waitFor();
  await dates.getByRole('link', { name: 'Posyandu balita Dusun II', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Posyandu balita Dusun II' }).waitFor();

  const context = await page.context().browser().newContext({ javaScriptEnabled: false });
  const off = await context.newPage();
  await off.goto(app.url('agenda'));
  await off.getByRole('heading', { level: 2, name: 'Minggu ini' }).waitFor();
  assert.ok(await off.locator('.agenda__item').count() > 5, 'the pre-rendered dates are there');
  await off.getByRole('link', { name: 'Gotong royong' }).first().click();
  await off.getByRole('heading', { level: 1, name: 'Agenda: Gotong royong' }).waitFor();
  await context.close();
  assert.deepEqual(page.problems, []);
});
