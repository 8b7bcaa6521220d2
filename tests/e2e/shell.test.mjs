// The app shell as a person meets it: home, navigation, reloads, language, unknown addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady, openPage, BASE } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const open = (path, options) => openPage(app, path, options);

test('home says what the app is and leads to the main tasks', async () => {
  const page = await open('');
  await page.getByRole('heading', { level: 1, name: /Layanan Terpadu Desa Tanjung Barat/ }).waitFor();
  assert.equal(await page.title(), 'Layanan Terpadu · Desa Tanjung Barat');
  assert.equal(await page.locator('html').getAttribute('lang'), 'id');
  await page.getByRole('heading', { name: 'Kantor desa' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('the bottom navigation moves between pages inside the sub-path and marks the current one', async () => {
  const page = await open('');
  const nav = page.getByRole('navigation', { name: 'Menu utama' });
  // On a phone the menu sits at the bottom of the screen.
  const box = await nav.boundingBox();
  assert.ok(box.y + box.height >= 740 - 1, `nav is at the bottom (y=${box.y}, h=${box.height})`);
  await nav.getByRole('link', { name: /Tentang/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Tentang aplikasi ini' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `${BASE}tentang/`);
  assert.equal(await nav.getByRole('link', { name: /Tentang/ }).getAttribute('aria-current'), 'page');
  assert.match(await page.title(), /^Tentang · /);
  // Focus moves to the new page's heading, for keyboard and screen-reader users.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /Layanan Terpadu/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, BASE);
  assert.deepEqual(page.problems, []);
});

test('on a wide screen the navigation sits at the top, under the header', async () => {
  const page = await open('', { viewport: { width: 1280, height: 800 } });
  const nav = await page.getByRole('navigation', { name: 'Menu utama' }).boundingBox();
  const main = await page.locator('main').boundingBox();
  assert.ok(nav.y < main.y, 'nav above main');
  assert.ok(nav.y < 150, `nav near the top (y=${nav.y})`);
});

test('reloading a page opened by a deep link shows the same page', async () => {
  const page = await open('tentang');
  await page.getByRole('heading', { level: 1, name: 'Tentang aplikasi ini' }).waitFor();
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Tentang aplikasi ini' }).waitFor();
  await page.getByText('disimpan hanya di perangkat ini').waitFor();
  assert.deepEqual(page.problems, []);
});

test('the language choice switches the interface and survives a reload', async () => {
  const page = await open('tentang');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 1, name: 'About this app' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.reload();
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'About this app' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.title(), /^About · Integrated Services Tanjung Barat/);
  await page.getByRole('link', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tentang aplikasi ini' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('an unknown address shows the not-found page with a way home', async () => {
  const page = await open('tidak-ada/sama-sekali');
  await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
  await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
  await page.getByRole('heading', { level: 1, name: /Layanan Terpadu/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, BASE);
  assert.deepEqual(page.problems, []);
});

test('the static first paint already shows the village name before the app runs', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.url(''));
  await page.getByText('Desa Tanjung Barat').first().waitFor();
  assert.match(await page.title(), /Layanan Terpadu · Desa Tanjung Barat/);
});

test('the page has no sideways scroll at 360 px, and text can be zoomed to 200%', async () => {
  const page = await open('');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal overflow at 360 px (${overflow}px)`);
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const zoomed = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(zoomed <= 0, `no horizontal overflow at 200% text (${zoomed}px)`);
});

test('keyboard users can skip to the content of the page they are on', async () => {
  const page = await open('layanan/akta-kelahiran');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke isi' });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  // Hidden off screen until focused, then shown at the top.
  const box = await skip.boundingBox();
  assert.ok(box.y >= 0 && box.height >= 24, `skip link visible when focused (y=${box.y})`);
  await page.keyboard.press('Enter');
  // Keyboard focus is in the page's content now: the next Tab reaches its first control, not the header.
  await page.waitForFunction(() => document.querySelector('main').contains(document.activeElement));
  assert.equal(new URL(page.url()).pathname, `${BASE}layanan/akta-kelahiran/`);
  await page.getByRole('heading', { level: 1, name: 'Akta kelahiran' }).waitFor();
});

test('at 200% zoom on a small phone (240 px wide) every menu entry is on screen and works', async () => {
  const page = await open('', { viewport: { width: 240, height: 400 } });
  const nav = page.getByRole('navigation', { name: 'Menu utama' });
  const links = nav.getByRole('link');
  assert.equal(await links.count(), 5);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 240 + 0.5, `${await link.textContent()} fits (${JSON.stringify(box)})`);
    assert.ok(box.height >= 44, 'a thumb-sized target');
  }
  await nav.getByRole('link', { name: /Tentang/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Tentang aplikasi ini' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
  // Long words break with a hyphen in the page's language rather than anywhere.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).hyphens), 'auto');
  assert.equal(await page.locator('html').getAttribute('lang'), 'id');
  assert.deepEqual(page.problems, []);
});

test('icons are small drawings next to their words, never emoji an older phone cannot show', async () => {
  const page = await open('');
  for (const path of ['', 'layanan', 'layanan/akta-kelahiran', 'cek']) {
    await page.goto(app.url(path));
    await appReady(page);
    const emoji = await page.evaluate(() => [...document.body.innerText].filter((c) => /\p{Extended_Pictographic}/u.test(c)));
    assert.deepEqual(emoji, [], `no emoji on /${path}`);
  }
  await page.goto(app.url('layanan'));
  await appReady(page);
  assert.ok((await page.locator('.tile svg.icon path').count()) >= 10, 'each tile has its picture');
  assert.equal(await page.getByRole('navigation', { name: 'Menu utama' }).locator('svg.icon[aria-hidden="true"]').count(), 5);
  assert.deepEqual(page.problems, []);
});
