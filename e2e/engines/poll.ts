/**
 * Waiting for a condition, for the drivers that have no auto-waiting locators of their own
 * (puppeteer over BiDi with our filters, selenium). It re-checks every 50 ms until the condition
 * holds or the time is up: the test waits as long as the page needs, never a fixed time.
 */
const DEFAULT_TIMEOUT = 10_000;

export async function until<T>(what: string, check: () => Promise<T | undefined>, timeout = DEFAULT_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      // An element can go stale between finding and reading it while React re-renders; look again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
