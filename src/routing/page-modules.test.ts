import { describe, expect, it } from 'vitest';
import { paths } from '../paths';
import { arrival, settledWithin } from './arrival';
import { preloadRoute } from './page-modules';

describe('preloading the page a link opens', () => {
  it('starts a platform page’s code and its entries together, and they load', async () => {
    const started = preloadRoute('/platforms/linkedin');
    expect(started).toHaveLength(2);
    const [code, entries] = await Promise.all(started.map((a) => a.promise));
    expect(code).toHaveProperty('default');
    expect(entries).toMatchObject({ id: 'linkedin', name: 'LinkedIn' });
  });

  it('treats a trailing slash like the page itself, and an unknown platform or path as nothing to load', () => {
    expect(preloadRoute('/platforms/linkedin/')).toHaveLength(2);
    expect(preloadRoute('/report')).toHaveLength(1);
    expect(preloadRoute('/guided')).toHaveLength(1);
    expect(preloadRoute('/platforms/no-such-platform')).toHaveLength(1);
    expect(preloadRoute('/')).toEqual([]);
    expect(preloadRoute('/nowhere')).toEqual([]);
  });

  it('reads ids from platform paths only, and survives a malformed escape', () => {
    expect(paths.platform.idOf(paths.platform.href('a b'))).toBe('a b');
    expect(paths.platform.idOf('/platforms/%E0%A4%A')).toBeUndefined();
    expect(paths.platform.idOf('/platforms/x/extra')).toBeUndefined();
    expect(paths.platform.idOf('/report')).toBeUndefined();
  });
});

describe('an arrival', () => {
  it('can be read synchronously once settled, either way', async () => {
    const ok = arrival(Promise.resolve(1));
    const failed = arrival(Promise.reject(new Error('offline')));
    expect(ok.result).toBeUndefined();
    await settledWithin([ok.promise, failed.promise], 1000);
    expect(ok.result).toEqual({ ok: true, value: 1 });
    expect(failed.result).toMatchObject({ ok: false });
  });

  it('is waited for no longer than the limit', async () => {
    const never = arrival(new Promise<never>(() => {}));
    const started = Date.now();
    await settledWithin([never.promise], 20);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(never.result).toBeUndefined();
  });
});
