/**
 * The support-services directory in Chromium at 360 px, on the built sample site. Without
 * JavaScript: grouped lists of every service with tel: links, no filter form. With it: the
 * commune, kind and "open now" filters hide services and empty groups, the count is announced
 * politely, focus stays where the reader is, the address and storage stay untouched, axe passes.
 * "Open now" runs on a fixed clock, Vietnam time. The confidential shelter never shows an address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const ADDRESS = (parse(readFileSync(join(ROOT, 'content/services/vi/nha-tam-lanh-mau.yaml'), 'utf8')) as { address: string }).address;
const PATH = '/ho-tro/dich-vu/';
/** Saturday 28/11/2026, 10:00 in Vietnam: open are the three 24/7 services and the Women's Union (Saturday morning). */
const SATURDAY_MORNING = new Date('2026-11-28T10:00:00+07:00');
/** Tuesday 24/11/2026, 23:30 in Vietnam: the 24/7 services and the trusted address (18:00–06:00). */
const TUESDAY_NIGHT = new Date('2026-11-24T23:30:00+07:00');

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

async function open(javaScriptEnabled: boolean, now?: Date, lang = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  if (javaScriptEnabled) await context.addInitScript(axeInitScript);
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(now);
  await page.goto(`${server.origin}${lang}${PATH}`);
  return page;
}

const visibleServices = (page: Page) => page.locator('[data-service]:visible h3').allTextContents();
const visibleGroups = (page: Page) => page.locator('[data-service-group]:visible > h2').allTextContents();
const status = (page: Page) => page.getByRole('status');

describe('without JavaScript', () => {
  it('shows every service, grouped by commune, with tel: links and no filter form', async () => {
    const page = await open(false);
    expect(await visibleServices(page)).toHaveLength(7);
    expect(await visibleGroups(page)).toEqual([
      'Phường mẫu (dữ liệu mẫu), Lạng Sơn',
      'Xã mẫu (dữ liệu mẫu), Lạng Sơn',
      'Xã vùng cao mẫu (dữ liệu mẫu), Lạng Sơn',
    ]);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Đang mở cửa' }).count()).toBe(0);
    const calls = page.locator('[data-service] a[href^="tel:"]:visible');
    expect(await calls.count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('#dv-nha-tam-lanh-mau a[href="tel:113"]').isVisible()).toBe(true);
    // Jump lists by commune and by kind lead to the groups and the cards.
    await page.getByRole('link', { name: 'Nhà tạm lánh mẫu (dữ liệu mẫu)' }).click();
    expect(new URL(page.url()).hash).toBe('#dv-nha-tam-lanh-mau');
    await page.context().close();
  });

  it('shows the confidential shelter with its phone and without any address', async () => {
    const page = await open(false);
    const shelter = page.locator('#dv-nha-tam-lanh-mau');
    expect(await shelter.textContent()).toContain('Địa chỉ được giữ kín');
    expect(await shelter.textContent()).not.toContain('Địa chỉ:');
    expect(await page.content()).not.toContain('đường Mẫu');
    expect(await page.locator('body').innerText()).not.toContain(ADDRESS);
    await page.context().close();
  });
});

describe('with JavaScript', () => {
  it('filters by commune, by kind and by "open now", announcing the count politely', async () => {
    const page = await open(true, SATURDAY_MORNING);
    const before = page.url();
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('Xã, phường').selectOption({ label: 'Xã mẫu (dữ liệu mẫu), Lạng Sơn' });
    expect(await visibleGroups(page)).toEqual(['Xã mẫu (dữ liệu mẫu), Lạng Sơn']);
    expect(await visibleServices(page)).toEqual(['Địa chỉ tin cậy mẫu ở cộng đồng (dữ liệu mẫu)', 'Trạm y tế mẫu (dữ liệu mẫu)']);
    expect(await status(page).textContent()).toBe('Có 2 dịch vụ phù hợp.');
    // The jump list follows: communes left empty are hidden there too.
    expect(await page.locator('[data-group-link]:visible').count()).toBe(1);

    await page.getByLabel('Xã, phường').selectOption('');
    await page.getByLabel('Loại dịch vụ').selectOption({ label: 'Công an' });
    expect(await visibleServices(page)).toEqual(['Công an xã mẫu (dữ liệu mẫu)']);
    expect(await visibleGroups(page)).toEqual(['Xã vùng cao mẫu (dữ liệu mẫu), Lạng Sơn']);
    expect(await status(page).textContent()).toBe('Có 1 dịch vụ phù hợp.');

    await page.getByLabel('Loại dịch vụ').selectOption('');
    await page.getByRole('checkbox', { name: 'Đang mở cửa' }).check();
    expect((await visibleServices(page)).sort()).toEqual(
      [
        'Công an xã mẫu (dữ liệu mẫu)',
        'Hội Liên hiệp Phụ nữ xã mẫu (dữ liệu mẫu)',
        'Nhà tạm lánh mẫu (dữ liệu mẫu)',
        'Trạm y tế mẫu (dữ liệu mẫu)',
      ].sort(),
    );
    expect(await status(page).textContent()).toBe('Có 4 dịch vụ phù hợp.');

    // Nothing matches: the reader is told what to do.
    await page.getByLabel('Loại dịch vụ').selectOption({ label: 'Trợ giúp pháp lý' });
    expect(await visibleServices(page)).toEqual([]);
    expect(await visibleGroups(page)).toEqual([]);
    expect(await status(page).textContent()).toContain('Không có dịch vụ nào phù hợp');

    await page.getByLabel('Loại dịch vụ').selectOption('');
    await page.getByRole('checkbox', { name: 'Đang mở cửa' }).uncheck();
    expect(await visibleServices(page)).toHaveLength(7);
    expect(await status(page).textContent()).toBe('Đang hiện tất cả 7 dịch vụ.');

    // Nothing written to the address or to storage.
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    await page.context().close();
  });

  it('"open now" follows Vietnam time across midnight', async () => {
    const page = await open(true, TUESDAY_NIGHT);
    await page.getByRole('checkbox', { name: 'Đang mở cửa' }).check();
    expect((await visibleServices(page)).sort()).toEqual(
      [
        'Công an xã mẫu (dữ liệu mẫu)',
        'Địa chỉ tin cậy mẫu ở cộng đồng (dữ liệu mẫu)',
        'Nhà tạm lánh mẫu (dữ liệu mẫu)',
        'Trạm y tế mẫu (dữ liệu mẫu)',
      ].sort(),
    );
    await page.context().close();
  });

  it('is operated by keyboard alone, and focus never moves on its own', async () => {
    const page = await open(true, SATURDAY_MORNING);
    const commune = page.getByLabel('Xã, phường');
    await commune.focus();
    await page.keyboard.press('ArrowDown');
    expect(await commune.inputValue()).toBe('xa-1');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loc-xa');
    expect(await status(page).textContent()).toBe('Có 3 dịch vụ phù hợp.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loc-loai');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loc-mo-cua');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Đang mở cửa' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loc-mo-cua');
    // Phường mẫu on a Saturday morning: only the 24/7 shelter.
    expect(await visibleServices(page)).toEqual(['Nhà tạm lánh mẫu (dữ liệu mẫu)']);
    // Enter does not submit the form anywhere.
    const before = page.url();
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(before);
    await page.context().close();
  });

  it('passes axe, with the filter shown and with groups hidden, and has no horizontal scroll at 360 px', async () => {
    const page = await open(true, SATURDAY_MORNING);
    expect(await page.locator('[data-service-filter]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Loại dịch vụ').selectOption({ label: 'Cơ sở y tế' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('works in another language with the Vietnamese data, and carries quick exit', async () => {
    const page = await open(true, SATURDAY_MORNING, '/km');
    expect(await page.locator('[data-service-group]').first().getAttribute('lang')).toBe('vi');
    await page.getByRole('checkbox', { name: 'Đang mở cửa' }).check();
    expect(await visibleServices(page)).toHaveLength(4);
    expect(await page.locator('.exit__button').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('đường Mẫu');
    await page.context().close();
  });
});
