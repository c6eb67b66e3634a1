import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, useHarness } from './harness';

const DAY = 86_400_000;

const harness = useHarness();

describe('re-audit reminders in a real browser', () => {
  it('a check 100 days old brings the reminder; the calendar file downloads and parses', async () => {
    const context = await harness().newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.clock.setFixedTime(start);
    await page.goto('/platforms/linkedin');
    await page.getByRole('article', { name: 'Data for Generative AI Improvement' }).getByRole('button', { name: 'Done' }).click();
    await page.getByRole('status').filter({ hasText: 'marked done' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Time for a privacy re-audit' }).count(), 0);

    await page.clock.setFixedTime(start + 100 * DAY);
    await page.goto('/');
    const reminder = page.getByRole('region', { name: 'Time for a privacy re-audit' });
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /LinkedIn/);
    await expectNoAxeViolations(page);

    await reminder.getByRole('link', { name: 'Review now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Re-audits' }).waitFor();
    await page.getByRole('region', { name: 'Due now' }).getByRole('link', { name: 'LinkedIn', exact: true }).waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add re-audits to my calendar (.ics)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'privacy-checkup-reaudits.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    assert.ok(ics.includes('\r\n'), 'CRLF line ends');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const linkedin = events.find((e) => e.getFirstPropertyValue('uid') === 'reaudit-linkedin@privacy-checkup.local');
    assert.ok(linkedin, 'an event for LinkedIn');
    assert.equal(new ICAL.Event(linkedin).startDate.isDate, true);
    assert.equal(String(linkedin.getFirstPropertyValue('url')), `${harness().baseURL}/platforms/linkedin`);
    assert.ok(linkedin.getFirstSubcomponent('valarm'));
    await context.close();
  });
});
