/**
 * Activities and plan indicators in the built /admin, in real Chromium, against decap-server (git
 * mode) on a temporary repository made from the minimal fixture with one calendar event and one
 * indicator: an editor marks the event as an activity (type, audiences, participants) and the saved
 * file passes the event schema with those figures; the indicator's "Đánh giá" offers the three
 * Vietnamese statuses and "Nguyên nhân".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';
import { buildSite } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { explained, login, openEntry, pick, saveDraft, watchPage } from '../helpers/cms-page.ts';
import { git, makeRepo, startDecapServer, type DecapServer } from '../helpers/decap.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const OUT = 'test/.tmp/dist-cms-activities';
const EVENT = 'hop-thon-mau';
const BRANCH = `cms/events/${EVENT}`;

let repo: string;
let decap: DecapServer;
let site: StaticServer;
let browser: Browser;
let page: Page;
let watchers: ReturnType<typeof watchPage>[] = [];

beforeAll(async () => {
  repo = makeRepo('minimal');
  mkdirSync(join(repo, 'content/events/vi'), { recursive: true });
  writeFileSync(
    join(repo, `content/events/vi/${EVENT}.yaml`),
    'title: "Họp thôn mẫu"\nkind: event\ndate: 2026-11-16\ncommune: "Xã A"\nprovince: "Lạng Sơn"\n',
  );
  mkdirSync(join(repo, 'content/indicators/vi'), { recursive: true });
  writeFileSync(
    join(repo, 'content/indicators/vi/chi-tieu-mau.yaml'),
    'title: "Chỉ tiêu mẫu"\nplan: "73/2006/QH11"\ntarget: "100% xã"\nresult: "20/20 xã"\nstatus: dat\nassessed: 2026-11-15\n',
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Một sự kiện và một chỉ tiêu mẫu');
  decap = await startDecapServer(repo);
  // The admin built for this test talks to this test's decap-server.
  process.env.DECAP_PROXY_URL = decap.url;
  const run = buildSite('test/fixtures/minimal/content', OUT, 'cms-activities', '2026-11-20');
  delete process.env.DECAP_PROXY_URL;
  if (run.status !== 0) throw new Error(run.output);
  site = await serveDist(OUT);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // The admin bundle is several megabytes; on a shared 2-core machine its first load is slow.
  page.setDefaultTimeout(60_000);
  watchers = [watchPage(page, 'editor')];
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await decap?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Runs a step; a failure also reports what the page and decap-server showed. */
const step = (name: string, body: () => Promise<void>) => it(name, () => explained(body, watchers, decap));

describe('activities and indicators in the CMS', () => {
  step('an editor makes a calendar event an activity: type, audiences and participants, saved as the schema reads them', async () => {
    await login(page, site.origin);
    await openEntry(page, `${site.origin}/admin/#/collections/events/entries/${EVENT}`, 'Tên');
    // Selects in form order: "Loại" (observance or event), then "Loại hoạt động".
    await pick(page, page.locator('[aria-label="Ô select"]').nth(1), 'Tập', /^Tập huấn \(tap-huan\)$/);
    const audiences = page.getByRole('group', { name: 'Đối tượng', exact: true });
    await audiences.getByRole('checkbox', { name: 'Cán bộ, công chức', exact: true }).check();
    // Optional fields carry Decap's "optional" mark after their label.
    await page.getByLabel(/^Tổng số người tham dự/).fill('40');
    await page.getByLabel(/^Trong đó nữ/).fill('25');
    await saveDraft(page, repo, BRANCH);
    const saved = parse(git(repo, 'show', `${BRANCH}:content/events/vi/${EVENT}.yaml`)) as Record<string, unknown>;
    expect(eventSchema.parse(saved)).toMatchObject({
      activity: 'tap-huan',
      audiences: ['can-bo-cong-chuc'],
      participants: { total: 40, women: 25 },
    });
  });

  step('an indicator offers the three Vietnamese statuses and the reason', async () => {
    await openEntry(page, `${site.origin}/admin/#/collections/indicators/entries/chi-tieu-mau`, 'Chỉ tiêu');
    await page.locator('[aria-label="Ô select"]').first().click();
    const options = await page.getByRole('option').allTextContents();
    // The CMS names each choice with the id the file stores.
    expect(options).toEqual(['Đạt (dat)', 'Chưa đạt (chua-dat)', 'Không đánh giá được (khong-danh-gia)']);
    await page.keyboard.press('Escape');
    expect(await page.getByLabel(/^Nguyên nhân/).count()).toBe(1);
  });
});
