// A plain static file server that behaves like GitHub Pages: files under the base path are served as they
// are, a folder's address without its trailing slash is redirected (301) to the address with it, and any
// unknown path gets 404.html with status 404. No SPA fallback magic, so deep-link bugs show.
// Like real hosts it compresses: it sends the build's pre-compressed .br or .gz file when the browser accepts it.
//   node server.mjs <dist> <base> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer(dist, base = '/', port = 0) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = async (file, status) => {
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
      const accepts = req.headers['accept-encoding'] ?? '';
      let body = null;
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (body === null && accepts.includes(encoding)) {
          body = await readFile(file + suffix).catch(() => null);
          if (body !== null) headers['content-encoding'] = encoding;
        }
      }
      body ??= await readFile(file);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (!path.startsWith(prefix) && path !== prefix.slice(0, -1)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('outside the app');
      }
      const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dist, rel);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory() && !path.endsWith('/')) {
        const url = new URL(req.url, 'http://x');
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      if (info?.isDirectory()) file = join(file, 'index.html');
      if (info && (await stat(file).catch(() => null))) return await send(file, 200);
      return await send(join(dist, '404.html'), 404);
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
  startServer(dist, base, Number(port)).then((s) => console.log(`serving ${dist} on http://127.0.0.1:${s.address().port}${base}`));
}
