/**
 * End to end in real Chromium: the built /admin against decap-server (git mode) on a temporary
 * git repository made from the minimal fixture. An editor logs in through the local backend,
 * writes a material with a Hotline and a LegalRef from the "+" menu, adds the Tày version, saves
 * a draft, moves it to review and ready, publishes it; then the commits, files and frontmatter are
 * checked, and the repository is built. Then a quiz is written from the form, list of questions
 * and all, and its saved YAML must pass the quiz schema; an oversized image is refused. Last, a
 * draft typed but not saved survives a page reload, for a new entry and an existing one.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Dialog, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite } from '../helpers/astro.ts';
import { backupRaw, bodyOf, formSettled, login, pick, reloadAndRestore, saveDraft, writeSampleBody } from '../helpers/cms-page.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { git, makeRepo, startDecapServer, type DecapServer } from '../helpers/decap.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { parse } from 'yaml';
import { quizSchema } from '../../src/schemas/quiz.ts';

const SLUG = 'goi-111-khi-tre-em-gap-nguy-hiem';
const BRANCH = `cms/materials/${SLUG}`;
const OUT = 'test/.tmp/dist-cms-e2e';

let repo: string;
let decap: DecapServer;
let site: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  repo = makeRepo('minimal');
  decap = await startDecapServer(repo);
  // The admin built for this test talks to this test's decap-server.
  process.env.DECAP_PROXY_URL = decap.url;
  const run = buildSite('test/fixtures/minimal/content', OUT, 'cms-e2e', '2026-11-20');
  delete process.env.DECAP_PROXY_URL;
  if (run.status !== 0) throw new Error(run.output);
  site = await serveDist(OUT);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // The admin bundle is several megabytes; on a shared 2-core machine its first load is slow.
  page.setDefaultTimeout(60_000);
});

// What the page showed when a step failed: test/.tmp/cms-e2e/<step>.png.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page || page.isClosed()) return;
  const name = task.name.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-');
  await page.screenshot({ path: join(TMP, 'cms-e2e', `${name}.png`) }).catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await decap?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('CMS end to end', () => {
  it('1. opens /admin and enters through the local backend, in Vietnamese', async () => {
    await login(page, site.origin);
  });

  it('1b. opens the communication report and the translation status from the CMS, in a new tab', async () => {
    const reports = page.getByRole('navigation', { name: 'Báo cáo cho biên tập viên' });
    for (const [name, heading] of [
      ['Báo cáo kết quả truyền thông', 'Báo cáo kết quả truyền thông'],
      ['Tình trạng bản dịch', 'Tình trạng bản dịch'],
    ] as const) {
      const link = reports.getByRole('link', { name });
      await expect.poll(() => link.isVisible()).toBe(true);
      const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      await tab.close();
    }
    // The editor is still where it was.
    expect(await page.getByRole('link', { name: 'Tài liệu truyền thông' }).count()).toBeGreaterThan(0);
  });

  it('2–3. creates a Vietnamese material with a Hotline and a LegalRef from the "+" menu, and its Tày version', async () => {
    await page.goto(`${site.origin}/admin/#/collections/materials/new`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.getByLabel('Tiêu đề', { exact: true }).first().fill('Gọi 111 khi trẻ em gặp nguy hiểm');
    await page.getByLabel('Tóm tắt', { exact: true }).first().fill('Tổng đài 111 miễn phí, nghe máy cả ngày đêm.');
    await pick(page, page.locator('[aria-label="Ô relation"]').first(), 'Tháng', /Tháng hành động/);
    await pick(page, page.locator('[aria-label="Ô select"]').first(), 'Bài', /Bài viết/);
    await page.locator('[aria-label="Ô datetime"] input').first().fill('2026-11-20');

    await writeSampleBody(page);

    // Tày: only the text fields. Campaign, kind and date are copied from Vietnamese by Decap
    // (i18n: duplicate) and shown greyed out; step 5 finds them in the Tày file.
    // The Vietnamese pane comes first and has as many date inputs as the Tày one; the Tày pane's
    // first is its publication date.
    const dates = page.locator('[aria-label="Ô datetime"] input');
    await expect.poll(async () => dates.nth((await dates.count()) / 2).isDisabled()).toBe(true);
    // Placeholder text, clearly marked: the project never invents translations.
    await page.getByLabel('Tiêu đề', { exact: true }).nth(1).fill('Bản tiếng Tày thử nghiệm của bài 111');
    await page.getByLabel('Tóm tắt', { exact: true }).nth(1).fill('Văn bản thử nghiệm, không phải bản dịch thật.');
    await page
      .getByLabel(/^Phiên bản bản gốc/)
      .nth(1)
      .fill('0123abcd');
    const tyzBody = page.locator('[aria-label="Ô markdown"]').nth(1);
    await tyzBody.locator('[contenteditable=true]').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Văn bản thử nghiệm, không phải bản dịch thật.');
    // Decap holds the Tày body once its backup has it; a save before then found the body empty.
    await expect
      .poll(async () => bodyOf(await backupRaw(page, 'backup.materials', 'tyz')), { timeout: 20_000 })
      .toContain('Văn bản thử nghiệm, không phải bản dịch thật.');
  });

  it('4a. saves it as a draft on its own branch, not on main', async () => {
    await saveDraft(page, repo, BRANCH);
    expect(git(repo, 'ls-tree', '-r', '--name-only', 'main')).not.toContain(SLUG);
    expect(git(repo, 'config', `branch.${BRANCH}.description`).trim()).toBe('decap-cms/draft');
  });

  it('4b. moves it to review, to ready, and publishes it', async () => {
    await page.getByRole('button', { name: /^Trạng/ }).click();
    await page.getByRole('menuitem', { name: /Đang xét duyệt/ }).click();
    await expect.poll(() => git(repo, 'config', `branch.${BRANCH}.description`).trim()).toBe('decap-cms/pending_review');
    await page.getByRole('button', { name: /^Trạng/ }).click();
    await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
    await expect.poll(() => git(repo, 'config', `branch.${BRANCH}.description`).trim()).toBe('decap-cms/pending_publish');
    await page
      .getByRole('button', { name: /Công bố/ })
      .first()
      .click();
    page.once('dialog', (confirm) => void confirm.accept());
    await page.getByRole('menuitem', { name: /Công bố ngay/ }).click();
    await expect.poll(() => git(repo, 'branch', '--list', 'cms/*').trim(), { timeout: 20_000 }).toBe('');
  });

  it('5. wrote exactly the expected commits, files and frontmatter', () => {
    const files = git(repo, 'diff', '--name-only', 'main~1', 'main').trim().split('\n').sort();
    // Decap also writes a blank file for each enabled language nobody translated (here km); the
    // site reads a blank file as "no translation" (src/content.config.ts, src/collections/files.ts).
    const blank = files.filter((file) => git(repo, 'show', `main:${file}`).trim() === '');
    expect(blank).toEqual([`content/materials/km/${SLUG}.mdx`]);
    expect(files.filter((file) => !blank.includes(file))).toEqual([
      `content/materials/tyz/${SLUG}.mdx`,
      `content/materials/vi/${SLUG}.mdx`,
    ]);
    expect(git(repo, 'log', '--format=%s', 'main')).toContain(`“${SLUG}”`);
    expect(git(repo, 'show', `main:content/materials/vi/${SLUG}.mdx`)).toBe(
      [
        '---',
        'title: Gọi 111 khi trẻ em gặp nguy hiểm',
        'summary: Tổng đài 111 miễn phí, nghe máy cả ngày đêm.',
        'campaign: thang-hanh-dong-2026',
        'kind: article',
        'published: 2026-11-20',
        '---',
        'Khi trẻ em bị bạo lực, hãy gọi ngay tổng đài. Theo <LegalRef number="73/2006/QH11" article="5" />',
        '',
        '<Hotline id="111" />',
        '',
      ].join('\n'),
    );
    const tyz = git(repo, 'show', `main:content/materials/tyz/${SLUG}.mdx`);
    expect(tyz).toContain('title: Bản tiếng Tày thử nghiệm của bài 111\n');
    // Copied from Vietnamese, never typed in the Tày form.
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(tyz)![1]!) as Record<string, unknown>;
    expect({ campaign: front.campaign, kind: front.kind, published: front.published }).toEqual({
      campaign: 'thang-hanh-dong-2026',
      kind: 'article',
      published: '2026-11-20',
    });
    expect(tyz).toContain('translation:\n  sourceVersion: 0123abcd\n');
  });

  it('6. builds the repository with both pages', () => {
    // Outside the repository: decap-server commits with `git add .`, so a build inside it would
    // go into the next draft branch (step 7), whose 700 files every later draft listing then diffs.
    const out = join(TMP, 'dist-cms-e2e-repo');
    const run = buildSite(join(repo, 'content'), out, 'cms-e2e-repo', '2026-11-20');
    expect(run.status, run.output).toBe(0);
    expect(existsSync(join(out, 'tai-lieu', SLUG, 'index.html'))).toBe(true);
    expect(readFileSync(join(out, 'km', 'tai-lieu', SLUG, 'index.html'), 'utf8')).toContain('notice--fallback');
    const tyz = readFileSync(join(out, 'tyz', 'tai-lieu', SLUG, 'index.html'), 'utf8');
    expect(tyz).toContain('Bản tiếng Tày thử nghiệm của bài 111');
    const vi = readFileSync(join(out, 'tai-lieu', SLUG, 'index.html'), 'utf8');
    expect(vi).toContain('href="tel:111"');
    expect(vi).toMatch(/class="legal-ref"[^>]*>Điều 5 73\/2006\/QH11</);
  });
  it('7. writes a quiz from the form, questions and all, as YAML the site accepts', async () => {
    const slug = 'hieu-dung-ve-gioi';
    await page.goto(`${site.origin}/admin/#/collections/quizzes/new`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.getByLabel('Tiêu đề', { exact: true }).first().fill('Hiểu đúng về giới');
    await page.getByLabel('Tóm tắt', { exact: true }).first().fill('Một câu hỏi thử về khái niệm giới.');
    await page
      .getByRole('button', { name: /Thêm câu hỏi trắc nghiệm/ })
      .first()
      .click();
    await page.getByLabel('Câu hỏi', { exact: true }).first().fill('Theo Luật Bình đẳng giới, "giới tính" là gì?');
    const addOption = page.getByRole('button', { name: /Thêm phương án/ }).first();
    await addOption.click();
    await page.getByLabel('Phương án', { exact: true }).nth(0).fill('Vai trò xã hội của nam và nữ');
    await addOption.click();
    await page.getByLabel('Phương án', { exact: true }).nth(1).fill('Các đặc điểm sinh học của nam và nữ');
    await page.getByLabel('Đáp án đúng', { exact: true }).first().fill('2');
    await page.getByLabel('Giải thích', { exact: true }).first().fill('Giới tính là các đặc điểm sinh học của nam và nữ.');
    await page.getByLabel('Số hiệu văn bản', { exact: true }).first().fill('73/2006/QH11');
    await page.getByLabel('Điều', { exact: true }).first().fill('5');
    const branch = `cms/quizzes/${slug}`;
    await saveDraft(page, repo, branch);
    const data = parse(git(repo, 'show', `${branch}:content/quizzes/vi/${slug}.yaml`)) as unknown;
    const quiz = quizSchema.parse(data);
    expect(quiz.questions).toHaveLength(1);
    expect(quiz.questions[0]).toMatchObject({
      options: ['Vai trò xã hội của nam và nữ', 'Các đặc điểm sinh học của nam và nữ'],
      correct: 2,
      cite: { number: '73/2006/QH11', article: '5' },
    });
  });

  it('8. refuses an image over 10 MB with a Vietnamese message, and writes nothing', async () => {
    // A fresh app: a hash change alone sometimes left the running app on step 7's quiz editor.
    const asked: string[] = [];
    const answer = (dialog: Dialog) => (asked.push(`${dialog.type()}: ${dialog.message()}`), void dialog.accept());
    page.on('dialog', answer);
    await page.goto('about:blank');
    page.off('dialog', answer);
    await page.goto(`${site.origin}/admin/#/collections/materials`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // Leaving the saved quiz asked nothing but the browser's own "leave the page?".
    expect(asked.filter((question) => !question.startsWith('beforeunload'))).toEqual([]);
    await page.getByRole('button', { name: 'Tập tin' }).first().click();
    let message = '';
    page.once('dialog', (alert) => {
      message = alert.message();
      void alert.accept();
    });
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'anh-qua-lon.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10_500_000, 1) });
    await expect.poll(() => message).toContain('vượt giới hạn 10 MB cho ảnh');
    expect(message).toContain('anh-qua-lon.jpg');
    expect(git(repo, 'ls-files', 'content/media')).not.toContain('anh-qua-lon');
    expect(existsSync(join(repo, 'content/media/anh-qua-lon.jpg'))).toBe(false);
  });

  it('9. keeps a draft through a page reload: the CMS offers its local backup and restores it', async () => {
    const restoreQuestion = 'Một bản sao lưu trên máy đã được phục hồi cho mục này, bạn có muốn tải lên không?';
    const title = page.getByLabel('Tiêu đề', { exact: true });
    const body = page.locator('[aria-label="Ô markdown"]').first().locator('[contenteditable=true]');

    // A new material, never saved: Vietnamese title and body, and the Tày title. Opened in a fresh
    // page (the login is remembered), away from the media library step 8 left open.
    await page.goto('about:blank');
    await page.goto(`${site.origin}/admin/#/collections/materials/new`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await formSettled(title.first());
    await title.first().fill('Bài chưa lưu vẫn còn sau khi tải lại');
    await body.click();
    // One input event: typing key by key on a busy machine sometimes loses a letter in the rich editor.
    await page.keyboard.insertText('Đoạn văn gõ dở, chưa bấm Lưu.');
    await title.nth(1).fill('Tiêu đề tiếng Tày thử nghiệm, chưa lưu');
    // Decap writes the backup two seconds after the last keystroke.
    await expect.poll(() => backupRaw(page, 'backup.materials'), { timeout: 20_000 }).toContain('Đoạn văn gõ dở, chưa bấm Lưu.');
    expect(await reloadAndRestore(page)).toEqual([restoreQuestion]);
    expect(await title.first().inputValue()).toBe('Bài chưa lưu vẫn còn sau khi tải lại');
    expect(await body.innerText()).toContain('Đoạn văn gõ dở, chưa bấm Lưu.');
    expect(await title.nth(1).inputValue()).toBe('Tiêu đề tiếng Tày thử nghiệm, chưa lưu');

    // An existing material: the restored draft, not the saved file, is what is then saved.
    // Again a fresh page: the running app would keep the new material's editor for this address.
    const leave = (dialog: Dialog) => void (dialog.type() === 'beforeunload' && dialog.accept());
    page.on('dialog', leave);
    await page.goto('about:blank');
    page.off('dialog', leave);
    await page.goto(`${site.origin}/admin/#/collections/materials/entries/bai-mau`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await expect.poll(() => title.first().inputValue(), { timeout: 60_000 }).toBe('Bài mẫu về bình đẳng giới');
    await title.first().fill('Bài mẫu, sửa dở trước khi tải lại');
    // At the start of the paragraph under the first heading ("Xem …").
    await body.locator('p').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.insertText('Câu thêm vào nhưng chưa lưu. ');
    await expect.poll(() => backupRaw(page, 'backup.materials.bai-mau'), { timeout: 20_000 }).toContain('Câu thêm vào nhưng chưa lưu.');
    expect(await reloadAndRestore(page)).toEqual([restoreQuestion]);
    expect(await title.first().inputValue()).toBe('Bài mẫu, sửa dở trước khi tải lại');
    expect(await body.innerText()).toContain('Câu thêm vào nhưng chưa lưu.');
    const branch = 'cms/materials/bai-mau';
    await saveDraft(page, repo, branch);
    const saved = git(repo, 'show', `${branch}:content/materials/vi/bai-mau.mdx`);
    expect(saved).toContain('title: Bài mẫu, sửa dở trước khi tải lại\n');
    expect(saved).toContain('Câu thêm vào nhưng chưa lưu.');
    expect(saved).toContain('## Phần một');
  });
});
