// Feedback without a server, both ends: a resident rates a service from its page, adds the full satisfaction
// survey and sends it by WhatsApp; the clerk pastes what arrived (twice, with a typed slip and a damaged
// line) into the tally, and reads the index and grade per service, kept on the device and as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

async function next(page) {
  await page.getByRole('button', { name: 'Lanjut' }).click();
}

test('a rating from a service page, with the survey, goes out by WhatsApp and is tallied back at the office', async () => {
  const page = await app.newPage();
  await page.goto(app.url('layanan/sktm'));
  await appReady(page);
  const quick = page.getByRole('group', { name: 'Apakah layanan ini membantu?' });
  await quick.getByLabel('Membantu', { exact: true }).check();
  await page.getByRole('button', { name: 'Beri penilaian' }).click();
  await appReady(page);
  // The form opens with the service and the rating already chosen.
  const service = page.getByRole('group', { name: 'Layanan apa yang Anda nilai?' });
  await service.getByLabel('SKTM (Surat Keterangan Tidak Mampu)').waitFor();
  assert.equal(await service.getByLabel('SKTM (Surat Keterangan Tidak Mampu)').isChecked(), true);
  assert.equal(await page.getByRole('group', { name: 'Apakah layanan ini membantu?' }).getByLabel('Membantu', { exact: true }).isChecked(), true);
  assert.doesNotMatch(page.url(), /membantu=/, 'the rating left the address once saved');
  await page.getByLabel(/Apa yang sudah baik/).fill('Petugas ramah, antre lama.');
  await next(page);

  await page.getByRole('group', { name: /Mau menjawab 9 pertanyaan/ }).getByLabel('Ya').check();
  // Answers 3, 4, 4, 4, 3, 3, 4, 3, 4 to the nine elements.
  const scores = [3, 4, 4, 4, 3, 3, 4, 3, 4];
  const groups = page.locator('fieldset').filter({ has: page.locator('input[name^="u"]') });
  await groups.nth(8).waitFor();
  for (let i = 0; i < 9; i += 1) await groups.nth(i).locator('input[type=radio]').nth(scores[i] - 1).check();
  await next(page);
  await page.getByRole('group', { name: /Bolehkah petugas desa menghubungi Anda/ }).getByLabel('Tidak').check();
  await next(page);
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  await page.getByRole('button', { name: 'Selesai' }).click();
  await page.getByRole('heading', { level: 1, name: 'Formulir sudah lengkap' }).waitFor();

  const code = (await page.locator('.slip-code__line').textContent()).trim();
  assert.match(code, /^#TBFB1 l=sktm b=3 u=344433434 t=\d{8} k=[0-9a-f]{6}$/);
  await page.getByText('WhatsApp menunjukkan nomor HP Anda kepada kantor desa.', { exact: false }).waitFor();
  const wa = await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
  const message = new URL(wa).searchParams.get('text');
  assert.ok(message.includes('Petugas ramah, antre lama.'), message);
  // The tally's line, then the receive page's link with the same answers as a code.
  assert.ok(message.includes(`\n${code}\nKode untuk petugas desa`), message);
  assert.match(message.trimEnd(), /\/tanjung-barat\/terima#LTB2:[0-9A-Z$+\-/:]+$/);

  // At the office: the same message pasted twice (forwarded, so its code is broken over two lines), a slip's
  // code typed by hand, and a line too damaged to read.
  const clerk = await app.newPage();
  await clerk.goto(app.url('rekap-umpan-balik'));
  await appReady(clerk);
  await clerk.getByText('Belum ada umpan balik di rekap.').waitFor();
  const forwarded = message.replace(' t=', '\nt=');
  const slip = '#TBFB1 l=sktm b=4 u=444444444 t=20261201 k=5a1b2c';
  await clerk.getByLabel('Pesan atau kode umpan balik').fill(`${message}\n\n${forwarded}\n${slip}\n#TBFB1 l=sktm b=7 t=20261201 k=00ff00`);
  await clerk.getByRole('button', { name: 'Tambahkan ke rekap' }).click();
  await clerk.getByText('2 umpan balik ditambahkan. 1 sudah ada di rekap.').waitFor();
  await clerk.getByText(/Baris \d+: nilai "b=" harus 1, 2, 3, atau 4/).waitFor();

  // Σ NRR = (3+4)/2 + (4+4)/2 + … = 34 for the two surveys; × 0.111 × 25 = 94.35 → A.
  const row = clerk.getByRole('table', { name: 'Rekap per layanan' }).getByRole('row', { name: /^SKTM/ });
  assert.deepEqual((await row.locator('td').allTextContents()),
    ['Tanggapan: 2', 'Rata-rata "membantu" (1 sampai 4): 3,50', 'Survei lengkap: 2', 'IKM: 94,35', 'Mutu: A (Sangat baik)']);
  const elements = clerk.getByRole('table', { name: /Nilai rata-rata per unsur/ }).getByRole('row', { name: /^SKTM/ });
  assert.deepEqual(await elements.locator('td').allTextContents(),
    ['3,50', '4,00', '4,00', '4,00', '3,50', '3,50', '4,00', '3,50', '4,00'].map((v, i) => `U${i + 1}: ${v}`));

  // Kept on the device, and exported.
  await clerk.reload();
  await appReady(clerk);
  await clerk.getByRole('table', { name: 'Rekap per layanan' }).getByRole('row', { name: /^SKTM/ }).waitFor();
  const [download] = await Promise.all([clerk.waitForEvent('download'), clerk.getByRole('button', { name: 'Unduh CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^rekap-umpan-balik-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  assert.equal(csv[0], 'layanan,nama,tanggapan,membantu_rata,survei,u1,u2,u3,u4,u5,u6,u7,u8,u9,ikm,mutu');
  assert.equal(csv[1], 'sktm,SKTM (Surat Keterangan Tidak Mampu),2,3.50,2,3.50,4.00,4.00,4.00,3.50,3.50,4.00,3.50,4.00,94.35,A');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(clerk.problems, []);
});

test('the quick rating on the home page works without a service, and the form asks which one', async () => {
  const page = await app.newPage();
  await page.goto(app.url(''));
  await appReady(page);
  await page.getByRole('group', { name: 'Apakah layanan ini membantu?' }).getByLabel('Sangat membantu').check();
  await page.getByRole('button', { name: 'Beri penilaian' }).click();
  await appReady(page);
  await page.getByRole('group', { name: 'Apakah layanan ini membantu?' }).getByLabel('Sangat membantu').waitFor();
  assert.equal(await page.getByRole('group', { name: 'Apakah layanan ini membantu?' }).getByLabel('Sangat membantu').isChecked(), true);
  await next(page);
  await page.getByText('Pilih jawaban untuk: Layanan apa yang Anda nilai?').first().waitFor();
  assert.deepEqual(page.problems, []);
});
