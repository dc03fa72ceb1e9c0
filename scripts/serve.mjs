// A small static server for the release bundle, on loopback only.
// It sends the Content-Security-Policy a careers site would use, so every test runs under it,
// and can serve the widget under a sub-path (--base /careers/self-evaluation/).
//
//   node scripts/serve.mjs [--port 8080] [--dir dist] [--base /] [--studio dist-studio] [--quiet]
//     --studio also serves the framework studio's folder at <base>studio/ (the widget's dist/ has
//     no studio in it, so a host copying dist/ never publishes it)
//   node scripts/serve.mjs --demo --port 4174 --widget-origin http://127.0.0.1:4173
//     serves demo/ as a host page on a second origin, embedding the widget from --widget-origin
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors *",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ port = 8080, dir = 'dist', base = '/', studio = null, quiet = false, headers = {}, rewrite = null } = {}) {
  if (!base.endsWith('/')) base += '/';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    path = path.slice(base.length);
    let root = resolve(dir);
    if (studio && (path === 'studio' || path.startsWith('studio/'))) {
      if (path === 'studio') {
        res.writeHead(301, { location: `${base}studio/` }).end();
        return;
      }
      root = resolve(studio);
      path = path.slice('studio/'.length);
    }
    path ||= 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      let body = await readFile(target);
      if (rewrite && /\.html$/.test(target)) body = Buffer.from(rewrite(body.toString('utf8')));
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      // Hashed assets never change; index.html must always be revalidated.
      const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|bin)$/.test(target);
      res.writeHead(200, {
        'content-type': type,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}${base}`;
    if (!quiet) {
      console.log(`Serving the widget at ${url}  (Ctrl+C to stop)`);
      if (studio) console.log(`The framework studio is at ${url}studio/`);
    }
    ok({ server, url });
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
  if (args.includes('--demo')) {
    const widget = opt('widget-origin', 'http://127.0.0.1:4173');
    // The host page has its own, different policy: it may frame the widget's origin.
    await startServer({
      port: Number(opt('port', 4174)), dir: 'demo', base: '/', quiet: args.includes('--quiet'),
      headers: { 'content-security-policy': `default-src 'self'; script-src 'self' ${widget}; frame-src ${widget}; style-src 'self'; object-src 'none'; base-uri 'none'` },
      rewrite: (html) => html.replaceAll('WIDGET_ORIGIN', widget),
    });
  } else {
    await startServer({ port: Number(opt('port', 8080)), dir: opt('dir', 'dist'), base: opt('base', '/'), studio: opt('studio', null), quiet: args.includes('--quiet') });
  }
}
