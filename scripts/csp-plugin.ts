/**
 * The Content-Security-Policy: nothing but the app's own origin, no eval, no inline script. Put in
 * the built index.html (a <meta>, which cannot carry frame-ancestors) and sent by `vite preview` as
 * a header. Dev is left alone: the React plugin's dev preamble is an inline script.
 */
import type { Plugin } from 'vite';

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'privacy-checkup:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_DIRECTIVES.join('; ') }, injectTo: 'head-prepend' }],
    },
  };
}
