/**
 * Requests every address in the catalogue and reports what answers: the status, each redirect on the
 * way and the final address, so a maintainer can find pages that moved or vanished and re-check them.
 * Redirects are followed by hand (`redirect: 'manual'`) so the chain itself is reported.
 */
import type { Platform } from '../src/schema/catalogue.ts';

interface LinkHop {
  url: string;
  status: number;
}

export interface LinkResult {
  url: string;
  /** Every response on the way, the last one final. Empty when nothing answered. */
  hops: LinkHop[];
  finalUrl?: string;
  status?: number;
  /** Why nothing usable came back: a timeout, a refused connection, too many redirects. */
  error?: string;
  /** Where the catalogue uses this address, e.g. "linkedin.data-for-generative-ai-improvement url". */
  usedBy: string[];
}

export interface LinkCheckOptions {
  concurrency?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  fetch?: typeof fetch;
}

/** Every address in the catalogue, with where each is used. */
export function catalogueUrls(platforms: readonly Platform[]): Map<string, string[]> {
  const urls = new Map<string, string[]>();
  const add = (url: string, where: string) => urls.set(url, [...(urls.get(url) ?? []), where]);
  for (const p of platforms) {
    add(p.settingsUrl, `${p.id} settingsUrl`);
    for (const s of p.settings) {
      if (s.url) add(s.url, `${s.id} url`);
      s.sources.forEach((source, i) => add(source.url, `${s.id} sources.${i}`));
    }
  }
  return urls;
}

async function checkOne(url: string, usedBy: string[], options: Required<LinkCheckOptions>): Promise<LinkResult> {
  const hops: LinkHop[] = [];
  let current = url;
  try {
    for (let i = 0; i <= options.maxRedirects; i++) {
      const response = await options.fetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': 'privacy-checkup-link-check (maintainer tool)', accept: 'text/html,*/*' },
      });
      await response.body?.cancel();
      hops.push({ url: current, status: response.status });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      return { url, hops, finalUrl: current, status: response.status, usedBy };
    }
    return { url, hops, finalUrl: current, error: `more than ${options.maxRedirects} redirects`, usedBy };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const reason = timedOut ? `no answer within ${options.timeoutMs / 1000} s` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { url, hops, error: reason, usedBy };
  }
}

/** Checks the addresses a few at a time, so no site sees a burst of requests from one maintainer. */
export async function checkLinks(urls: Map<string, string[]>, options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const settings: Required<LinkCheckOptions> = { concurrency: 4, timeoutMs: 15_000, maxRedirects: 10, fetch: globalThis.fetch, ...options };
  const queue = [...urls];
  const results: LinkResult[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await checkOne(next[0], next[1], settings));
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  const order = new Map([...urls.keys()].map((url, i) => [url, i]));
  return results.sort((a, b) => order.get(a.url)! - order.get(b.url)!);
}

export type Verdict = 'ok' | 'moved' | 'broken';

/** ok: answered 2xx where it was asked; moved: answered 2xx elsewhere; broken: anything else. */
export function verdictOf(result: LinkResult): Verdict {
  if (result.error || result.status === undefined || result.status >= 400 || result.status < 200) return 'broken';
  return result.hops.length > 1 ? 'moved' : 'ok';
}

/** A report a maintainer reads top to bottom: broken first, then moved, then a count of the rest. */
export function formatLinkReport(results: readonly LinkResult[]): string {
  const by = (v: Verdict) => results.filter((r) => verdictOf(r) === v);
  const lines: string[] = [];
  for (const r of by('broken')) {
    lines.push(`BROKEN  ${r.url}`);
    for (const hop of r.hops) lines.push(`          ${hop.status}  ${hop.url}`);
    if (r.error) lines.push(`          ${r.error}`);
    lines.push(`          used by: ${r.usedBy.join(', ')}`);
  }
  for (const r of by('moved')) {
    lines.push(`MOVED   ${r.url}`);
    lines.push(`          ${r.hops.map((h) => h.status).join(' → ')}  ${r.finalUrl}`);
    lines.push(`          used by: ${r.usedBy.join(', ')}`);
  }
  lines.push('', `${results.length} addresses: ${by('ok').length} ok, ${by('moved').length} moved, ${by('broken').length} broken`);
  return lines.join('\n');
}
