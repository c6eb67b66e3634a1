import { Suspense, use } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readyForUse } from './ready-for-use';

function Words({ words }: { words: Promise<string> }) {
  return <p>{use(words)}</p>;
}

/** What the first commit shows: a page still loading shows its fallback. */
function firstCommit(words: Promise<string>): string | null {
  act(() => {
    render(<Suspense fallback={<p>loading</p>}><Words words={words} /></Suspense>);
  });
  return screen.getByRole('paragraph').textContent;
}

describe('a promise ready for use', () => {
  it('is read in the first render once it has settled: nothing shows "loading" first', async () => {
    const words = readyForUse(Promise.resolve('Daten zur Verbesserung generativer KI'));
    await words;
    expect(firstCommit(words)).toBe('Daten zur Verbesserung generativer KI');
  });

  it('(where a settled promise React has not met shows "loading" first)', async () => {
    const words = Promise.resolve('Daten zur Verbesserung generativer KI');
    await words;
    expect(firstCommit(words)).toBe('loading');
  });

  it('leaves a failure to whoever reads the promise: marking it rejects nothing else', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    const { process } = globalThis as unknown as { process: { on(event: string, listener: typeof record): void; off(event: string, listener: typeof record): void } };
    process.on('unhandledRejection', record);
    try {
      const failed = readyForUse(Promise.reject(new TypeError('Failed to fetch')));
      await expect(failed).rejects.toThrow('Failed to fetch');
      await new Promise((resolve) => setTimeout(resolve, 0)); // Node reports an unhandled rejection once the microtasks have run
      expect(unhandled).toEqual([]);
      expect(failed).toMatchObject({ status: 'rejected' });
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
