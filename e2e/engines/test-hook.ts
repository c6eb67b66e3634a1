/**
 * `/__test-hook.js`, which the WebKit proxy (test-proxy.ts) puts first in every HTML page. The
 * WebKit driver has no console or log endpoint, so the page reports its own problems: console
 * errors, uncaught errors and rejections, resources that failed to load, CSP violations and any
 * resource fetched from another origin. Each goes to the proxy as a same-origin beacon (the CSP's
 * `connect-src 'self'` allows it), so nothing is lost when a tab closes or navigates.
 */
export const TEST_HOOK_PATH = '/__test-hook.js';
export const TEST_PROBLEM_PATH = '/__test-problem';

export const TEST_HOOK_SOURCE = `(() => {
  const report = (text) => { try { navigator.sendBeacon(${JSON.stringify(TEST_PROBLEM_PATH)}, text + ' (on ' + location.pathname + ')'); } catch (e) {} };
  const consoleError = console.error;
  console.error = function (...args) { report('console error: ' + args.map(String).join(' ')); return consoleError.apply(this, args); };
  addEventListener('error', (e) => {
    // React reports an error it recovered from with the original as its cause: name it too.
    if (e.target === window) report('uncaught: ' + e.message + ' at ' + e.filename + ':' + e.lineno + (e.error && e.error.cause ? ' — cause: ' + (e.error.cause.stack || e.error.cause) : ''));
    else report('failed to load: ' + (e.target.src || e.target.href || e.target.tagName));
  }, true);
  addEventListener('unhandledrejection', (e) => report('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    report('Content-Security-Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.startsWith(location.origin + '/') && !/^(data|blob):/.test(entry.name)) report('request to another origin: ' + entry.name);
    }
  }).observe({ type: 'resource', buffered: true });
})();
`;
