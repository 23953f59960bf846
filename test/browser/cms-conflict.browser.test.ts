/**
 * Two editors saving the same entry (issue #4), end to end in real Chromium: the built /admin
 * against its own decap-server (git mode) on its own temporary git repository made from the
 * minimal fixture. Editors A and B work in two browser profiles (own login, own local backup).
 * Both open the same material; A saves twice; B's later save is refused in Vietnamese and keeps
 * what B typed; B reloads, declines the old backup and saves on top of A's version. Then A's
 * unsaved typing, restored from the local backup after a reload, is still compared with the
 * version A typed it on: B saved in between, so A's save is refused too.
 *
 * When a step fails, the error says what both pages showed (Decap's notifications, console
 * errors, failed and refused requests) and what decap-server logged.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { backupRaw, explained, formSettled, login, openEntry, reloadAndRestore, watchPage } from '../helpers/cms-page.ts';
import { git, makeRepo, startDecapServer, type DecapServer } from '../helpers/decap.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const OUT = 'test/.tmp/dist-cms-conflict';
const BRANCH = 'cms/materials/bai-mau';
const CONFLICT = 'Bài này vừa được người khác lưu sau khi bạn mở. Để không ghi đè lên phần của họ, bài chưa được lưu.';
const RESTORE_QUESTION = 'Một bản sao lưu trên máy đã được phục hồi cho mục này, bạn có muốn tải lên không?';

let repo: string;
let decap: DecapServer;
let site: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let pageA: Page;
let pageB: Page;
let watchers: ReturnType<typeof watchPage>[] = [];

beforeAll(async () => {
  repo = makeRepo('minimal');
  decap = await startDecapServer(repo);
  // The admin built for this test talks to this test's decap-server.
  process.env.DECAP_PROXY_URL = decap.url;
  const run = buildSite('test/fixtures/minimal/content', OUT, 'cms-conflict', '2026-11-20');
  delete process.env.DECAP_PROXY_URL;
  if (run.status !== 0) throw new Error(run.output);
  site = await serveDist(OUT);
  browser = await launchChromium();
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    // The admin bundle is several megabytes; on a shared 2-core machine its first load is slow.
    page.setDefaultTimeout(60_000);
    return page;
  };
  pageA = await open();
  pageB = await open();
  watchers = [watchPage(pageA, 'editor A'), watchPage(pageB, 'editor B')];
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await site?.close();
  await decap?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const entryUrl = () => `${site.origin}/admin/#/collections/materials/entries/bai-mau`;
/** The Vietnamese file as saved: on the entry's draft branch once there is one. */
const saved = () => git(repo, 'show', `${git(repo, 'branch', '--list', BRANCH).trim() ? BRANCH : 'main'}:content/materials/vi/bai-mau.mdx`);
const titleOf = (page: Page) => page.getByLabel('Tiêu đề', { exact: true }).first();
const summaryOf = (page: Page) => page.getByLabel('Tóm tắt', { exact: true }).first();
const saveButton = (page: Page) => page.getByRole('button', { name: 'Lưu' }).first();
const refusal = (page: Page) => page.getByText(`Không thể giữ lại mục: ${CONFLICT}`, { exact: false });

/** Runs a step; a failure also reports what both pages and decap-server showed. */
const step = (name: string, body: () => Promise<void>) => it(name, () => explained(body, watchers, decap));

/**
 * Saves and waits until the save has landed in git AND Decap has finished it (its post-save
 * handlers included): the form is then unchanged, so "Lưu" is disabled again.
 */
async function saveAndWait(page: Page, expected: string) {
  await saveButton(page).click();
  await expect.poll(saved, { timeout: 60_000 }).toContain(expected);
  await expect.poll(() => saveButton(page).isDisabled(), { timeout: 60_000 }).toBe(true);
  expect(await refusal(page).count()).toBe(0);
}

/** Types at the very start of the first paragraph, away from its inline legal reference. */
async function typeInBody(page: Page, text: string): Promise<Locator> {
  const body = page.locator('[aria-label="Ô markdown"]').first().locator('[contenteditable=true]');
  await body
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 4 } });
  await page.keyboard.press('Home');
  // One input event: typing key by key on a busy machine sometimes loses a letter in the rich editor.
  await page.keyboard.insertText(text);
  return body;
}

describe('CMS: two editors saving the same entry', () => {
  step('1. both editors log in, each in their own browser profile', async () => {
    await login(pageA, site.origin);
    await login(pageB, site.origin);
  });

  step('2. both open the same material; A saves twice, and both saves go through', async () => {
    await openEntry(pageA, entryUrl());
    await openEntry(pageB, entryUrl());
    expect(await titleOf(pageA).inputValue()).toBe('Bài mẫu về bình đẳng giới');
    expect(await titleOf(pageB).inputValue()).toBe('Bài mẫu về bình đẳng giới');

    await titleOf(pageA).fill('Tiêu đề do biên tập viên A sửa');
    await saveAndWait(pageA, 'title: Tiêu đề do biên tập viên A sửa\n');
    // A's second save is over A's own first one: not a conflict.
    await summaryOf(pageA).fill('Tóm tắt do biên tập viên A sửa lần hai.');
    await saveAndWait(pageA, 'summary: Tóm tắt do biên tập viên A sửa lần hai.\n');
  });

  step("3. B's save over A's newer save is refused in Vietnamese, and B's typing stays in the form", async () => {
    const body = await typeInBody(pageB, 'Câu của biên tập viên B. ');
    await saveButton(pageB).click();
    // Decap's "could not save" notification, with our reason and no "Error:" in between.
    await expect.poll(() => refusal(pageB).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // The save was refused: still unsaved changes.
    expect(await saveButton(pageB).isEnabled()).toBe(true);
    const file = saved();
    expect(file).toContain('title: Tiêu đề do biên tập viên A sửa\n');
    expect(file).toContain('summary: Tóm tắt do biên tập viên A sửa lần hai.\n');
    expect(file).not.toContain('Câu của biên tập viên B.');
    expect(await body.innerText()).toContain('Câu của biên tập viên B.');
    expect(await titleOf(pageB).inputValue()).toBe('Bài mẫu về bình đẳng giới');
  });

  step("4. B reloads, declines the old backup, sees A's version and saves on top of it", async () => {
    await expect.poll(() => backupRaw(pageB, 'backup.materials.bai-mau'), { timeout: 60_000 }).toContain('Câu của biên tập viên B.');
    expect(await reloadAndRestore(pageB, false)).toEqual([RESTORE_QUESTION]);
    await expect.poll(() => titleOf(pageB).inputValue(), { timeout: 60_000 }).toBe('Tiêu đề do biên tập viên A sửa');
    await formSettled(titleOf(pageB));
    await typeInBody(pageB, 'Câu của biên tập viên B. ');
    await saveAndWait(pageB, 'Câu của biên tập viên B.');
    const file = saved();
    expect(file).toContain('title: Tiêu đề do biên tập viên A sửa\n');
    expect(file).toContain('summary: Tóm tắt do biên tập viên A sửa lần hai.\n');
  });

  step(
    '5. a draft restored from the local backup is compared with the version it was typed on, not the one loaded after the reload',
    async () => {
      // A opens the newest version and types without saving; Decap backs it up.
      await openEntry(pageA, entryUrl());
      expect(await titleOf(pageA).inputValue()).toBe('Tiêu đề do biên tập viên A sửa');
      await summaryOf(pageA).fill('Tóm tắt A gõ dở rồi tải lại trang.');
      await expect
        .poll(() => backupRaw(pageA, 'backup.materials.bai-mau'), { timeout: 20_000 })
        .toContain('Tóm tắt A gõ dở rồi tải lại trang.');

      // Meanwhile B saves a new title.
      await titleOf(pageB).fill('Tiêu đề do biên tập viên B sửa');
      await saveAndWait(pageB, 'title: Tiêu đề do biên tập viên B sửa\n');

      // A reloads and restores the backup: the form holds A's typing on top of the old version.
      expect(await reloadAndRestore(pageA)).toEqual([RESTORE_QUESTION]);
      // The entry's load after the reload (B's version) lands too; the form keeps the restored draft.
      await expect.poll(() => summaryOf(pageA).inputValue(), { timeout: 60_000 }).toBe('Tóm tắt A gõ dở rồi tải lại trang.');
      await formSettled(titleOf(pageA));
      expect(await summaryOf(pageA).inputValue()).toBe('Tóm tắt A gõ dở rồi tải lại trang.');
      expect(await titleOf(pageA).inputValue()).toBe('Tiêu đề do biên tập viên A sửa');
      await saveButton(pageA).click();
      await expect.poll(() => refusal(pageA).count(), { timeout: 60_000 }).toBeGreaterThan(0);
      const file = saved();
      expect(file).toContain('title: Tiêu đề do biên tập viên B sửa\n');
      expect(file).not.toContain('Tóm tắt A gõ dở rồi tải lại trang.');
      expect(await summaryOf(pageA).inputValue()).toBe('Tóm tắt A gõ dở rồi tải lại trang.');
    },
  );
});
