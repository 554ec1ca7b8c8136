// A small static server for the PWA tests: it can be stopped (to go offline for real) and pointed at
// another build (to deploy an update while a page is open). Unknown paths get the app's shell page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** Serve another folder from now on. */
  serve(dir: string): void;
  stop(): Promise<void>;
}

export async function startStaticServer(dir: string, port: number): Promise<StaticServer> {
  let root = dir;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // A file, else the prerendered page (/offers → offers.html), else the shell (as the service worker does).
    const found = [path === '/' ? '/index.html' : path, `${path}.html`]
      .map((p) => normalize(join(root, p)))
      .find((f) => f.startsWith(root) && existsSync(f) && !statSync(f).isDirectory());
    const file = found ?? join(root, 'shell.html');
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (d) => {
      root = d;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
