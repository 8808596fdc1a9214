/**
 * A tiny static server for the built site, as any static host would serve it: under a base path
 * (`/arbor/`), `x.html` for `/x`, `index.html` for folders, `404.html` otherwise. The e2e tests,
 * the benchmark and the screenshots use it, on 127.0.0.1 only. It can also throttle nothing and
 * cache nothing: every response is fresh, so a cold load is a cold load.
 */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function fileFor(root: string, path: string): string | null {
  const candidates = [path, `${path}.html`, join(path, 'index.html')];
  for (const candidate of candidates) {
    const full = resolve(root, '.' + normalize('/' + candidate));
    if (!full.startsWith(root)) return null;
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

export function serveStatic(
  root: string,
  options: { base?: string; port?: number } = {},
): Promise<StaticSite> {
  const base = (options.base ?? '').replace(/\/$/, '');
  const absoluteRoot = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (base && path === base) {
      response.writeHead(301, { location: `${base}/` }).end();
      return;
    }
    if (base && !path.startsWith(base + '/')) {
      response.writeHead(404).end('not under the base path');
      return;
    }
    path = path.slice(base.length);
    const file = fileFor(absoluteRoot, path) ?? fileFor(absoluteRoot, '/404.html');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const status = file.endsWith('404.html') && !path.endsWith('404.html') ? 404 : 200;
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}${base}/`,
        server,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}
