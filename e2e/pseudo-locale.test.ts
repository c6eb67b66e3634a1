/**
 * The pseudo-locales in a real browser: a build made with `PSEUDO_LOCALE=1` (into its own folder, so
 * `dist/` stays the production build) serves `/en-XA/…`, English made long and accented, and
 * `/ar-XB/…`, the same read right to left. On a 360 px phone, every route in both says its language
 * and direction in `<html>`, never scrolls sideways, passes axe, and shows no plain English in `main`
 * but the catalogue's, which is English by design (platform names, setting titles, steps, sources).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { expectNoAxeViolations, ROOT, useHarness } from './harness';
import { ROUTES, seeded } from './routes';
import { initialsOf } from '../src/components/monogram';

const OUT_DIR = 'dist-pseudo';
const ARTIFACTS = join(ROOT, 'e2e/artifacts');
const PHONE = { width: 360, height: 740 };

before(async () => {
  process.env.PSEUDO_LOCALE = '1';
  mkdirSync(ARTIFACTS, { recursive: true });
  await build({ root: ROOT, build: { outDir: OUT_DIR, emptyOutDir: true }, logLevel: 'error' });
});
const harness = useHarness({ outDir: OUT_DIR });

/**
 * Every string in the catalogue, and the monograms drawn from platform names: the English a page may
 * show by design. A text that is part of one of them is the catalogue's; whatever English is left in a
 * text once they are taken out (whole words only) bypassed the messages.
 */
const catalogue: { joined: string; longestFirst: string[] } = (() => {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const dir = join(ROOT, 'data/platforms');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const platform: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    walk(platform);
    if (platform && typeof platform === 'object' && 'name' in platform && typeof platform.name === 'string') texts.add(initialsOf(platform.name));
  }
  return { joined: [...texts].join('\n'), longestFirst: [...texts].filter((text) => text.length > 1).sort((a, b) => b.length - a.length) };
})();

const PLAIN_WORD = /[A-Za-z]{2,}/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** The catalogue's version in the report ("+3c5bcb4"): a content hash, not words. */
const HASH = /(?<![\p{L}\p{N}])(?=[0-9a-f]*[0-9])[0-9a-f]{6,}(?![\p{L}\p{N}])/gu;

/** `text` without the whole-word occurrences of `known` (one inside a longer word stays). */
function withoutWhole(text: string, known: string): string {
  const [first = '', ...pieces] = text.split(known);
  let out = first;
  for (const piece of pieces) {
    const inWord = WORD_CHARACTER.test(out.at(-1) ?? '') || WORD_CHARACTER.test(piece[0] ?? '');
    out += (inWord ? known : ' ') + piece;
  }
  return out;
}

/** The English left in `text` once the catalogue's strings are taken out, or `undefined` when none is. */
function englishIn(text: string): string | undefined {
  if (!PLAIN_WORD.test(text) || catalogue.joined.includes(text)) return undefined;
  let rest = text;
  for (const known of catalogue.longestFirst) if (rest.includes(known)) rest = withoutWhole(rest, known);
  rest = rest.replace(HASH, ' ');
  return PLAIN_WORD.test(rest) ? rest.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The page's own words in `main`: its text nodes and the labels a screen reader speaks instead, less
 * anything marked as another language than the page's (a deliberate quotation, like a language's own name).
 */
function wordsInMain(page: Page): Promise<string[]> {
  // No named helpers inside: the test runner's transform would wrap them in a function the page lacks.
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const pageLang = document.documentElement.lang;
    // Region names come from Intl in the page's locale; for a pseudo-locale ICU has none and answers in English.
    const regions = new Intl.DisplayNames([pageLang], { type: 'region' });
    const intlNames = new Set<string>();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        try {
          intlNames.add(regions.of(String.fromCharCode(a, b)) ?? '');
        } catch {
          // Not a region code Intl accepts.
        }
      }
    }
    const found: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style')) continue;
      if ((parent.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang && !intlNames.has(text)) found.push(text);
    }
    for (const element of main.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if ((element.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/**
 * Why the page is wider than the window, or `undefined` when it is not: the innermost elements that
 * reach past either edge (their box or their content), not clipped by a scrolling ancestor, the widest named.
 */
function sidewaysScroll(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const { scrollWidth } = document.documentElement;
    if (scrollWidth <= innerWidth) return undefined;
    const offenders = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      if (!box.width) return false;
      const right = Math.max(box.right, box.left + element.scrollWidth);
      const left = Math.min(box.left, box.right - element.scrollWidth);
      if (right <= innerWidth + 0.5 && left >= -0.5) return false;
      // Inside a scrolling or clipping box it cannot widen the page.
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return false;
      }
      return true;
    });
    const innermost = offenders.filter((element) => !offenders.some((other) => other !== element && element.contains(other)));
    const [widest] = innermost
      .map((element) => ({ element, width: Math.round(Math.max(element.scrollWidth, element.getBoundingClientRect().width)) }))
      .sort((a, b) => b.width - a.width);
    const name = widest
      ? `<${widest.element.tagName.toLowerCase()}${widest.element.id ? `#${widest.element.id}` : ''}${[...widest.element.classList].map((c) => `.${c}`).join('')}> ${widest.width} px “${(widest.element.textContent ?? '').trim().slice(0, 60)}”`
      : 'no single element';
    return `the page is ${scrollWidth} px wide in a ${innerWidth} px window; widest offender: ${name}`;
  });
}

/** Opens `route` and waits until it shows in the pseudo-locale with nothing left loading. */
async function settle(page: Page, route: string) {
  await page.goto(route);
  // Not prerendered: the server answers with the English app shell, which the app then redraws in the
  // pseudo-locale. Its name in the header, a message, says when that has happened.
  await page.waitForFunction(() => {
    const brand = document.querySelector('.site-header .brand')?.textContent ?? '';
    return brand !== '' && !/[A-Za-z]/.test(brand);
  });
  await page.locator('main h1').waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

describe('every route in the pseudo-locales, at 360 px', () => {
  for (const [locale, dir] of [['en-XA', 'ltr'], ['ar-XB', 'rtl']] as const) {
    it(`${locale} (${dir}): says its language and direction, never scrolls sideways, passes axe, shows no English interface text`, async () => {
      const { context, page } = await seeded(harness(), { viewport: PHONE });
      const problems: string[] = [];
      for (const route of ROUTES) {
        await settle(page, `/${locale}${route}`);
        const html = page.locator('html');
        assert.equal(await html.getAttribute('lang'), locale, route);
        assert.equal(await html.getAttribute('dir'), dir, route);
        await page.screenshot({ path: join(ARTIFACTS, `pseudo-${locale}${route === '/' ? '-home' : route.replace(/\//g, '-')}.png`), fullPage: true });
        const sideways = await sidewaysScroll(page);
        if (sideways) problems.push(`${route}: ${sideways}`);
        const english = [...new Set((await wordsInMain(page)).map(englishIn).filter((left) => left !== undefined))];
        problems.push(...english.map((left) => `${route}: English “${left}”`));
        await expectNoAxeViolations(page).catch((error: Error) => problems.push(`${route}: ${error.message}`));
      }
      assert.equal(problems.length, 0, `${problems.length} problem(s):\n${problems.join('\n')}`);
      await context.close();
    });
  }

  it('the checks see what they look for: a word too long for the phone, and English planted in the page', async () => {
    const context = await harness().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await settle(page, '/ar-XB/settings');
    assert.equal(await sidewaysScroll(page), undefined);
    await page.evaluate(() => {
      const planted = document.createElement('p');
      planted.className = 'planted';
      planted.textContent = 'Ŝţŕââñĝéĺŷĺööñĝŵööŕđţĥââţñööţĥîîñĝçââñƀŕééââķâñŷŵĥééŕéééĺšéé';
      const english = document.createElement('p');
      english.textContent = 'Your settings were saved';
      document.querySelector('main h1')?.after(planted, english);
    });
    assert.match(await sidewaysScroll(page) ?? '', /widest offender: <p\.planted> \d+ px “Ŝţŕââñĝ/);
    const english = (await wordsInMain(page)).map(englishIn).filter((left) => left !== undefined);
    assert.equal(english.length, 1, english.join('\n'));
    assert.match(english[0] ?? '', /were saved/);
    await context.close();
  });
});

