// Programmes and the village budget as a resident reads them: every chart says the same as its table, a
// figure not reported says so instead of drawing 0, and the pages read with JavaScript off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

/// "Rp912.400.000" -> 912400000; "Rp1,2 M" -> 1200000000; "412" -> 412. `null` for words.
function amount(text) {
  const t = text.replace(/\s+/g, ' ').trim();
  const short = t.match(/^Rp([\d,]+) (M|jt|rb)$/);
  if (short) return Number(short[1].replace(',', '.')) * { M: 1e9, jt: 1e6, rb: 1e3 }[short[2]];
  const exact = t.match(/^(?:Rp)?([\d.]+)/);
  return exact ? Number(exact[1].replaceAll('.', '')) : null;
}

/// The chart of a figure as drawn (label, bar lengths, the values beside the bars) and its table as printed.
async function readFigure(figure) {
  const chart = await figure.locator('.chart__row').evaluateAll((rows) => rows.map((row) => ({
    label: row.querySelector('.chart__label').textContent.trim(),
    lines: [...row.querySelectorAll('.chart__line')].map((line) => ({
      bar: line.querySelector('rect') ? Number(line.querySelector('rect').getAttribute('width')) : null,
      text: line.textContent.trim(),
    })),
  })));
  const rowsOf = (part) => figure.locator(`table ${part} tr`).evaluateAll((rows) => rows.map((row) => ({
    label: row.querySelector('th').textContent.replace(row.querySelector('th .money__note')?.textContent ?? '', '').trim(),
    // What the cell says, without the column name repeated for narrow screens or the percentage.
    cells: [...row.querySelectorAll('td')].map((td) => [...td.childNodes]
      .filter((n) => !n.classList?.contains('money__label') && !n.classList?.contains('money__remark'))
      .map((n) => n.textContent).join('').trim()),
  })));
  const table = await rowsOf('tbody');
  const total = (await rowsOf('tfoot'))[0]?.cells ?? [];
  return { chart, table, total };
}

/// Each drawn row names the same item as its table row, each bar's value rounds to the table's exact value,
/// and bars are as long as their values, against the largest of the chart.
function assertChartMatchesTable({ chart, table }, tolerance) {
  assert.ok(chart.length >= 3, 'the chart has rows');
  assert.deepEqual(chart.map((r) => r.label), table.map((r) => r.label));
  const values = table.flatMap((r) => r.cells.map(amount));
  const max = Math.max(...values.filter((v) => v !== null));
  chart.forEach((row, i) => row.lines.forEach((line, j) => {
    const exact = amount(table[i].cells[j]);
    if (exact === null) {
      assert.equal(line.bar, null, `${row.label}: nothing reported, nothing drawn`);
      assert.equal(line.text, 'Belum dilaporkan');
      return;
    }
    assert.ok(Math.abs(amount(line.text) - exact) <= tolerance, `${row.label}: ${line.text} beside the bar, ${table[i].cells[j]} in the table`);
    assert.ok(Math.abs(line.bar - (exact / max) * 1000) <= 4.5, `${row.label}: bar ${line.bar} for ${exact} of ${max}`);
  }));
}

test('the budget page: charts and tables agree, totals add up, and what is not reported is said in words', async () => {
  const page = await openPage(app, 'program/apbdes');
  await page.getByRole('heading', { level: 1, name: 'APBDes 2026' }).waitFor();
  await page.getByText('Contoh data, belum dipastikan desa').first().waitFor();

  const revenue = await readFigure(page.locator('figure').filter({ hasText: 'Pendapatan menurut sumber' }));
  assertChartMatchesTable(revenue, 0.05e6);
  const dana = revenue.table.find((r) => r.label === 'Dana Desa');
  assert.deepEqual(dana.cells.map(amount), [912_400_000, amount(dana.cells[1])], 'Dana Desa as written in apbdes.toml');
  const ngo = revenue.table.find((r) => r.cells[1] === 'Belum dilaporkan');
  assert.ok(ngo, 'the NGO grant is not reported yet and the table says so');
  const plannedSum = revenue.table.reduce((sum, r) => sum + amount(r.cells[0]), 0);
  assert.equal(amount(revenue.total[0]), plannedSum, 'the total is the sum of the lines');
  assert.equal(revenue.total[1], 'Belum dilaporkan', 'no partial total while a line is missing');

  const spending = await readFigure(page.locator('figure').filter({ hasText: 'Belanja menurut bidang' }));
  assertChartMatchesTable(spending, 0.05e6);
  assert.equal(spending.chart.length, 5, 'all five bidang');
  assert.match(spending.chart[0].label, /^Bidang 1: Penyelenggaraan Pemerintahan Desa/);

  // Pendapatan − belanja + pembiayaan netto = 0: the build refuses anything else, and the page says it.
  const summary = page.locator('dl.facts').first();
  const planned = async (name) => amount((await summary.locator(`dt:has-text("${name}") + dd`).textContent()).replace(/^Anggaran: /, ''));
  assert.equal(await planned('Pendapatan') - await planned('Belanja') + amount((await summary.locator('dt:has-text("Pembiayaan netto") + dd').textContent())), 0);
  await summary.getByText('Belum bisa dihitung: ada baris yang belum dilaporkan.').waitFor();
  await page.getByRole('heading', { name: 'Kegiatan yang belum selesai atau tidak terlaksana' }).waitFor();
  await page.getByRole('heading', { name: 'Bertanya atau mengadu' }).waitFor();

  // The lines of one bidang open under its name.
  await page.locator('details summary').filter({ hasText: 'Bidang 2: Pelaksanaan Pembangunan Desa' }).click();
  assert.ok(await page.locator('details[open] table.money tbody tr').count() >= 2);
  assert.deepEqual(page.problems, []);
});

test('a programme page: latest value against the target, progress, and a never-reported indicator drawn as nothing', async () => {
  const page = await openPage(app, '');
  await page.getByRole('link', { name: /Program dan anggaran desa/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Program dan anggaran desa' }).waitFor();
  await page.getByRole('link', { name: /Pelayanan Kesehatan Terpadu/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Pelayanan Kesehatan Terpadu' }).waitFor();

  const visits = page.locator('section.indicator').filter({ has: page.getByRole('heading', { name: 'Kunjungan warga ke Puskesmas per bulan' }) });
  await visits.getByText('Terbaru: 412 kunjungan (September 2026)').waitFor();
  await visits.getByText('Target 2026: 400 kunjungan atau lebih').waitFor();
  await visits.getByText('Target tercapai').waitFor();
  assertChartMatchesTable(await readFigure(visits.locator('figure')), 0);
  await page.getByText('Puskesmas Tanjung Barat').first().waitFor();

  await page.getByRole('link', { name: 'Program dan anggaran desa' }).first().click();
  await page.getByRole('link', { name: /Administrasi Desa Digital/ }).click();
  const letters = page.locator('section.indicator').filter({ has: page.getByRole('heading', { name: 'Pengajuan surat yang disiapkan lewat aplikasi per bulan' }) });
  await letters.getByText('Belum dilaporkan').waitFor();
  assert.equal(await letters.locator('svg, figure, table').count(), 0, 'no bar, no chart, no 0%');
  // Another indicator of the same programme is reported and shows how far along it is.
  const waiting = page.locator('section.indicator').filter({ hasText: 'Terbaru:' }).first();
  await waiting.locator('figure table tbody tr').first().waitFor();
  assert.deepEqual(page.problems, []);
});

test('with JavaScript off, the programmes and the budget read as plain pages and their links work', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.url('program'));
  await page.getByRole('heading', { level: 1, name: 'Program dan anggaran desa' }).waitFor();
  assert.ok(await page.locator('.service-list li').count() >= 5, 'every programme is listed');
  await page.getByRole('link', { name: /APBDes 2026/ }).click();
  await page.getByRole('heading', { level: 1, name: 'APBDes 2026' }).waitFor();
  await page.getByRole('table').first().getByRole('rowheader', { name: /^Dana Desa Dari/ }).waitFor();
  await page.goto(app.url('en/program/apbdes'));
  await page.getByRole('heading', { level: 1, name: 'Village budget (APBDes) 2026' }).waitFor();
  await page.getByText('Revenue by source').first().waitFor();
  await page.context().close();
});
