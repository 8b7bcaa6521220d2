// Accessibility proven on the built app (WCAG 2.2 AA): axe-core on every kind of page and state, the main
// path walked with the keyboard alone, and every page usable at 320 px and at 200% zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startApp, appReady, answerCheckerQuestion, finishFeedbackForm } from './lib.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

async function open(page, path) {
  await page.goto(app.url(path));
  await appReady(page);
}

/// axe-core's WCAG 2.0–2.2 A/AA rules and its best practices on the page as it is now; the violations, each
/// with where it is, so a failure says what to fix.
async function violations(page) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  assert.ok(result.passes.length > 20, 'axe really ran its rules');
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/// Every page kind, and the states a resident reaches on it: results, errors, check answers, dialogs, English.
const states = [
  ['home', (p) => open(p, '')],
  ['catalogue', (p) => open(p, 'layanan')],
  ['search results', (p) => open(p, 'layanan?q=ktp')],
  ['search with no result', (p) => open(p, 'layanan?q=qqzzxx')],
  ['sector listing', (p) => open(p, 'layanan/bidang/kesehatan')],
  ['life-event listing', (p) => open(p, 'layanan/keperluan/anak-sekolah')],
  ['service', (p) => open(p, 'layanan/akta-kelahiran')],
  ['offices', (p) => open(p, 'kantor')],
  ['checkers', (p) => open(p, 'cek')],
  ['checker question', (p) => open(p, 'cek/pkh')],
  ['checker question left unanswered', async (p) => {
    await open(p, 'cek/pkh');
    await p.getByRole('button', { name: 'Lanjut' }).click();
    await p.getByRole('alert').first().waitFor();
  }],
  ['checker result', async (p) => {
    await open(p, 'cek/pip-kip');
    for (let i = 0; i < 30 && !(await p.getByRole('button', { name: 'Lihat hasil' }).count()); i += 1) {
      await answerCheckerQuestion(p, { unknown: i > 0 });
    }
    await p.getByRole('button', { name: 'Lihat hasil' }).click();
    await p.getByRole('heading', { level: 2 }).first().waitFor();
  }],
  ['household finder', (p) => open(p, 'cek/semua')],
  ['immunisation plan', async (p) => {
    await open(p, 'cek/imunisasi');
    await p.getByLabel('Tanggal lahir anak').fill('01/06/2026');
    await p.getByText('Sudah diberikan: BCG', { exact: false }).first().waitFor();
  }],
  ['immunisation date refused', async (p) => {
    await open(p, 'cek/imunisasi');
    await p.getByLabel('Tanggal lahir anak').fill('01/06/2099');
    await p.locator('.field__error').first().waitFor();
  }],
  ['pregnancy plan', async (p) => {
    await open(p, 'cek/kehamilan');
    await p.getByLabel('Hari pertama haid terakhir (HPHT)').fill('01/09/2026');
    await p.getByText('Trimester', { exact: false }).first().waitFor();
  }],
  ['health checks', (p) => open(p, 'cek/ckg')],
  ['form section', (p) => open(p, 'formulir/sktm')],
  ['form errors', async (p) => {
    await open(p, 'formulir/sktm');
    await p.getByRole('button', { name: 'Lanjut' }).click();
    await p.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' }).waitFor();
  }],
  ['check answers and finish', async (p) => {
    await finishFeedbackForm(p, app);
  }],
  ['drafts list', async (p) => {
    await open(p, 'formulir/sktm');
    await p.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
    await p.getByRole('status').filter({ hasText: 'Tersimpan di HP ini.' }).waitFor();
    await open(p, 'draf');
    await p.locator('.drafts__item').first().waitFor();
  }],
  ['wipe confirmation', async (p) => {
    await open(p, 'draf');
    await p.getByRole('button', { name: 'Hapus semua data' }).click();
    await p.getByRole('button', { name: 'Ya, hapus semua' }).waitFor();
  }],
  ['volunteer profile', async (p) => {
    await open(p, 'draf');
    await p.getByRole('button', { name: 'Tambah orang yang dibantu' }).click();
    await p.getByLabel('Nama lengkap').waitFor();
  }],
  ['agenda', (p) => open(p, 'agenda')],
  ['agenda by dusun', (p) => open(p, 'agenda/dusun/dusun-1')],
  ['agenda activity', (p) => open(p, 'agenda/posyandu-balita-dusun-3')],
  ['articles', (p) => open(p, 'info')],
  ['article', (p) => open(p, 'info/mencegah-stunting')],
  ['programmes', (p) => open(p, 'program')],
  ['programme', (p) => open(p, 'program/posyandu-gizi-keluarga')],
  ['budget, one bidang opened', async (p) => {
    await open(p, 'program/apbdes');
    await p.locator('details summary').filter({ hasText: 'Bidang 2: Pelaksanaan Pembangunan Desa' }).click();
  }],
  ['budget in English', (p) => open(p, 'en/program/apbdes')],
  ['English agenda', (p) => open(p, 'en/agenda')],
  ['visit plan with three services', (p) => open(p, 'kunjungan?tambah=sktm').then(async () => {
    for (const id of ['izin-keramaian', 'ktp-el-baru']) await open(p, `kunjungan?tambah=${id}`);
    await p.locator('.plan-route__stop').nth(2).waitFor();
  })],
  ['feedback tally', async (p) => {
    await open(p, 'rekap-umpan-balik');
    await p.getByLabel('Pesan atau kode umpan balik').fill('#TBFB1 l=sktm b=4 u=444433334 t=20261201 k=5a1b2c\n#TBFB1 l=sktm b=9 t=20261201 k=5a1b2d');
    await p.getByRole('button', { name: 'Tambahkan ke rekap' }).click();
    await p.getByRole('table', { name: 'Rekap per layanan' }).waitFor();
  }],
  ['receive page with a refused message', async (p) => {
    await open(p, 'terima');
    await p.getByLabel('Tempel pesan WhatsApp dari warga').fill('Halo pak');
    await p.getByRole('button', { name: 'Baca formulir' }).click();
    await p.getByRole('alert').waitFor();
  }],
  ['register entry with its letter', async (p) => {
    await open(p, 'buku-register');
    await p.evaluate((stored) => localStorage.setItem('tb:buku-register', stored), JSON.stringify({
      format: 'tb-buku-register', v: 1, entries: [{
        number: 1, year: 2026, received: '2026-12-01', status: 'siap_diambil', changed: '2026-12-01', note: '',
        payload: { f: 'sktm', v: 1, t: '2026-12-01', a: { nama: 'Siti Aminah', nik: '3201014107800001', keperluan: 'berobat', 'tempat-berobat': 'Puskesmas', telepon: '081234567890' } },
      }],
    }));
    await open(p, 'buku-register?lihat=2026-1');
    await p.getByRole('article', { name: 'Pratinjau surat' }).waitFor();
  }],
  ['surveys with results', (p) => open(p, 'survei')],
  ['about', (p) => open(p, 'tentang')],
  ['not found', (p) => open(p, 'tidak-ada-halaman-ini')],
  ['English home', (p) => open(p, 'en/')],
  ['English service', (p) => open(p, 'en/layanan/akta-kelahiran')],
  ['English form errors', async (p) => {
    await open(p, 'en/formulir/sktm');
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.getByRole('alert').first().waitFor();
  }],
];

test('axe-core finds no violation on any kind of page, in any state a resident reaches', async () => {
  const failures = [];
  for (const [name, reach] of states) {
    const page = await app.newPage();
    await reach(page);
    const found = await violations(page);
    if (found.length) failures.push(`${name} (${page.url()}):\n  ${found.join('\n  ')}`);
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

/// Pages as they are first opened, for the width checks.
const pageKinds = ['', 'layanan', 'layanan/bidang/kesehatan', 'layanan/akta-kelahiran', 'kantor', 'cek', 'cek/pkh',
  'cek/imunisasi', 'cek/kehamilan', 'formulir/sktm', 'draf', 'agenda', 'agenda/posyandu-balita-dusun-3', 'info', 'info/mencegah-stunting', 'program', 'program/apbdes', 'program/pelayanan-kesehatan-terpadu', 'tentang',
  'kunjungan?tambah=ktp-el-baru', 'rekap-umpan-balik', 'survei', 'terima', 'buku-register',
  'en/layanan/akta-kelahiran'];

/// What sticks out sideways: the page's own width past the window, and any control whose right edge does.
function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth > width ? [`page is ${document.documentElement.scrollWidth} px wide`] : [];
    const controls = [...document.querySelectorAll('a, button, input, select, textarea, summary')]
      .filter((el) => el.getClientRects().length && !el.closest('.skip-link'))
      .filter((el) => { const r = el.getBoundingClientRect(); return r.left < 0 || r.right > width + 1; })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"`);
    return [...wide, ...controls];
  });
}

test('at 320 px wide and at 200% zoom, no page scrolls sideways and every control is on screen', async () => {
  const failures = [];
  // 200% zoom of a 1280 × 800 window lays the page out in 640 × 400 CSS pixels, drawn at twice the density.
  for (const [label, options] of [['320 px', { viewport: { width: 320, height: 640 } }],
    ['200% zoom', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }]]) {
    const page = await app.newPage(options);
    for (const path of pageKinds) {
      await open(page, path);
      const found = await overflow(page);
      if (found.length) failures.push(`${label} /${path}: ${found.join('; ')}`);
    }
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

/// Presses Tab until the focused element matches, checking at every stop that focus is visible and not
/// hidden behind the bottom menu; fails after `limit` presses.
async function tabTo(page, matches, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const menu = document.querySelector('nav.bottom-nav, .nav');
      const m = menu && getComputedStyle(menu).position === 'fixed' ? menu.getBoundingClientRect() : null;
      return {
        name: (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim(),
        tag: el.tagName.toLowerCase(),
        inMenu: !!(menu && menu.contains(el)),
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 || style.boxShadow !== 'none',
        hidden: !!m && r.bottom > m.top && r.top < m.bottom && !(menu && menu.contains(el)),
      };
    });
    if (!focus) continue;
    assert.ok(focus.visible, `focus is visible on ${focus.tag} "${focus.name}"`);
    assert.ok(!focus.hidden, `focus on ${focus.tag} "${focus.name}" is not hidden behind the bottom menu`);
    if (matches(focus)) return;
  }
  assert.fail(`no element matched after ${limit} presses of Tab`);
}

/// Fills every section of the form on screen with Tab, Space and typing, and goes on with Enter on "Lanjut",
/// until the check page.
async function fillByKeyboard(page) {
  for (let section = 0; section < 8; section += 1) {
    if (await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).count()) return;
    const heading = await page.locator('h1').textContent();
    let pressed = false;
    // Starting where focus is (an error link may have put it on a field), then on with Tab.
    for (let i = 0; i < 80 && !pressed; i += 1) {
      if (i > 0) await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement;
        const group = a.type === 'radio' && a.form ? [...a.form.querySelectorAll(`input[name="${a.name}"]`)] : [];
        return { tag: a.tagName.toLowerCase(), type: a.type, id: a.id, value: a.value, text: a.textContent.trim(), picked: group.some((r) => r.checked) };
      });
      if (el.tag === 'button' && el.text === 'Lanjut') {
        await page.keyboard.press('Enter');
        pressed = true;
      } else if (el.type === 'radio' && !el.picked) {
        await page.keyboard.press('Space');
      } else if ((el.tag === 'textarea' || ['text', 'tel'].includes(el.type)) && !el.value) {
        await page.keyboard.type(/telepon|hp|nomor/.test(el.id) ? '0812 3456 7890' : 'Pelayanan cepat dan ramah');
      }
    }
    assert.ok(pressed, `"Lanjut" reached with Tab in section "${heading}"`);
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent !== h || document.querySelector('[role=alert]'), heading);
    const refused = await page.locator('.error-summary').count() ? await page.locator('.error-summary').textContent() : '';
    assert.equal(refused, '', `section "${heading}" filled by keyboard is accepted`);
  }
}

const named = (pattern, tag) => (f) => pattern.test(f.name) && (!tag || f.tag === tag) && !f.inMenu;

test('keyboard only: search, a service, its checker, the result, a form with an error, check answers, finish, drafts', async () => {
  const page = await app.newPage();
  await open(page, '');
  await tabTo(page, (f) => f.tag === 'input' && /Cari layanan/.test(f.name));
  await page.keyboard.type('akta kelahiran');
  await page.keyboard.press('Enter');
  await page.waitForURL(/layanan\/\?q=/);
  await appReady(page);
  await tabTo(page, named(/^Akta kelahiran/, 'a'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Akta kelahiran/ }).waitFor();
  await appReady(page);

  // A checker, answered with the keyboard: arrows pick a choice, Enter goes on.
  await page.goto(app.url('cek/pip-kip'));
  await appReady(page);
  for (let step = 0; step < 30 && !(await page.getByRole('button', { name: 'Lihat hasil' }).count()); step += 1) {
    const before = page.url();
    await tabTo(page, (f) => (f.tag === 'input' || f.tag === 'select') && !f.inMenu);
    const type = await page.evaluate(() => document.activeElement.type);
    if (type === 'radio') await page.keyboard.press('Space');
    else await page.keyboard.type(/tanggal/i.test(await page.locator('h1').textContent()) ? '01/02/2014' : '2');
    await tabTo(page, named(/^Lanjut$/, 'button'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href !== before);
  }
  await tabTo(page, named(/^Lihat hasil$/, 'button'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Hasil/ }).waitFor();

  // A form: Lanjut with an empty field gives the error summary, its link leads to the field.
  await page.goto(app.url('formulir/umpan-balik-layanan'));
  await appReady(page);
  await tabTo(page, named(/^Lanjut$/, 'button'));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement), true);
  await tabTo(page, (f) => f.tag === 'a' && !f.inMenu);
  await page.keyboard.press('Enter');
  const field = await page.evaluate(() => document.activeElement.tagName.toLowerCase());
  assert.ok(['input', 'textarea', 'select'].includes(field), `the error link moved focus to the field, not ${field}`);
  // The rest of the form, the check page and the finish, with the keyboard alone.
  await fillByKeyboard(page);
  await page.getByRole('heading', { level: 1, name: 'Periksa jawaban Anda' }).waitFor();
  await tabTo(page, named(/^Selesai$/, 'button'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Formulir sudah lengkap' }).waitFor();
  await tabTo(page, (f) => f.inMenu && /Draf/.test(f.name), 80);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Draf formulir' }).waitFor();
  await appReady(page);
  await page.locator('.drafts__item').filter({ hasText: 'Selesai' }).first().waitFor();
  assert.deepEqual(page.problems, []);
});
