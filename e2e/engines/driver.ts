/**
 * The small driver interface the cross-engine journeys are written against. Chromium
 * (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver
 * and WebKitWebDriver) each implement it; a journey that needs anything else does not belong here.
 */

/** The roles the journeys look for. */
export type Role =
  | 'alert' | 'article' | 'button' | 'cell' | 'checkbox' | 'heading' | 'link' | 'progressbar' | 'region'
  | 'searchbox' | 'status' | 'textbox';

/**
 * An element as a person finds it: by role and accessible name (exact), inside another element,
 * with a pressed state, containing some text. `nth` picks among several matches (0 = first).
 */
export interface Query {
  role: Role;
  name?: string;
  within?: Query;
  pressed?: boolean;
  /** Only elements whose text contains this. */
  text?: string;
  /** Headings only: h1 … h6. */
  level?: number;
  nth?: number;
}

export interface WaitOptions {
  /** Also wait until the element is enabled (controls stay disabled until stored progress loads). */
  enabled?: boolean;
  timeout?: number;
}

/** A file the page handed to the browser to save. */
export interface SavedFile {
  name: string;
  text: string;
}

/** One tab (page) of a session. Every method waits for its element, as a person would. */
export interface Tab {
  /** Navigates to a path of the app (or an absolute URL) and waits for the load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  waitFor(query: Query, options?: WaitOptions): Promise<void>;
  /** Waits until nothing matches any more. */
  waitForGone(query: Query, options?: WaitOptions): Promise<void>;
  /** Waits for the element to be enabled, then clicks it. */
  click(query: Query): Promise<void>;
  /** Types into a field, key by key, after what it holds. */
  type(query: Query, text: string): Promise<void>;
  value(query: Query): Promise<string>;
  attribute(query: Query, name: string): Promise<string | null>;
  text(query: Query): Promise<string>;
  /** Puts a file into the `<input type="file">` a label names. */
  chooseFile(label: string, file: SavedFile): Promise<void>;
  /**
   * Runs a JavaScript expression in the page and returns its (JSON) value; a promise is awaited.
   * Expressions are strings so no bundler helper leaks into the page (see page-scripts.ts).
   */
  evaluate<T>(expression: string): Promise<T>;
  /** Clicks and returns the file the click saved; absent where the engine's driver cannot catch downloads. */
  download?(query: Query): Promise<SavedFile>;
  /** axe (WCAG 2.1 A/AA) on the page as it is now, where the engine can run it; a no-op elsewhere. */
  checkAccessibility(): Promise<void>;
  close(): Promise<void>;
}

/** One browser profile: its tabs share IndexedDB, localStorage and BroadcastChannel. */
export interface Session {
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

/** A running copy of the built app the browser can reach. */
export interface Site {
  baseURL: string;
  /** Stops serving: afterwards the browser gets no answer at all from this address. */
  stop(): Promise<void>;
}

interface EngineCapabilities {
  /** The driver hands the test the bytes of a download. */
  downloads: boolean;
  /** A page can be closed by the test right after a click resolves (no unload prompt, no lost session). */
  closeTabAfterClick: boolean;
}

export interface Engine {
  name: 'chromium' | 'firefox' | 'webkit';
  capabilities: EngineCapabilities;
  /** Serves dist/ (the WebKit engine puts its test-only proxy in front). */
  serve(): Promise<Site>;
  /**
   * A fresh profile for the site. Service workers are off unless asked for, so journeys stay
   * independent; only the offline journey turns them on.
   */
  newSession(site: Site, options?: { serviceWorkers?: boolean }): Promise<Session>;
  /**
   * Console errors, uncaught errors, CSP violations and requests to other origins seen since the
   * last call; the caller fails the test when there are any.
   */
  takeProblems(): string[];
  stop(): Promise<void>;
}
