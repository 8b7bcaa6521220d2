// Writes <file>.br and <file>.gz next to every compressible file of a bundle, for static hosts that serve
// pre-compressed files (nginx gzip_static/brotli_static, Netlify, Cloudflare). Usage: node compress.mjs <dir>
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|wasm|svg|json|webmanifest|txt|ics)$/;
const dir = process.argv[2];
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !COMPRESSIBLE.test(name)) continue;
  const body = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
}
