/**
 * A data file the build wrote beside the code (a platform's entries, the catalogue's index, a
 * language's words): fetched and parsed, never run. A page's HTML preloads the ones it needs at once.
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
  return (await response.json()) as T;
}
