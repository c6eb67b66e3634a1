/**
 * Renders public/favicon.svg to the PNG icons the web app manifest needs, with Debian's Chromium
 * (no remote assets, no image library). Run once after changing the icon: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/harness.ts';
import { ROOT } from './read-catalogue.ts';

const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const { size, maskable } of [{ size: 192, maskable: false }, { size: 512, maskable: false }, { size: 512, maskable: true }]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its drawing inside the central 80% safe zone, on a full-bleed background.
  const inset = maskable ? size * 0.2 : size * 0.06;
  await page.setContent(`<body style="margin:0;background:${maskable ? '#ffffff' : 'transparent'}">
    <div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
  await page.screenshot({ path: join(ROOT, `public/icons/icon-${size}${maskable ? '-maskable' : ''}.png`), omitBackground: !maskable });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');
