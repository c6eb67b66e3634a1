// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkReport, verdictOf } from './link-check';

/** A local server standing in for the web: a page, a moved page, a missing page and one that never answers. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    if (req.url === '/old') return res.writeHead(301, { location: '/new' }).end();
    if (req.url === '/new') return res.writeHead(200).end('moved here');
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/slow') return; // never answers
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('the catalogue link check', () => {
  it('reports status, redirect chain and final address for each kind of answer', async () => {
    const urls = new Map(['/ok', '/old', '/gone', '/slow', '/loop'].map((path) => [base + path, [`demo.setting ${path}`]]));
    const results = await checkLinks(urls, { concurrency: 2, timeoutMs: 300, maxRedirects: 3 });
    const [ok, moved, gone, slow, loop] = results;

    expect(ok).toMatchObject({ status: 200, finalUrl: `${base}/ok`, hops: [{ status: 200 }] });
    expect(verdictOf(ok!)).toBe('ok');
    expect(moved).toMatchObject({ status: 200, finalUrl: `${base}/new`, hops: [{ url: `${base}/old`, status: 301 }, { url: `${base}/new`, status: 200 }] });
    expect(verdictOf(moved!)).toBe('moved');
    expect(gone).toMatchObject({ status: 404 });
    expect(verdictOf(gone!)).toBe('broken');
    expect(slow?.error).toBe('no answer within 0.3 s');
    expect(verdictOf(slow!)).toBe('broken');
    expect(loop?.error).toBe('more than 3 redirects');

    const report = formatLinkReport(results);
    expect(report).toContain(`BROKEN  ${base}/gone`);
    expect(report).toContain(`MOVED   ${base}/old`);
    expect(report).toContain(`301 → 200  ${base}/new`);
    expect(report).toContain('used by: demo.setting /slow');
    expect(report).toMatch(/5 addresses: 1 ok, 1 moved, 3 broken$/);
  });

  it('never has more requests open than its concurrency allows', async () => {
    let open = 0;
    let most = 0;
    const fakeFetch = (async () => {
      open++;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 10));
      open--;
      return new Response('ok', { status: 200 });
    }) as typeof fetch;
    const urls = new Map(Array.from({ length: 12 }, (_, i) => [`https://example.com/${i}`, ['x']]));
    const results = await checkLinks(urls, { concurrency: 3, fetch: fakeFetch });
    expect(results.map((r) => r.url)).toEqual([...urls.keys()]);
    expect(most).toBe(3);
  });
});
