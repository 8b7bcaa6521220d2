// What a first visit of a page downloads, brotli-compressed (deterministic, unlike timings), and the ratchet
// that keeps it from growing unnoticed.
//
//   node scripts/bytes.mjs report <dist> [page.html …]    bytes before each page is readable and interactive
//   node scripts/bytes.mjs check <dist> <record.json>      fails when a total grew by more than 5 KB
//   node scripts/bytes.mjs record <dist> <record.json> "<reason>"   writes the new totals with the reason
//
// Readable: the HTML and its stylesheets. Interactive: those plus every script and wasm the page loads (the
// boot script, the JS glue and the wasm bundle it names). A CI run fails when a change makes a total grow by
// more than 5 KB without the record being updated in the same commit; the record says why it grew.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const PAGES = {
  home: 'index.html',
  service: 'layanan/akta-kelahiran/index.html',
  listing: 'layanan/bidang/kesehatan/index.html',
  checker: 'cek/pkh/index.html',
  form: 'formulir/sktm/index.html',
};
const SLACK = 5 * 1024;

const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// "/tanjung-barat/app-1.css" -> "app-1.css", whatever the public URL the bundle was built for.
function inDist(dist, url) {
  const parts = url.split('?')[0].split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i += 1) {
    const rel = parts.slice(i).join('/');
    if (existsSync(join(dist, rel))) return rel;
  }
  return null;
}

// The files a page loads: stylesheets and scripts it links, and what those scripts name in turn.
function assets(dist, page) {
  const found = new Map();
  const visit = (text) => {
    for (const [, url] of text.matchAll(/["'(]([^"'()\s]+\.(?:css|js|wasm))["')]/g)) {
      const rel = inDist(dist, url);
      if (!rel || found.has(rel)) continue;
      const body = readFileSync(join(dist, rel));
      found.set(rel, body);
      if (rel.endsWith('.js')) visit(body.toString('utf8'));
    }
  };
  visit(readFileSync(join(dist, page), 'utf8'));
  return found;
}

export function measure(dist, page) {
  const html = brotli(readFileSync(join(dist, page)));
  let css = 0;
  let code = 0;
  const files = {};
  for (const [rel, body] of assets(dist, page)) {
    const size = brotli(body);
    files[rel] = size;
    if (rel.endsWith('.css')) css += size;
    else code += size;
  }
  return { readable: html + css, interactive: html + css + code, files };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function measureAll(dist) {
  return Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, measure(dist, page)]));
}

function main() {
const [command, dist = 'dist', recordPath, reason] = process.argv.slice(2);
if (command === 'report') {
  const pages = process.argv.length > 4 ? Object.fromEntries(process.argv.slice(4).map((p) => [p, p])) : PAGES;
  for (const [name, page] of Object.entries(pages)) {
    const m = measure(dist, page);
    console.log(`${name.padEnd(10)} readable ${kb(m.readable).padStart(9)}   interactive ${kb(m.interactive).padStart(9)}   (${page})`);
    for (const [file, size] of Object.entries(m.files)) console.log(`             ${file.padEnd(44)} ${kb(size).padStart(9)}`);
  }
} else if (command === 'check') {
  const record = JSON.parse(readFileSync(recordPath, 'utf8'));
  const grown = [];
  for (const [name, m] of Object.entries(measureAll(dist))) {
    for (const total of ['readable', 'interactive']) {
      const was = record.pages[name]?.[total];
      const now = m[total];
      if (was === undefined) grown.push(`${name} ${total}: not in ${recordPath}`);
      else if (now > was + SLACK) grown.push(`${name} ${total}: ${kb(was)} -> ${kb(now)}`);
      console.log(`${name.padEnd(10)} ${total.padEnd(12)} ${kb(now).padStart(9)} (recorded ${kb(was ?? 0)})`);
    }
  }
  if (grown.length) {
    console.error(`\nThe first visit grew by more than ${kb(SLACK)}:\n  ${grown.join('\n  ')}`);
    console.error(`If that is worth it, record the new sizes with the reason in the same commit:\n  node scripts/bytes.mjs record <dist> ${recordPath} "<why>"`);
    process.exit(1);
  }
} else if (command === 'record') {
  if (!reason) throw new Error('record needs a reason');
  const pages = Object.fromEntries(Object.entries(measureAll(dist)).map(([n, m]) => [n, { readable: m.readable, interactive: m.interactive }]));
  writeFileSync(recordPath, `${JSON.stringify({ reason, pages }, null, 2)}\n`);
  console.log(`recorded in ${recordPath}`);
} else if (command) {
  throw new Error(`unknown command ${command}`);
}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
