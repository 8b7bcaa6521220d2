// "Dengarkan": the page read aloud sentence by sentence, with a stand-in for the browser's speech engine that
// records what it is asked to say and finishes each sentence when the test says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, appReady } from './lib.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

/// Replaces speechSynthesis before the page runs: `window.__spoken` lists {text, lang} in order,
/// `window.__finish()` ends the sentence being spoken, `window.__auto = true` ends each one at once.
function fakeSpeech(voices) {
  window.__spoken = [];
  window.__cancelled = 0;
  let current = null;
  window.__finish = () => { const u = current; current = null; u?.onend?.(new Event('end')); };
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
  const synth = new EventTarget();
  Object.assign(synth, {
    speaking: false,
    getVoices: () => voices,
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
      current = u;
      if (window.__auto) setTimeout(window.__finish);
    },
    cancel() { window.__cancelled += 1; const u = current; current = null; u?.onend?.(new Event('end')); },
    pause() {}, resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

const VOICES = [{ name: 'Google US English', lang: 'en-US', default: true }, { name: 'Google Bahasa Indonesia', lang: 'id-ID', default: false }];

async function openWithSpeech(path, voices = VOICES) {
  const page = await app.newPage();
  await page.addInitScript(fakeSpeech, voices);
  await page.goto(app.url(path));
  await appReady(page);
  return page;
}

const spoken = (page) => page.evaluate(() => window.__spoken);

test('a service page is read sentence by sentence in Indonesian, with the block being read highlighted', async () => {
  const page = await openWithSpeech('layanan/akta-kelahiran');
  await page.getByRole('button', { name: 'Dengarkan' }).click();
  await page.waitForFunction(() => window.__spoken.length === 1);
  assert.deepEqual(await spoken(page), [{ text: 'Akta kelahiran', lang: 'id-ID', voice: 'Google Bahasa Indonesia' }]);
  assert.equal(await page.locator('.reading').textContent(), 'Akta kelahiran');
  await page.evaluate(() => window.__finish());
  await page.waitForFunction(() => window.__spoken.length === 2);
  // The lead paragraph, one sentence at a time, highlighted as a whole.
  const lead = await page.locator('.lead').textContent();
  assert.equal((await spoken(page))[1].text, 'Bukti resmi kelahiran anak.');
  assert.ok(lead.startsWith('Bukti resmi kelahiran anak. Laporkan'), lead);
  assert.equal(await page.locator('.reading').textContent(), lead);

  // Pause, and the same sentence again on "Lanjutkan mendengar".
  await page.getByRole('button', { name: 'Jeda' }).click();
  await page.getByRole('button', { name: 'Lanjutkan mendengar' }).waitFor();
  assert.equal((await spoken(page)).length, 2, 'nothing new is said while paused');
  await page.getByRole('button', { name: 'Lanjutkan mendengar' }).click();
  await page.waitForFunction(() => window.__spoken.length === 3);
  assert.equal((await spoken(page))[2].text, 'Bukti resmi kelahiran anak.');

  // To the end: every sentence once more in page order, the headings among them; then back to the start.
  await page.evaluate(() => { window.__auto = true; window.__finish(); });
  await page.getByRole('button', { name: 'Dengarkan' }).waitFor();
  const texts = (await spoken(page)).map((s) => s.text);
  const at = (t) => texts.indexOf(t);
  assert.ok(at('Laporkan kelahiran paling lambat 60 hari setelah bayi lahir.') > 2, texts.join(' | '));
  assert.ok(at('Yang perlu dibawa') > at('Gratis.'), 'sections in page order');
  assert.ok(texts.every((t) => !/Salin tautan|Cetak/.test(t)), 'buttons are not read');
  assert.equal(await page.locator('.reading').count(), 0, 'no highlight is left');
  assert.deepEqual(page.problems, []);
});

test('stop ends the reading, leaves focus on the button, and a checker question is read with its choices', async () => {
  const page = await openWithSpeech('cek/pkh');
  await page.getByRole('button', { name: 'Dengarkan' }).click();
  await page.waitForFunction(() => window.__spoken.length === 1);
  const question = (await page.locator('h1').textContent()).trim();
  assert.equal((await spoken(page))[0].text, question, 'the question first');
  // Then its help and its choices, each in turn.
  const firstChoice = (await page.locator('.choices__label').first().textContent()).trim();
  for (let i = 0; i < 8 && !(await spoken(page)).some((s) => s.text === firstChoice); i += 1) {
    await page.evaluate(() => window.__finish());
    await page.waitForFunction((n) => window.__spoken.length > n, i + 1);
  }
  assert.ok((await spoken(page)).some((s) => s.text === firstChoice), `"${firstChoice}" is read`);
  await page.getByRole('button', { name: 'Berhenti' }).click();
  await page.getByRole('button', { name: 'Dengarkan' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Dengarkan' }).evaluate((el) => el === document.activeElement), true);
  assert.equal(await page.locator('.reading').count(), 0);
  const count = (await spoken(page)).length;
  await page.waitForTimeout(100);
  assert.equal((await spoken(page)).length, count, 'nothing more is said after stop');
  assert.deepEqual(page.problems, []);
});

test('in English the page is read in English with an English voice', async () => {
  const page = await openWithSpeech('en/layanan/akta-kelahiran');
  await page.getByRole('button', { name: 'Listen' }).click();
  await page.waitForFunction(() => window.__spoken.length === 1);
  const [first] = await spoken(page);
  assert.deepEqual(first, { text: await page.locator('h1').textContent(), lang: 'en-US', voice: 'Google US English' });
  assert.deepEqual(page.problems, []);
});

test('without speech synthesis, or without a voice for the language, there is no button', async () => {
  const none = await app.newPage();
  await none.addInitScript(() => { delete window.speechSynthesis; delete Window.prototype.speechSynthesis; });
  await none.goto(app.url('layanan/akta-kelahiran'));
  await appReady(none);
  await none.getByRole('heading', { level: 1, name: 'Akta kelahiran' }).waitFor();
  assert.equal(await none.getByRole('button', { name: 'Dengarkan' }).count(), 0);

  const english = await openWithSpeech('layanan/akta-kelahiran', [{ name: 'Google US English', lang: 'en-US', default: true }]);
  assert.equal(await english.getByRole('button', { name: 'Dengarkan' }).count(), 0, 'no Indonesian voice');
  // A voice that arrives late (as on many phones) brings the button.
  await english.evaluate(() => {
    const synth = window.speechSynthesis;
    synth.getVoices = () => [{ name: 'Google Bahasa Indonesia', lang: 'id-ID', default: false }];
    synth.dispatchEvent(new Event('voiceschanged'));
  });
  await english.getByRole('button', { name: 'Dengarkan' }).waitFor();
  assert.deepEqual(none.problems, []);
  assert.deepEqual(english.problems, []);
});
