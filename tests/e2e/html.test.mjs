// The W3C Nu HTML Checker (vnu.jar, the validator.w3.org engine) over one built page of every kind, in both
// languages: no markup error comes back unseen (an empty aria-describedby once did, on 12 page kinds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './lib.mjs';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const PAGES = [
  '', 'layanan', 'layanan/sktm', 'layanan/posyandu', 'layanan/keperluan/punya-bayi', 'layanan/bidang/kesehatan', 'kantor',
  'formulir/sktm', 'formulir/umpan-balik-layanan', 'cek', 'cek/pkh', 'cek/semua', 'cek/imunisasi', 'cek/kehamilan', 'cek/ckg',
  'agenda', 'agenda/posyandu-balita-dusun-3', 'program', 'program/apbdes', 'info', 'info/mencegah-stunting', 'survei',
  'draf', 'kunjungan', 'rekap-umpan-balik', 'terima', 'buku-register', 'tentang',
].flatMap((p) => [p, `en/${p}`]);

/// The framework writes `<!>` as a marker where hydration finds a view's boundary: the checker calls it a bogus
/// comment, which browsers read as an empty comment by design.
const hydrationMarker = (m) => /^Bogus comment\.?$/.test(m.message) && m.extract?.includes('<!>');

test('every kind of page is valid HTML', () => {
  const files = PAGES.map((p) => join(DIST, p, 'index.html')).filter(existsSync);
  assert.equal(files.length, PAGES.length, 'every page kind listed is built');
  files.push(join(DIST, '404.html'), join(DIST, 'offline.html'));
  // The checker writes its report to stderr, exiting 1 when it found errors.
  const run = spawnSync('java', ['-jar', vnu, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.ok(run.status === 0 || run.status === 1, `vnu exited ${run.status}: ${run.stderr}`);
  const out = run.stderr.trim();
  const { messages } = JSON.parse(out || '{"messages":[]}');
  const real = messages.filter((m) => m.type === 'error' && !hydrationMarker(m));
  assert.deepEqual(real.map((m) => `${m.url.replace(/^file:.*?e2e[^/]*\//, '')}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`), []);
});
