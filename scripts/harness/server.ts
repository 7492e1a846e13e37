// A static file server on 127.0.0.1 for the sample page and test pages (any free port).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** What a locked-down site sends: no scripts, styles, images or connections of anyone's but the browser's. */
export const STRICT_CSP =
  "default-src 'none'; img-src 'none'; style-src 'none'; script-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Serves files under `root`. A page may ask for response headers through a sibling `<name>.headers.json`, and any
 * page requested with `?csp=strict` is served under STRICT_CSP, so tests can model hostile sites.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(base, path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
      try {
        Object.assign(headers, JSON.parse(await readFile(file + '.headers.json', 'utf8')));
      } catch {
        // No extra headers for this file.
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
