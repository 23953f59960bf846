/** Answering the sample quiz with the keyboard only, offline, in real Chromium. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

const PATH = '/trac-nghiem/tim-hieu-luat-binh-dang-gioi-va-phong-chong-bao-luc-gia-dinh/';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: StaticServer;
const requests: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await openSample());
  context = await browser.newContext();
  await context.addInitScript(axeInitScript);
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(() => closeSample(browser, server));

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName.toLowerCase(), name: el?.getAttribute('name'), type: el?.getAttribute('type'), text: el?.textContent?.trim() };
  });

/** Presses Tab until the focused element matches, at most 200 times. */
async function tabUntil(match: (f: Awaited<ReturnType<typeof focused>>) => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused())) return;
  }
  throw new Error('focus never reached the element');
}

describe('the quiz, keyboard only', () => {
  it('scores in the browser, offline, and shows every explanation with a link to the provision', async () => {
    await page.goto(server.origin + PATH);
    const keys = await page.$$eval('fieldset[data-key]', (sets) => sets.map((s) => Number((s as HTMLElement).dataset.key)));
    expect(keys.length).toBeGreaterThanOrEqual(10);
    await context.setOffline(true);
    // Start from the content, as the skip link does: the header's search box would load its own code on focus.
    await page.locator('#noi-dung').focus();
    requests.length = 0;

    // Question 1 wrong, the last unanswered, all others right.
    const plan = keys.map((key, i) => (i === 0 ? (key === 0 ? 1 : 0) : i === keys.length - 1 ? undefined : key));
    for (let i = 0; i < keys.length; i++) {
      const choice = plan[i];
      if (choice === undefined) continue;
      await tabUntil((f) => f.name === `cau-${i + 1}`);
      await page.keyboard.press('Space');
      for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowDown');
    }
    await tabUntil((f) => f.tag === 'button' && f.text === 'Chấm điểm');
    await page.keyboard.press('Enter');

    const right = plan.filter((choice, i) => choice !== undefined && choice === keys[i]).length;
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe(`Bạn trả lời đúng ${right} trên ${keys.length} câu.`);
    expect(right).toBe(keys.length - 2);

    const results = await page.$$eval('[data-result]', (els) => els.map((e) => ((e as HTMLElement).hidden ? '' : e.textContent)));
    expect(results[0]).toBe('Chưa đúng');
    expect(results[1]).toBe('Đúng');
    expect(results.at(-1)).toBe('Chưa trả lời');

    const explanations = page.locator('fieldset details');
    expect(await explanations.count()).toBe(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const details = explanations.nth(i);
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      const link = details.getByRole('link');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toMatch(/\/van-ban\/[a-z0-9-]+\/#dieu-\d+$/);
    }
    // Sends nothing, stores nothing.
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    expect(new URL(page.url()).search).toBe('');
    // Scored state is accessible too (the a11y suite checks the page as loaded).
    expect(await axeViolations(page)).toEqual([]);
    await context.setOffline(false);
  });

  it('the radio groups have accessible names from their legends', async () => {
    const group = page.getByRole('group', { name: /Câu 1\./ });
    expect(await group.count()).toBe(1);
    expect(await group.getByRole('radio').count()).toBeGreaterThanOrEqual(2);
  });

  it.each(['/van-ban/luat-phong-chong-bao-luc-gia-dinh-2022/', '/tai-lieu/noi-tam-lanh-la-gi/', '/tai-lieu/hoi-dap-binh-dang-gioi/'])(
    '%s (provisions, backlinks, notice, auto links) passes axe',
    async (path) => {
      const other = await context.newPage();
      await other.goto(server.origin + path);
      expect(await axeViolations(other)).toEqual([]);
      await other.close();
    },
  );

  it('starts again with the reset button', async () => {
    await tabUntil((f) => f.tag === 'button' && f.text === 'Làm lại');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('status').textContent()).toBe('');
    expect(await page.$$eval('input:checked', (els) => els.length)).toBe(0);
  });
});
