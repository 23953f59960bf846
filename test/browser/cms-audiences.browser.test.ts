/**
 * The material's "Đối tượng" in the built /admin, in real Chromium, against decap-server (git mode)
 * on a temporary git repository made from the minimal fixture: the field is a group of checkboxes
 * with the audiences' Vietnamese names (not a drop-down), greyed out in the other languages, where
 * Decap copies the Vietnamese choice. Ticking one with the keyboard and saving writes
 * `audiences:` with its id to the file, which the material schema accepts.
 */
import { rmSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES, AUDIENCE_LABELS } from '../../src/schemas/audience.ts';
import type { ImageHelper } from '../../src/schemas/fields.ts';
import { materialSchema } from '../../src/schemas/material.ts';
import { buildSite } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { backupRaw, explained, login, openEntry, saveDraft, watchPage } from '../helpers/cms-page.ts';
import { git, makeRepo, startDecapServer, type DecapServer } from '../helpers/decap.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const OUT = 'test/.tmp/dist-cms-audiences';
const BRANCH = 'cms/materials/bai-mau';

let repo: string;
let decap: DecapServer;
let site: StaticServer;
let browser: Browser;
let page: Page;
let watchers: ReturnType<typeof watchPage>[] = [];

beforeAll(async () => {
  repo = makeRepo('minimal');
  decap = await startDecapServer(repo);
  // The admin built for this test talks to this test's decap-server.
  process.env.DECAP_PROXY_URL = decap.url;
  const run = buildSite('test/fixtures/minimal/content', OUT, 'cms-audiences', '2026-11-20');
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
const onBranch = (lang: string) => git(repo, 'show', `${BRANCH}:content/materials/${lang}/bai-mau.mdx`);
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]!) as Record<string, unknown>;

describe('the audiences of a material in the CMS', () => {
  step('are a group "Đối tượng" of checkboxes with the Vietnamese names, greyed out in the other language', async () => {
    await login(page, site.origin);
    await openEntry(page, `${site.origin}/admin/#/collections/materials/entries/bai-mau`);
    // The Vietnamese pane and the Tày pane each have the group.
    const groups = page.getByRole('group', { name: 'Đối tượng', exact: true });
    await expect.poll(() => groups.count()).toBe(2);
    const vi = groups.first();
    const names = await vi.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('label')!.textContent.trim()));
    expect(names).toEqual(AUDIENCES.map((a) => AUDIENCE_LABELS[a]));
    expect(await vi.getByRole('checkbox', { checked: true }).count()).toBe(0);
    // Not Decap's drop-down: no react-select for it.
    const widgets = page.locator('[aria-label="Ô checkboxes"]');
    expect(await widgets.count()).toBe(2);
    expect(await widgets.first().locator('input[role="combobox"]').count()).toBe(0);
    expect(await groups.nth(1).getByRole('checkbox', { name: 'Cha mẹ' }).isDisabled()).toBe(true);
  });

  step('ticks one with the keyboard and saves it as `audiences:` in the Vietnamese file, copied into the Tày one', async () => {
    const vi = page.getByRole('group', { name: 'Đối tượng', exact: true }).first();
    const parents = vi.getByRole('checkbox', { name: 'Cha mẹ', exact: true });
    await parents.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => parents.isChecked()).toBe(true);
    // The Tày pane shows the copied choice.
    await expect
      .poll(() => page.getByRole('group', { name: 'Đối tượng', exact: true }).nth(1).getByRole('checkbox', { name: 'Cha mẹ' }).isChecked())
      .toBe(true);
    await expect.poll(() => backupRaw(page, 'backup.materials.bai-mau'), { timeout: 20_000 }).toContain('cha-me');
    await saveDraft(page, repo, BRANCH);

    const file = onBranch('vi');
    expect(file).toContain('audiences:\n  - cha-me\n');
    const data = frontmatter(file);
    const image = (() => z.string()) as unknown as ImageHelper;
    expect(materialSchema(image).parse(data).audiences).toEqual(['cha-me']);
    expect(frontmatter(onBranch('tyz')).audiences).toEqual(['cha-me']);
    // Nothing else of the Vietnamese file changed.
    expect(data.title).toBe('Bài mẫu về bình đẳng giới');
    expect(data.kind).toBe('article');
  });
});
