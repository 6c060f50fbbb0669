/** A loopback HTTP server for pack files: one path, swappable body, ETag and CORS as a real file host would send; closes itself. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHash } from 'node:crypto';

export interface PackServer {
  url: string;
  /** What the next request gets. */
  serve(body: string): void;
  /** Requests seen, with their conditional headers. */
  requests: { method: string; ifNoneMatch?: string; at: number }[];
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag',
};

export async function startPackServer(lifetimeMs = 120_000): Promise<PackServer> {
  let body = '{}';
  const requests: PackServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    requests.push({ method: req.method ?? '', ifNoneMatch: req.headers['if-none-match'], at: Date.now() });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...CORS, ETag: etag }).end();
      return;
    }
    res.writeHead(200, { ...CORS, ETag: etag, 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Bounded: a test that dies without closing it must not leave a server behind.
  const stopper = setTimeout(() => server.close(), lifetimeMs);
  stopper.unref();
  server.unref();
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/packs/setting.json`,
    serve: (next) => {
      body = next;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        clearTimeout(stopper);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
