// The office side of the hand-over, on two devices (two browser contexts): a resident finishes the SKTM form;
// the clerk takes it in by QR code (a screenshot decoded by the receive page's own decoder), by the link a
// phone camera opens, by WhatsApp text mangled by forwarding, and by file; sees it read-only in the office's
// words; registers it; moves it to "siap diambil" and tells the resident; prints the letter on one A4 page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const NIK = '3201014107800001';
/// Both phones' clocks: 1 December 2026, 10:00 in the desa (WIB).
const NOW = new Date('2026-12-01T03:00:00Z');

async function newDevice(on = app) {
  const page = await on.newPage();
  await page.clock.setFixedTime(NOW);
  return page;
}

/// The resident's phone: the SKTM form finished, on its finish page.
async function residentFinishesSktm() {
  const page = await newDevice();
  await page.goto(app.url('formulir/sktm'));
  await appReady(page);
  await page.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
  await page.getByLabel('NIK kepala keluarga').fill(NIK);
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill('3201011507150003');
  await page.getByLabel('Jalan, gang, dan nomor rumah').fill('Jl. Melati 5');
  await page.getByLabel('RT', { exact: true }).fill('3');
  await page.getByLabel('RW', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Keringanan biaya berobat').check();
  await page.getByLabel('Nama Puskesmas atau rumah sakit').fill('Puskesmas Tanjung Barat');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Nomor HP atau WhatsApp').fill('0812 3456 7890');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  await page.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { level: 1, name: 'Formulir sudah lengkap' }).waitFor();
  return page;
}

async function whatsappText(page) {
  const href = await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
  return decodeURIComponent(href.split('text=')[1]);
}

/// The clerk's device, on the receive page.
async function officeReceivePage() {
  const page = await newDevice();
  await page.goto(app.url('terima'));
  await appReady(page);
  return page;
}

/// The read-only view shows the resident's answers under the office's labels, never "Anda".
async function assertReceivedSktm(page) {
  await page.getByRole('heading', { level: 2, name: 'Formulir diterima' }).waitFor();
  const received = page.locator('.received');
  assert.match(await received.textContent(), /Permohonan SKTM/);
  assert.match(await received.textContent(), /Diisi warga pada 1 Desember 2026\./);
  assert.match(await received.textContent(), /Versi formulir 1\./);
  const keys = await received.locator('.answers__key').allTextContents();
  const values = await received.locator('.answers__value').allTextContents();
  const row = (key) => values[keys.indexOf(key)];
  assert.equal(row('Nama kepala keluarga'), 'Siti Aminah');
  assert.equal(row('NIK kepala keluarga'), NIK);
  assert.equal(row('Keperluan SKTM'), 'Keringanan biaya berobat');
  assert.equal(row('Puskesmas atau rumah sakit'), 'Puskesmas Tanjung Barat');
  assert.equal(row('Nomor HP atau WhatsApp pemohon'), '0812-3456-7890');
  assert.ok(keys.every((k) => !/\bAnda\b/.test(k)), keys.join(' | '));
  // Read only: no field of the resident's form, nothing to edit.
  assert.equal(await received.locator('input, textarea').count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Ubah' }).count(), 0);
}

async function pdfPages(page) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test('a QR code screenshot is read, registered, marked ready with a WhatsApp message, and its letter prints on one A4 page', async () => {
  const resident = await residentFinishesSktm();
  // Before a NIK goes out by WhatsApp, the page says WhatsApp keeps a copy.
  await resident.getByText('Pesan ini memuat NIK. WhatsApp menyimpan salinan setiap pesan.', { exact: false }).waitFor();
  const qr = resident.getByRole('img', { name: 'Kode QR berisi jawaban formulir ini' });
  const enlarge = resident.getByRole('button', { name: 'Perbesar kode QR' });
  await enlarge.click();
  await resident.getByRole('button', { name: 'Perkecil kode QR', pressed: true }).waitFor();
  const box = await qr.boundingBox();
  assert.ok(box.width >= 320, `enlarged to ${box.width}px`);
  const shot = join(mkdtempSync(join(tmpdir(), 'qr-')), 'kode-qr.png');
  writeFileSync(shot, await qr.screenshot());
  // The printout carries the QR code and leaves out the app-only sentence.
  await resident.getByRole('button', { name: 'Perkecil kode QR' }).click();
  await resident.emulateMedia({ media: 'print' });
  assert.equal(await qr.isVisible(), true, 'the QR code is printed');
  assert.equal(await resident.getByText('Jawaban tersimpan di HP ini.', { exact: false }).isVisible(), false);
  const printed = await resident.locator('.print-checklist li').allTextContents();
  assert.ok(printed.some((d) => /Puskesmas atau rumah sakit/.test(d)), `the answer's own document: ${printed}`);
  assert.ok(!printed.some((d) => /sekolah atau kampus/i.test(d)), `not the school's: ${printed}`);

  const office = await officeReceivePage();
  await office.getByLabel('Buka berkas atau foto kode QR').setInputFiles(shot);
  await assertReceivedSktm(office);
  await office.getByRole('button', { name: 'Catat di buku register' }).click();
  await office.getByRole('status').filter({ hasText: 'Tercatat di buku register dengan nomor 001/2026.' }).waitFor();
  // Reloading keeps the form on screen (its code stays in the address's fragment, on this device).
  await office.reload();
  await appReady(office);
  await assertReceivedSktm(office);
  await office.getByRole('button', { name: 'Catat di buku register' }).click();
  await office.getByRole('status').filter({ hasText: 'sudah tercatat dengan nomor 001/2026' }).waitFor();
  await office.getByRole('link', { name: 'Buka catatannya' }).click();
  await appReady(office);
  await office.getByRole('heading', { name: 'Nomor register 001/2026' }).waitFor();
  await office.getByRole('button', { name: 'Tandai: Diproses' }).click();
  await office.getByRole('button', { name: 'Tandai: Siap diambil' }).click();
  const tell = office.getByRole('link', { name: 'Kabari warga lewat WhatsApp: siap diambil' });
  const wa = await tell.getAttribute('href');
  assert.ok(wa.startsWith('https://wa.me/6281234567890?text='), wa);
  assert.equal(decodeURIComponent(wa.split('text=')[1]), 'Halo Siti Aminah, Permohonan SKTM (Surat Keterangan Tidak Mampu) Anda (nomor register 001/2026) sudah siap diambil di Kantor Desa. Terima kasih.');
  await office.getByLabel('Catatan petugas').fill('Fotokopi KK belum dibawa');
  await office.getByRole('button', { name: 'Simpan catatan' }).click();
  await office.getByRole('status').filter({ hasText: 'Catatan tersimpan.' }).waitFor();
  await office.reload();
  await appReady(office);
  assert.match(await office.locator('.entry').textContent(), /Status: Siap diambil/);
  assert.equal(await office.getByLabel('Catatan petugas').inputValue(), 'Fotokopi KK belum dibawa');

  const letter = office.getByRole('article', { name: 'Pratinjau surat' });
  const text = await letter.textContent();
  for (const part of ['PEMERINTAH DESA TANJUNG BARAT', 'SURAT KETERANGAN TIDAK MAMPU', 'Nomor: S-11/001/XII/2026', 'Siti Aminah', NIK, 'Kepala Desa Tanjung Barat', 'Tanjung Barat, 1 Desember 2026']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  assert.match(text, /keringanan biaya berobat|Puskesmas Tanjung Barat/);
  await office.emulateMedia({ media: 'print' });
  assert.equal(await letter.isVisible(), true);
  assert.equal(await office.getByRole('button', { name: 'Cetak surat' }).isVisible(), false, 'the tools do not print');
  assert.equal(await pdfPages(office), 1, 'the letter prints on one A4 page');
  // At the width of an A4 page less its margins (about 700 CSS px): letter-sized text that fills the page, not
  // an 8 pt block in its top third.
  await office.setViewportSize({ width: 794, height: 1123 });
  const paper = await letter.evaluate((el) => ({ size: parseFloat(getComputedStyle(el.querySelector('p')).fontSize), height: el.getBoundingClientRect().height }));
  assert.ok(paper.size >= 15, `letter text at ${paper.size}px`);
  assert.ok(paper.height >= 0.6 * 1030, `letter ${paper.height}px tall on a 1030px page`);
  await office.setViewportSize({ width: 360, height: 740 });
  await office.emulateMedia({ media: 'screen' });

  // The register: searchable, and as CSV for the desa's books.
  await office.getByRole('link', { name: 'Kembali ke daftar' }).click();
  await appReady(office);
  await office.getByLabel('Cari nomor, nama, formulir, atau status').fill('siti siap');
  await office.getByRole('link', { name: /001\/2026 Siti Aminah/ }).waitFor();
  await office.getByLabel('Cari nomor, nama, formulir, atau status').fill('budi');
  await office.getByText('Tidak ada yang cocok dengan pencarian ini.').waitFor();
  const [download] = await Promise.all([office.waitForEvent('download'), office.getByRole('button', { name: 'Unduh CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  assert.equal(csv[0], 'nomor,diterima,formulir,nama,nik,telepon,status,diubah,catatan');
  assert.equal(csv[1], `001/2026,2026-12-01,Permohonan SKTM (Surat Keterangan Tidak Mampu),Siti Aminah,${NIK},0812 3456 7890,siap_diambil,2026-12-01,Fotokopi KK belum dibawa`);
  assert.deepEqual(resident.problems, []);
  assert.deepEqual(office.problems, []);
});

test('the link a phone camera opens, a forwarded WhatsApp message and a file all read the same form', async () => {
  const resident = await residentFinishesSktm();
  const message = await whatsappText(resident);
  const link = message.trim().split('\n').pop();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/tanjung-barat\/terima#LTB2:[0-9A-Z$+\-/:]+$/, link);
  assert.match(message, /Nama kepala keluarga: Siti Aminah\n/);

  // The camera app opens the link: the page reads the fragment by itself.
  const byLink = await newDevice();
  await byLink.goto(link);
  await appReady(byLink);
  await assertReceivedSktm(byLink);

  // Forwarded: a label in front, the code broken over two lines, a reply after it.
  const code = link.split('#')[1];
  // (A replacer function: a replacement string would read the code's "$$" as one "$".)
  const forwarded = `Diteruskan\n${message.replace(code, () => `${code.slice(0, 40)}\n${code.slice(40)}`)}\nTERIMA KASIH PAK`;
  const office = await officeReceivePage();
  await office.getByLabel('Tempel pesan WhatsApp dari warga').fill(forwarded);
  await office.getByRole('button', { name: 'Baca formulir' }).click();
  await assertReceivedSktm(office);

  const [download] = await Promise.all([resident.waitForEvent('download'), resident.getByRole('button', { name: 'Simpan sebagai berkas' }).click()]);
  const byFile = await officeReceivePage();
  await byFile.getByLabel('Buka berkas atau foto kode QR').setInputFiles(await download.path());
  await assertReceivedSktm(byFile);
  for (const p of [resident, byLink, office, byFile]) assert.deepEqual(p.problems, []);
});

test('a tampered or cut code gets a clear message next to the field, and nothing is received or registered', async () => {
  const resident = await residentFinishesSktm();
  const code = (await whatsappText(resident)).trim().split('#').pop();
  const office = await officeReceivePage();
  const field = office.getByLabel('Tempel pesan WhatsApp dari warga');
  const swap = code.at(-10) === 'A' ? 'B' : 'A';
  for (const bad of [code.slice(0, -6), `${code.slice(0, -10)}${swap}${code.slice(-9)}`]) {
    await field.fill(bad);
    await office.getByRole('button', { name: 'Baca formulir' }).click();
    await office.getByRole('alert').filter({ hasText: 'Kode formulir ini rusak atau terpotong, jadi tidak dibaca.' }).waitFor();
    assert.equal(await office.getByRole('heading', { name: 'Formulir diterima' }).count(), 0);
  }
  await field.fill('Halo pak, ini formulir saya');
  await office.getByRole('button', { name: 'Baca formulir' }).click();
  await office.getByRole('alert').filter({ hasText: 'Tidak ada kode formulir (LTB2:…) di sini.' }).waitFor();
  assert.equal(await office.evaluate(() => localStorage.getItem('tb:buku-register')), null, 'nothing registered');
  await office.goto(app.url('buku-register'));
  await appReady(office);
  await office.getByText('Belum ada formulir di buku register.').waitFor();
  assert.deepEqual(office.problems, []);
});

test('an unreadable stored register is kept aside, not lost, and a new one starts', async () => {
  const office = await newDevice();
  await office.goto(app.url('buku-register'));
  await appReady(office);
  await office.evaluate(() => localStorage.setItem('tb:buku-register', '{"format":"tb-buku-register","v":1,"entries":[{"number":'));
  await office.reload();
  await appReady(office);
  await office.getByRole('alert').filter({ hasText: 'Buku register lama di perangkat ini tidak bisa dibaca. Isinya disimpan terpisah' }).waitFor();
  // Kept as written (the store JSON-encodes every value).
  assert.equal(await office.evaluate(() => JSON.parse(localStorage.getItem('tb:buku-register:tidak-terbaca'))), '{"format":"tb-buku-register","v":1,"entries":[{"number":');
  await office.getByText('Belum ada formulir di buku register.').waitFor();
  assert.deepEqual(office.problems, []);
});

/// A QR screenshot as a one-frame Y4M video (I420), for Chromium's fake camera. The browser decodes the PNG.
async function y4mOf(png, page) {
  const { w, h, rgba } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    // A light frame around the code, as a camera sees it, with even sides (I420 halves them).
    const side = Math.ceil((Math.max(img.width, img.height) + 80) / 2) * 2;
    const c = document.createElement('canvas');
    c.width = side; c.height = side;
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, side, side);
    ctx.drawImage(img, (side - img.width) / 2, (side - img.height) / 2);
    return { w: side, h: side, rgba: Array.from(ctx.getImageData(0, 0, side, side).data) };
  }, png.toString('base64'));
  const y = Buffer.alloc(w * h);
  const u = Buffer.alloc((w / 2) * (h / 2), 128);
  const v = Buffer.alloc((w / 2) * (h / 2), 128);
  for (let i = 0; i < w * h; i += 1) {
    y[i] = Math.round(0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2]);
  }
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), y, u, v]);
}

test('the receive page scans the QR code from the camera', async () => {
  const resident = await residentFinishesSktm();
  const png = await resident.getByRole('img', { name: 'Kode QR berisi jawaban formulir ini' }).screenshot();
  const video = join(mkdtempSync(join(tmpdir(), 'kamera-')), 'kamera.y4m');
  writeFileSync(video, await y4mOf(png, resident));
  const camera = await startApp({
    chromiumArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const office = await newDevice(camera);
    await office.goto(camera.url('terima'));
    await appReady(office);
    await office.getByRole('button', { name: 'Pindai kode QR dengan kamera' }).click();
    await assertReceivedSktm(office);
    assert.equal(await office.locator('video').isVisible(), false, 'the camera closes once the code is read');
    assert.deepEqual(office.problems, []);
  } finally {
    await camera.close();
  }
});
