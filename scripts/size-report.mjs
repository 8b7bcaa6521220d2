// Prints raw / gzip / brotli bytes for every file of a built bundle, and what a first visit downloads
// (everything except 404.html, which only stands in for index.html on unknown paths).
//   node scripts/size-report.mjs <dist>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!/\.(br|gz)$/.test(name)) files.push(path);
  }
})(dist);

const rows = files.sort().map((path) => {
  const body = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const firstVisit = rows.filter((r) => r.file !== '404.html' && !r.file.endsWith('.webmanifest') && !r.file.startsWith('sw'));
const sum = (key) => firstVisit.reduce((n, r) => n + r[key], 0);
const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'first visit total'.padEnd(44)}${pad(sum('raw'), 10)}${pad(sum('gzip'), 10)}${pad(sum('brotli'), 10)}`);
