// The one-visit planner as a resident uses it: three services added from their pages, one merged list of
// what to bring, the offices in visiting order, the next days every office is open (past Christmas), and a
// plan that survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

async function addFromServicePage(page, service, name) {
  await page.goto(app.url(`layanan/${service}`));
  await appReady(page);
  await page.getByRole('link', { name: 'Tambah ke rencana kunjungan' }).click();
  await appReady(page);
  await page.getByRole('status').filter({ hasText: `${name} sudah masuk rencana.` }).waitFor();
}

const section = (page, name) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });

test('three services make one checklist, offices in order, and the next days all of them are open', async () => {
  const page = await app.newPage();
  // Wednesday 23 December 2026, 10.00 WIB: the next day is cuti bersama, then Christmas and a weekend.
  await page.clock.setFixedTime(new Date('2026-12-23T03:00:00Z'));
  await addFromServicePage(page, 'sktm', 'SKTM (Surat Keterangan Tidak Mampu)');
  await addFromServicePage(page, 'izin-keramaian', 'Izin keramaian (hajatan, pertunjukan, lomba)');
  await addFromServicePage(page, 'periksa-kehamilan', 'Pemeriksaan kehamilan, nifas, dan bayi baru lahir');

  const chosen = section(page, 'Layanan dalam rencana');
  assert.deepEqual(await chosen.locator('.plan-services a').allTextContents(),
    ['SKTM (Surat Keterangan Tidak Mampu)', 'Izin keramaian (hajatan, pertunjukan, lomba)', 'Pemeriksaan kehamilan, nifas, dan bayi baru lahir']);

  // Photocopies of the KTP are summed per office; the original is brought once.
  const bring = section(page, 'Yang dibawa');
  const ktp = bring.getByLabel(/^KTP-el \(Kartu Tanda Penduduk elektronik\): /);
  assert.match(await ktp.evaluate((box) => box.labels[0].textContent),
    /: asli; fotokopi 2 lembar \(1 untuk Kantor Desa Tanjung Barat, 1 untuk Kepolisian Sektor \(Polsek\)\)$/);
  // A document asked for only in some situations says so.
  assert.ok((await bring.locator('label').allTextContents()).some((l) => l.startsWith('Surat dari Puskesmas atau rumah sakit: asli (jika untuk berobat)')));

  const stops = await section(page, 'Urutan kunjungan').locator('.plan-route__stop h3').allTextContents();
  assert.equal(stops[0], 'Ketua RT / RW tempat tinggal');
  assert.ok(stops.indexOf('Kantor Desa Tanjung Barat') < stops.indexOf('Kepolisian Sektor (Polsek)'), stops.join(' → '));
  assert.ok(stops.includes('Puskesmas'), stops.join(' → '));

  const days = section(page, 'Hari semua kantor buka');
  assert.deepEqual(await days.locator('.plan-days > li > strong').allTextContents(),
    ['Rabu, 23 Desember 2026', 'Senin, 28 Desember 2026', 'Selasa, 29 Desember 2026']);
  await days.getByText(/Hari libur yang dilewati: 24 Desember 2026 \(Cuti bersama Hari Raya Natal\), 25 Desember 2026 \(Hari Raya Natal, belum dipastikan\)\./).waitFor();
  await days.getByText(/Jam buka belum dicatat untuk: .*Ketua RT \/ RW tempat tinggal/).waitFor();
  // The pregnancy check needs the mother herself.
  await page.getByText(/Pemeriksaan kehamilan, nifas, dan bayi baru lahir: orang yang mengurus harus datang sendiri ke Puskesmas/).waitFor();

  const wa = await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
  const text = decodeURIComponent(new URL(wa).searchParams.get('text') ?? '');
  assert.match(text, /^\*Rencana kunjungan\*/);
  assert.match(text, /- KTP-el \(Kartu Tanda Penduduk elektronik\): asli; fotokopi 2 lembar/);
  assert.match(text, /\*Hari semua kantor buka\*\n- Rabu, 23 Desember 2026/);

  // The plan prints on one A4 page, with why one trip will not do.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Perhatikan' }).isVisible(), true);
  assert.equal(await page.getByRole('button', { name: 'Tambah', exact: true }).isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1, 'the plan prints on one A4 page');
  await page.emulateMedia({ media: 'screen' });

  // Ticks and services are kept: after a reload, and after removing one service.
  await ktp.check();
  await page.reload();
  await appReady(page);
  await section(page, 'Yang dibawa').getByLabel(/^KTP-el/).waitFor();
  assert.equal(await section(page, 'Yang dibawa').getByLabel(/^KTP-el/).isChecked(), true);
  await page.getByRole('button', { name: 'Hapus Izin keramaian (hajatan, pertunjukan, lomba)' }).click();
  await page.reload();
  await appReady(page);
  await section(page, 'Layanan dalam rencana').locator('.plan-services a').nth(1).waitFor();
  assert.deepEqual(await section(page, 'Layanan dalam rencana').locator('.plan-services a').allTextContents(),
    ['SKTM (Surat Keterangan Tidak Mampu)', 'Pemeriksaan kehamilan, nifas, dan bayi baru lahir']);
  assert.match(await section(page, 'Yang dibawa').getByLabel(/^KTP-el/).evaluate((box) => box.labels[0].textContent), /fotokopi 1 lembar \(1 untuk Kantor Desa Tanjung Barat\)$/);

  // The plan is one of the phone's drafts, and opens again from there.
  await page.goto(app.url('draf'));
  await appReady(page);
  const item = page.locator('.drafts__item').filter({ hasText: 'Rencana kunjungan' });
  await item.getByRole('link', { name: 'Lanjutkan' }).click();
  await appReady(page);
  await section(page, 'Layanan dalam rencana').locator('.plan-services a').first().waitFor();
  assert.equal(await section(page, 'Layanan dalam rencana').locator('.plan-services a').count(), 2);
  assert.deepEqual(page.problems, []);
});

test('a service is added from the list on the planner itself, and an empty plan says what to do', async () => {
  const page = await app.newPage();
  await page.goto(app.url('kunjungan'));
  await appReady(page);
  await page.getByText('Belum ada layanan dalam rencana.', { exact: false }).waitFor();
  await page.getByLabel('Tambah layanan').selectOption({ label: 'KIA (Kartu Identitas Anak)' });
  await page.getByRole('button', { name: 'Tambah', exact: true }).click();
  await section(page, 'Layanan dalam rencana').getByRole('link', { name: 'KIA (Kartu Identitas Anak)' }).waitFor();
  await section(page, 'Urutan kunjungan').getByRole('heading', { level: 3, name: /Disdukcapil/ }).waitFor();
  assert.deepEqual(page.problems, []);
});
