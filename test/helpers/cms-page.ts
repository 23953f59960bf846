/**
 * What the CMS browser tests do with a page of the built /admin: log in through the local
 * backend, open an entry and wait until its form has settled, read Decap's local backup, reload
 * and restore it, pick options, and say what the page showed when a step fails.
 */
import type { Dialog, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { git, type DecapServer } from './decap.ts';

/** Leaves the page (or reloads it) without the "leave the page?" question stopping it. */
const acceptLeave = (dialog: Dialog) => void (dialog.type() === 'beforeunload' && dialog.accept());

/** Opens /admin/ and enters through the local backend ("Đăng nhập"). */
export async function login(page: Page, origin: string) {
  await page.goto(`${origin}/admin/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // expect.poll gives up after 1 s unless told otherwise; the first load of the admin is slow on a busy machine.
  await expect.poll(() => page.getByRole('link', { name: 'Tài liệu truyền thông' }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
}

/**
 * Waits until Decap has stopped re-creating the form: an editor opened in the running app first
 * shows an empty form, then builds it again once the entry (or the empty draft) is ready.
 */
export async function formSettled(field: Locator) {
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

/**
 * Opens an existing entry in a fresh app (the running app would keep the editor it has open for
 * another address) and waits until its form holds the saved title (or the text field named `field`) and has settled.
 */
export async function openEntry(page: Page, url: string, field = 'Tiêu đề'): Promise<Locator> {
  page.on('dialog', acceptLeave);
  await page.goto('about:blank');
  page.off('dialog', acceptLeave);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const title = page.getByLabel(field, { exact: true }).first();
  await expect.poll(() => title.inputValue(), { timeout: 60_000 }).not.toBe('');
  await formSettled(title);
  return title;
}

/**
 * The text Decap's local backup holds for `key` (IndexedDB through localForage), or '' if none:
 * the default language's file, or with `locale` that language's file of the same entry.
 */
export function backupRaw(page: Page, key: string, locale?: string): Promise<string> {
  return page.evaluate(
    ({ key, locale }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyvaluepairs')) return (db.close(), resolve(''));
          const get = db.transaction('keyvaluepairs').objectStore('keyvaluepairs').get(key);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const backup = get.result as { raw?: string; i18n?: Record<string, { raw?: string }> } | undefined;
            resolve((locale ? backup?.i18n?.[locale]?.raw : backup?.raw) ?? '');
          };
        };
      }),
    { key, locale },
  );
}

/** The body of a Markdown file with frontmatter: what follows the closing `---`. */
export const bodyOf = (raw: string) => raw.split(/^---$/m).slice(2).join('---');

/**
 * Clicks the toolbar's "Lưu" and waits until the entry's draft branch exists in `repo` and the
 * toolbar says "Thay đổi đã được lưu", from when on its status menu is usable. A caller that has
 * just typed into a field first waits (with backupRaw) until Decap holds the text: a click while
 * the rich editor still throttles its change can save, or refuse as empty, what it had before.
 */
export async function saveDraft(page: Page, repo: string, branch: string) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  try {
    await expect.poll(() => git(repo, 'branch', '--list', branch).trim(), { timeout: 60_000 }).toBe(branch);
  } catch (error) {
    throw new Error(`"Lưu" made no branch ${branch}; the page shows: ${await errorsShown(page)}`, { cause: error });
  }
  await expect.poll(() => page.getByText('Thay đổi đã được lưu', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

/** The field errors and notices Decap shows, to explain a save that did not happen. */
async function errorsShown(page: Page): Promise<string> {
  const texts = await page.locator('[role=alert], [class*="ControlErrorsList"] li, .Toastify__toast').allInnerTexts();
  return texts.join(' | ') || '(nothing)';
}

/**
 * Reloads the page without saving, answers the "restore the backup?" question (accept or
 * decline), and waits until the entry has loaded (the load used to overwrite the restored draft).
 * Returns the texts of the questions asked after the reload.
 */
export async function reloadAndRestore(page: Page, restore = true): Promise<string[]> {
  const asked: string[] = [];
  const answer = (dialog: Dialog) => {
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    asked.push(dialog.message());
    void (restore ? dialog.accept() : dialog.dismiss());
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

/** Picks an option of a react-select (relation or select widget) by typing part of it. */
export async function pick(page: Page, field: Locator, typed: string, option: RegExp) {
  await field.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Puts the caret at the end of `element`'s text, through the DOM selection the rich editor
 * follows. A click and End sometimes left it where the click landed, inside a word; so did a DOM
 * selection set while Slate was still putting back its own after the click. So the selection is
 * set, left for longer than Slate's 100 ms throttle of selectionchange, and set again until it stays.
 */
export async function caretToEnd(element: Locator) {
  await element.click();
  await expect
    .poll(
      () =>
        element.evaluate(async (node) => {
          const selection = document.getSelection()!;
          const atEnd = () => {
            if (selection.rangeCount !== 1 || !selection.isCollapsed || !node.contains(selection.focusNode)) return false;
            const rest = document.createRange();
            rest.setStart(selection.focusNode!, selection.focusOffset);
            rest.setEnd(node, node.childNodes.length);
            return rest.toString().replace(/\uFEFF/g, '') === '';
          };
          if (!atEnd()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            range.collapse(false);
            selection.removeAllRanges();
            selection.addRange(range);
          }
          await new Promise((resolve) => setTimeout(resolve, 250));
          return atEnd();
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Picks "+" → `item` in a markdown field (`body`, the field's "Ô markdown" element). */
export async function insertComponent(page: Page, body: Locator, item: string) {
  await body.locator('button[title="Chèn khối"]').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Inserts a LegalRef where the cursor is, through the site's own dialog. */
export async function insertLegalRef(page: Page, body: Locator, number: string, article: string) {
  await insertComponent(page, body, 'Dẫn văn bản pháp luật');
  const dialog = page.getByRole('dialog', { name: 'Dẫn văn bản pháp luật' });
  await dialog.getByLabel('Văn bản trong thư viện').selectOption(number);
  await dialog.getByLabel(/Điều/).fill(article);
  await dialog.getByRole('button', { name: 'Chèn' }).click();
}

/** Inserts a Hotline block and picks the registry entry whose option matches `option`. */
export async function insertHotline(page: Page, body: Locator, typed: string, option: RegExp) {
  await insertComponent(page, body, 'Đường dây nóng');
  await pick(page, body.locator('[aria-label="Ô relation"]').last(), typed, option);
}

/**
 * Writes the sample body both CMS journeys use into the first markdown field, from the "+" menu
 * only: a sentence ending in a LegalRef to 73/2006/QH11 Điều 5, then a Hotline block for 111.
 * Saved, it reads `Khi trẻ em … tổng đài. Theo <LegalRef number="73/2006/QH11" article="5" />`,
 * a blank line and `<Hotline id="111" />`.
 */
export async function writeSampleBody(page: Page) {
  const body = page.locator('[aria-label="Ô markdown"]').first();
  const text = body.locator('[contenteditable=true]').first();
  await text.click();
  await page.keyboard.type('Khi trẻ em bị bạo lực, hãy gọi ngay tổng đài.');
  await insertHotline(page, body, '111', /111/);
  // Back to the end of the first paragraph for an inline citation.
  await caretToEnd(text.locator('p').first());
  await page.keyboard.type(' Theo ');
  await expect.poll(() => text.locator('p').first().innerText()).toContain('tổng đài. Theo');
  await insertLegalRef(page, body, '73/2006/QH11', '5');
  await expect.poll(() => text.innerText()).toContain('73/2006/QH11');
}

/**
 * Records what a page reports that a test would otherwise not see: console errors and warnings,
 * uncaught errors, failed requests and error responses (with the decap-server action asked for).
 * `report()` adds the notifications Decap shows at that moment.
 */
export function watchPage(page: Page, name: string) {
  const events: string[] = [];
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') events.push(`${at()} console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => events.push(`${at()} uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    events.push(
      `${at()} failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''} ${request.postData()?.slice(0, 200) ?? ''}`,
    ),
  );
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const asked = /"action":"(\w+)"/.exec(response.request().postData() ?? '')?.[1];
    events.push(`${at()} HTTP ${response.status()}: ${response.request().method()} ${response.url()}${asked ? ` (${asked})` : ''}`);
  });
  return {
    async report(): Promise<string> {
      const shown = page.isClosed()
        ? ''
        : await page
            .locator('.Toastify')
            .innerText({ timeout: 2_000 })
            .catch(() => '');
      return [
        `— ${name} (${page.isClosed() ? 'closed' : page.url()})`,
        `notifications: ${shown.trim() || '(none)'}`,
        ...events.slice(-40),
      ].join('\n');
    },
  };
}

/** The errors decap-server logged (a request it could not serve), last ones first cut. */
export function decapErrors(decap: DecapServer): string {
  const lines = decap
    .log()
    .split('\n')
    .filter((line) => /error/i.test(line));
  return `— decap-server errors: ${lines.length ? `\n${lines.slice(-20).join('\n')}` : '(none)'}`;
}

/** Runs a step; if it fails, the error also says what the pages and decap-server reported. */
export async function explained<T>(step: () => Promise<T>, watchers: { report(): Promise<string> }[], decap: DecapServer): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const reports = await Promise.all(watchers.map((watcher) => watcher.report()));
    throw new Error(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n${reports.join('\n\n')}\n\n${decapErrors(decap)}`,
      { cause: error },
    );
  }
}
