/**
 * End to end in real Chromium: the built /admin against decap-server (git mode) on a temporary
 * git repository made from the minimal fixture. An editor logs in through the local backend,
 * writes a material with a Hotline and a LegalRef from the "+" menu, adds the Tày version, saves
 * a draft, moves it to review and ready, publishes it; then the commits, files and frontmatter are
 * checked, and the repository is built. Then a quiz is written from the form, list of questions
 * and all, and its saved YAML must pass the quiz schema; an oversized image is refused. Last, a
 * draft typed but not saved survives a page reload, for a new entry and an existing one. Then two
 * editors (two browser profiles) open the same material: the later one's save over the earlier
 * one's is refused in Vietnamese, keeping what was typed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Dialog, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro.ts';
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

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await decap?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** The text Decap's local backup holds for `key` (IndexedDB through localForage), or '' if none. */
function backupRaw(key: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyvaluepairs')) return (db.close(), resolve(''));
          const get = db.transaction('keyvaluepairs').objectStore('keyvaluepairs').get(key);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => (db.close(), resolve((get.result as { raw?: string } | undefined)?.raw ?? ''));
        };
      }),
    key,
  );
}

/**
 * Reloads the page without saving, accepts the "leave the page?" and the "restore the backup?"
 * questions, and waits until the entry has loaded (the load used to overwrite the restored draft).
 * Returns the texts of the questions asked after the reload.
 */
async function reloadAndRestore(): Promise<string[]> {
  const asked: string[] = [];
  const answer = (dialog: Dialog) => {
    if (dialog.type() !== 'beforeunload') asked.push(dialog.message());
    void dialog.accept();
  };
  page.on('dialog', answer);
  try {
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 });
    await expect.poll(() => asked.length, { timeout: 60_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
  } finally {
    page.off('dialog', answer);
  }
  return asked;
}

/**
 * Waits until Decap has stopped re-creating the form: an editor opened in the running app first
 * shows an empty form, then builds it again once the entry (or the empty draft) is ready.
 */
async function formSettled(field: Locator) {
  const ids: (string | null)[] = [];
  await expect
    .poll(
      async () => {
        ids.push(await field.getAttribute('id'));
        return ids.length >= 3 && ids.slice(-3).every((id) => id === ids.at(-1));
      },
      { interval: 700, timeout: 60_000 },
    )
    .toBe(true);
}

/** Picks an option of a react-select (relation or select widget) by typing part of it. */
async function pick(field: Locator, typed: string, option: RegExp) {
  await field.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('CMS end to end', () => {
  it('1. opens /admin and enters through the local backend, in Vietnamese', async () => {
    await page.goto(`${site.origin}/admin/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Tài liệu truyền thông' }).count()).toBeGreaterThan(0);
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
    await pick(page.locator('[aria-label="Ô relation"]').first(), 'Tháng', /Tháng hành động/);
    await pick(page.locator('[aria-label="Ô select"]').first(), 'Bài', /Bài viết/);
    await page.locator('[aria-label="Ô datetime"] input').first().fill('2026-11-20');

    const body = page.locator('[aria-label="Ô markdown"]').first();
    await body.locator('[contenteditable=true]').click();
    await page.keyboard.type('Khi trẻ em bị bạo lực, hãy gọi ngay tổng đài.');
    await body.locator('button[title="Chèn khối"]').click();
    await page.getByRole('menuitem', { name: 'Đường dây nóng' }).click();
    await pick(body.locator('[aria-label="Ô relation"]').last(), '111', /111/);
    await body.locator('[contenteditable=true] p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Theo ');
    await body.locator('button[title="Chèn khối"]').click();
    await page.getByRole('menuitem', { name: 'Dẫn văn bản pháp luật' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dẫn văn bản pháp luật' });
    await dialog.getByLabel('Văn bản trong thư viện').selectOption('73/2006/QH11');
    await dialog.getByLabel(/Điều/).fill('5');
    await dialog.getByRole('button', { name: 'Chèn' }).click();

    // Tày: only the text fields. Campaign, kind and date are copied from Vietnamese by Decap
    // (i18n: duplicate) and shown greyed out; step 5 finds them in the Tày file.
    await expect.poll(() => page.locator('[aria-label="Ô datetime"] input').nth(1).isDisabled()).toBe(true);
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
  });

  it('4a. saves it as a draft on its own branch, not on main', async () => {
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    await expect.poll(() => git(repo, 'branch', '--list', BRANCH).trim(), { timeout: 20_000 }).toBe(BRANCH);
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
    // site reads a blank file as "no translation" (src/content.config.ts, src/lib/content-files.ts).
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
    expect({ campaign: front.campaign, kind: front.kind, published: front.published }).toEqual({ campaign: 'thang-hanh-dong-2026', kind: 'article', published: '2026-11-20' });
    expect(tyz).toContain('translation:\n  sourceVersion: 0123abcd\n');
  });

  it('6. builds the repository with both pages', () => {
    const out = join(repo, 'dist');
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
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    const branch = `cms/quizzes/${slug}`;
    await expect.poll(() => git(repo, 'branch', '--list', branch).trim(), { timeout: 20_000 }).toBe(branch);
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
    await page.goto(`${site.origin}/admin/#/collections/materials`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
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
    await expect.poll(() => backupRaw('backup.materials'), { timeout: 20_000 }).toContain('Đoạn văn gõ dở, chưa bấm Lưu.');
    expect(await reloadAndRestore()).toEqual([restoreQuestion]);
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
    await expect.poll(() => backupRaw('backup.materials.bai-mau'), { timeout: 20_000 }).toContain('Câu thêm vào nhưng chưa lưu.');
    expect(await reloadAndRestore()).toEqual([restoreQuestion]);
    expect(await title.first().inputValue()).toBe('Bài mẫu, sửa dở trước khi tải lại');
    expect(await body.innerText()).toContain('Câu thêm vào nhưng chưa lưu.');
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    const branch = 'cms/materials/bai-mau';
    await expect.poll(() => git(repo, 'branch', '--list', branch).trim(), { timeout: 20_000 }).toBe(branch);
    const saved = git(repo, 'show', `${branch}:content/materials/vi/bai-mau.mdx`);
    expect(saved).toContain('title: Bài mẫu, sửa dở trước khi tải lại\n');
    expect(saved).toContain('Câu thêm vào nhưng chưa lưu.');
    expect(saved).toContain('## Phần một');
  });
  it('10. refuses a save over a newer save by another editor, in Vietnamese, and keeps what was typed', async () => {
    const conflict = 'Bài này vừa được người khác lưu sau khi bạn mở. Để không ghi đè lên phần của họ, bài chưa được lưu.';
    const branch = 'cms/materials/bai-mau';
    const file = `${branch}:content/materials/vi/bai-mau.mdx`;
    const entryUrl = `${site.origin}/admin/#/collections/materials/entries/bai-mau`;
    const saved = () => (git(repo, 'branch', '--list', branch).trim() ? git(repo, 'show', file) : git(repo, 'show', 'main:content/materials/vi/bai-mau.mdx'));
    const leave = (dialog: Dialog) => void (dialog.type() === 'beforeunload' && dialog.accept());
    /** Waits until `text` is saved; on failure, says what the editor's page showed. */
    async function savedWith(editor: Page, text: string) {
      try {
        await expect.poll(saved, { timeout: 40_000 }).toContain(text);
      } catch (error) {
        const shown = await editor.locator('.Toastify').innerText().catch(() => '');
        throw new Error(`not saved: ${text}\nnotifications: ${shown}\n${String(error)}`);
      }
    }

    /** Opens the entry in `editor` and waits until its form holds the saved title. */
    async function open(editor: Page) {
      editor.on('dialog', leave);
      await editor.goto('about:blank');
      editor.off('dialog', leave);
      await editor.goto(entryUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await editor.waitForLoadState('networkidle');
      const title = editor.getByLabel('Tiêu đề', { exact: true }).first();
      await expect.poll(() => title.inputValue(), { timeout: 60_000 }).not.toBe('');
      await formSettled(title);
    }

    // Editor B works in another browser profile (own login, own local backup).
    const other = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const pageB = await other.newPage();
      pageB.setDefaultTimeout(60_000);
      await pageB.goto(`${site.origin}/admin/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await pageB.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect.poll(() => pageB.getByRole('link', { name: 'Tài liệu truyền thông' }).count()).toBeGreaterThan(0);

      // Both open the same material.
      await open(page);
      await open(pageB);
      const titleA = page.getByLabel('Tiêu đề', { exact: true }).first();
      const titleB = pageB.getByLabel('Tiêu đề', { exact: true }).first();
      const titleBefore = await titleB.inputValue();
      expect(await titleA.inputValue()).toBe(titleBefore);

      // A changes the title and saves; then the summary, and saves again: both go through.
      await titleA.fill('Tiêu đề do biên tập viên A sửa');
      await page.getByRole('button', { name: 'Lưu' }).first().click();
      await savedWith(page, 'title: Tiêu đề do biên tập viên A sửa\n');
      await expect.poll(() => page.getByText('Mục đã được lưu').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.getByLabel('Tóm tắt', { exact: true }).first().fill('Tóm tắt do biên tập viên A sửa lần hai.');
      await page.getByRole('button', { name: 'Lưu' }).first().click();
      await savedWith(page, 'summary: Tóm tắt do biên tập viên A sửa lần hai.\n');
      expect(await page.getByText(conflict, { exact: false }).count()).toBe(0);

      // B, who opened the material before A saved, adds a sentence and saves: refused.
      const bodyB = pageB.locator('[aria-label="Ô markdown"]').first().locator('[contenteditable=true]');
      // At the very start of the first paragraph, away from its inline legal reference.
      await bodyB.locator('p').first().click({ position: { x: 2, y: 4 } });
      await pageB.keyboard.press('Home');
      await pageB.keyboard.insertText('Câu của biên tập viên B. ');
      await pageB.getByRole('button', { name: 'Lưu' }).first().click();
      // Decap's "could not save" notification, with our reason and no "Error:" in between.
      await expect.poll(() => pageB.getByText(`Không thể giữ lại mục: ${conflict}`, { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const afterRefusal = saved();
      expect(afterRefusal).toContain('title: Tiêu đề do biên tập viên A sửa\n');
      expect(afterRefusal).toContain('summary: Tóm tắt do biên tập viên A sửa lần hai.\n');
      expect(afterRefusal).not.toContain('Câu của biên tập viên B.');
      // Nothing B typed is lost.
      expect(await bodyB.innerText()).toContain('Câu của biên tập viên B.');
      expect(await titleB.inputValue()).toBe(titleBefore);

      // B reloads, declines the old backup to see the newest version, writes again and saves.
      const asked: string[] = [];
      const answer = (dialog: Dialog) => {
        if (dialog.type() === 'beforeunload') return void dialog.accept();
        asked.push(dialog.message());
        void dialog.dismiss();
      };
      pageB.on('dialog', answer);
      await pageB.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 });
      await pageB.waitForLoadState('networkidle');
      await expect.poll(() => titleB.inputValue(), { timeout: 60_000 }).toBe('Tiêu đề do biên tập viên A sửa');
      await formSettled(titleB);
      pageB.off('dialog', answer);
      // At the very start of the first paragraph, away from its inline legal reference.
      await bodyB.locator('p').first().click({ position: { x: 2, y: 4 } });
      await pageB.keyboard.press('Home');
      await pageB.keyboard.insertText('Câu của biên tập viên B. ');
      await pageB.getByRole('button', { name: 'Lưu' }).first().click();
      await savedWith(pageB, 'Câu của biên tập viên B.');
      const merged = saved();
      expect(merged).toContain('title: Tiêu đề do biên tập viên A sửa\n');
      expect(merged).toContain('summary: Tóm tắt do biên tập viên A sửa lần hai.\n');
    } finally {
      await other.close();
    }
  });
});
