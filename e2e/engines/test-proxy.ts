/**
 * A test-only HTTP proxy in front of `vite preview` for WebKit, whose driver cannot read the
 * console: it puts `<script src="/__test-hook.js">` first in each HTML response (a same-origin
 * script, which the app's CSP allows), serves that script, and collects what it reports. As the
 * browser's proxy too, it refuses and records any request for another origin.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { TEST_HOOK_PATH, TEST_HOOK_SOURCE, TEST_PROBLEM_PATH } from './test-hook';

export interface HookProxy {
  baseURL: string;
  port: number;
  /** What pages reported, and requests refused for being for another origin. */
  problems: string[];
  /** Closes the port and every open connection: the browser gets no answer at all. */
  stop(): Promise<void>;
}

const HOOK_TAG = `<script src="${TEST_HOOK_PATH}"></script>`;

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function startHookProxy(upstream: string): Promise<HookProxy> {
  const problems: string[] = [];
  const sockets = new Set<Socket>();
  let baseURL = '';

  const forward = (req: IncomingMessage, res: ServerResponse, path: string) => {
    // Ask for an uncompressed body, so HTML can be edited.
    const headers = { ...req.headers, host: new URL(upstream).host, 'accept-encoding': 'identity' };
    const upstreamRequest = request(upstream + path, { method: req.method, headers }, (answer) => {
      const type = String(answer.headers['content-type'] ?? '');
      if (!type.startsWith('text/html')) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      void readBody(answer).then((body) => {
        const html = body.toString('utf8').replace(/<head[^>]*>/i, (head) => head + HOOK_TAG);
        res.writeHead(answer.statusCode ?? 200, { ...answer.headers, 'content-length': Buffer.byteLength(html) });
        res.end(html);
      });
    });
    upstreamRequest.on('error', () => { res.writeHead(502).end(); });
    req.pipe(upstreamRequest);
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '/';
    // A request in absolute form comes from the browser using us as its proxy.
    if (/^https?:\/\//.test(raw) && !raw.startsWith(baseURL + '/')) {
      problems.push(`request to another origin: ${raw}`);
      res.writeHead(403).end();
      return;
    }
    const path = raw.startsWith(baseURL) ? raw.slice(baseURL.length) || '/' : raw;
    if (path === TEST_HOOK_PATH) {
      // Cacheable, so the hook still loads from the HTTP cache once the server is stopped (offline journey).
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }).end(TEST_HOOK_SOURCE);
      return;
    }
    if (path === TEST_PROBLEM_PATH && req.method === 'POST') {
      void readBody(req).then((body) => {
        problems.push(body.toString('utf8'));
        res.writeHead(204).end();
      });
      return;
    }
    forward(req, res, path);
  });
  // HTTPS through a proxy starts with CONNECT: never for this app, so refuse and record it.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    problems.push(`request to another origin: https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test proxy has no port');
  baseURL = `http://127.0.0.1:${address.port}`;
  let stopped: Promise<void> | undefined;
  return {
    baseURL,
    port: address.port,
    problems,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })),
  };
}
