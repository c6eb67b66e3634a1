/**
 * JavaScript the journeys run inside the page, as expression strings. Strings, not functions:
 * tsx compiles test files with esbuild's keepNames, which wraps inner functions in a `__name()`
 * helper that does not exist in the page, and selenium, puppeteer and playwright each serialise
 * functions their own way. A string means the same thing to all three.
 */

/** The app's database and record store (src/store/). */
const DB = 'privacy-checkup';
const STORE = 'records';

/** Every stored record, key → value, read through a connection of its own. */
export const readRecords = `new Promise((resolve, reject) => {
  const request = indexedDB.open(${JSON.stringify(DB)});
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const out = {};
    const cursor = db.transaction(${JSON.stringify(STORE)}, 'readonly').objectStore(${JSON.stringify(STORE)}).openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) { db.close(); resolve(out); return; }
      out[String(c.key)] = c.value;
      c.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  };
})`;

/** Writes records as they are, bypassing the app (to plant corrupt ones). */
export function writeRecords(entries: [string, unknown][]): string {
  return `new Promise((resolve, reject) => {
    const request = indexedDB.open(${JSON.stringify(DB)});
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(${JSON.stringify(STORE)}, 'readwrite');
      for (const [key, value] of ${JSON.stringify(entries)}) tx.objectStore(${JSON.stringify(STORE)}).put(value, key);
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  })`;
}

/**
 * For engines whose driver cannot catch a download: from now on, a file the app saves (a Blob URL
 * on a link with `download`, see src/components/download.ts) is kept in the page instead of going
 * to the browser's download manager. `savedFiles` reads them.
 */
export const keepSavedFilesInPage = `(() => {
  if (window.__savedFiles) return true;
  window.__savedFiles = [];
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => { const url = createObjectURL.call(URL, blob); blobs.set(url, blob); return url; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    window.__savedFiles.push(blob.text().then((text) => ({ name: this.download, text })));
  };
  return true;
})()`;

/** The files kept by `keepSavedFilesInPage` so far, emptying the list. */
export const takeSavedFiles = `Promise.all((window.__savedFiles || []).splice(0))`;

/**
 * Brings an element to the middle of the viewport and says whether a click at its centre would
 * reach it (or its label), rather than something on top such as the undo toast. Playwright checks
 * the same before it clicks; puppeteer and WebDriver click blindly at a point, and WebDriver
 * scrolls the element to the bottom edge, right under the toast. A plain function (passed to the
 * page as source): nothing named inside, so no bundler helper leaks in.
 */
export function reachableAtCentre(el: Element): boolean {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  if (!hit) return false;
  const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
  return el.contains(hit) || labels.some((label) => label.contains(hit));
}

/** The `<input type="file">` whose `<label>` reads exactly `label`, or null. */
export function fileInputLabelled(label: string): string {
  return `(() => {
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
    const input = found && found.control;
    return input && input.type === 'file' && !input.disabled ? input : null;
  })()`;
}
