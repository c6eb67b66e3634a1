// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from './fetch-json';

describe('fetching a data file', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses the file, and fails on an answer that is not the file rather than parsing an error page', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/a.json' ? Response.json({ a: 1 }) : new Response('<h1>Not found</h1>', { status: 404 }))));
    expect(await fetchJson('/a.json')).toEqual({ a: 1 });
    await expect(fetchJson('/b.json')).rejects.toThrow(/404/);
  });
});
