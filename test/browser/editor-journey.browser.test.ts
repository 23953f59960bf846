/**
 * The editor's whole job, started exactly as the README says, on the shipped content.
 *
 * A fresh copy of the repository (test/helpers/readme-copy.ts) runs the README's first command
 * (`npm ci && npm start`) with the machine's own Node. In Chromium, an editor logs in to /admin/ in
 * Vietnamese; writes a new material with a cover image uploaded through the media library and a
 * Hotline and a LegalRef from the "+" menu; sees it in the preview with the site's stylesheet (and
 * "Hẹn đăng ngày …" while its date is after today);
 * saves a draft, marks it "Sẵn sàng" and publishes it; adds its Tày version through the language
 * menu; edits a shipped material and a site setting; creates a claim ("Hiểu đúng – hiểu sai"), a
 * role-model story with its consent and a shelter of the support-services directory whose address
 * stays confidential. A save while a file is changed outside the
 * CMS is refused with a Vietnamese message naming the file, and the form keeps the text. Then
 * `npm run build` in the copy publishes the material in Vietnamese and Tày, and the built admin,
 * served by `npm run preview` with `npm run cms:proxy`, logs in, edits and publishes. Any console
 * error in /admin/ fails the test, and `git status` stays empty after every command.
 * `npm start` refuses, with one Vietnamese line, a taken port or a dirty tree.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TMP } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { backupRaw, bodyOf, formSettled, login, pick, saveDraft as saveDraftIn, writeSampleBody } from '../helpers/cms-page.ts';
import { git } from '../helpers/decap.ts';
import {
  LOCAL_BACKEND,
  backendInfo,
  freshCopy,
  gitStatus,
  readmeCommands,
  run,
  runToEnd,
  waitForUrl,
  type Command,
} from '../helpers/readme-copy.ts';

const SITE = 'http://localhost:4321';
const SLUG = 'goi-111-khi-tre-em-gap-nguy-hiem';
const TITLE = 'Gọi 111 khi trẻ em gặp nguy hiểm';
const TAY_TITLE = 'Bản tiếng Tày thử nghiệm: gọi 111 (chưa duyệt)';
/** The Tày version's recording: a copy of the shipped technical sample, uploaded under this name. */
const RECORDING = 'ban-doc-tay-thu.mp3';
const AGENCY = 'Sở Nội vụ tỉnh Lạng Sơn (dữ liệu mẫu, sửa trong CMS)';
/** The materials of the kinds "Hiểu đúng – hiểu sai" and "Gương điển hình" made in step 6b. */
const MYTH_TITLE = 'Con trai hay con gái cũng là con';
const MYTH_SLUG = 'con-trai-hay-con-gai-cung-la-con';
const MYTH_CLAIM = 'Phải có con trai mới có người nối dõi.';
const STORY_TITLE = 'Chuyện thử của một người cha ở xã mẫu';
const STORY_SLUG = 'chuyen-thu-cua-mot-nguoi-cha-o-xa-mau';
const STORY_PERSON = 'Anh T. (nhân vật thử)';
/** The shelter added to the support-services directory in step 6c; its address must never be published. */
const SERVICE_NAME = 'Nhà tạm lánh thử trong CMS';
const SERVICE_SLUG = 'nha-tam-lanh-thu-trong-cms';
const SERVICE_ADDRESS = 'Số 9 đường Thử Nghiệm, thôn Giữ Kín';

let copy: string;
let start: Command | undefined;
let browser: Browser;
let page: Page;
/** Console errors and uncaught errors of /admin/, with the step they happened in. */
let errors: string[] = [];
let step = '';

/** Starts a step: its errors are its own. */
function begin(name: string) {
  step = name;
  errors = [];
}

/** What happened on the page, for the report of a failed step (test/.tmp/editor-journey/). */
let events: string[] = [];

function watchErrors(target: Page) {
  const at = () => new Date().toISOString().slice(11, 23);
  target.on('load', () => events.push(`${at()} ${step}: page loaded ${target.url()}`));
  target.on('response', (response) => {
    if (response.status() < 400) return;
    const action = /"action":"(\w+)"/.exec(response.request().postData() ?? '')?.[1] ?? '';
    void response.text().then(
      (body) => events.push(`${at()} ${step}: HTTP ${response.status()} ${response.url()} ${action} ${body.slice(0, 300)}`),
      () => undefined,
    );
  });
  target.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${step}: console.error: ${message.text()} (${message.location().url})`);
  });
  target.on('pageerror', (error) => errors.push(`${step}: uncaught: ${error.message}`));
}

/** The commit subjects on main, newest first. */
const mainLog = () => git(copy, 'log', '--format=%s', 'main');
const onMain = (file: string) => git(copy, 'show', `main:${file}`);
const draftBranches = () => git(copy, 'branch', '--list', 'cms/*').trim();

/** Saves the open entry as a draft and waits for its cms/ branch. */
const saveDraft = (branch: string) => saveDraftIn(page, copy, branch);

/**
 * Saves a new entry as a draft. Decap marks a new entry changed again right after its first save
 * (its widgets mount anew on the entry's own address), and refuses a status change until it is
 * saved once more, as an editor does when the header still says "Thay đổi chưa được lưu".
 */
async function saveNewDraft(branch: string) {
  await saveDraft(branch);
  const unsaved = page.getByText(/Thay đổi chưa được lưu/i);
  // Decap may mark a new entry unsaved a moment after a save (the guide, section 5, tells editors to
  // press Lưu again); on a busy machine that moment comes late. Save again until it stays saved.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const marked = await unsaved
      .first()
      .waitFor({ state: 'visible', timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    if (!marked) return;
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => unsaved.count(), { timeout: 30_000 }).toBe(0);
  }
  throw new Error(`${branch}: the entry is still marked unsaved after four saves`);
}

/** Marks the open, saved entry "Sẵn sàng", publishes it, and waits until its branch is merged. */
async function readyAndPublish(branch: string) {
  await page.getByRole('button', { name: /^Trạng/ }).click();
  await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
  await expect
    .poll(() => git(copy, 'config', `branch.${branch}.description`).trim(), { timeout: 30_000 })
    .toBe('decap-cms/pending_publish');
  await page
    .getByRole('button', { name: /^Công bố/ })
    .first()
    .click();
  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByRole('menuitem', { name: /Công bố ngay/ }).click();
  await expect.poll(() => git(copy, 'branch', '--list', branch).trim(), { timeout: 60_000 }).toBe('');
}

/** Opens an entry in a fresh app and waits until its form is settled. */
async function openEntry(hash: string, field = 'Tiêu đề') {
  await page.goto('about:blank');
  await page.goto(`${SITE}/admin/#/${hash}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const first = page.getByLabel(field, { exact: true }).first();
  await expect.poll(() => first.inputValue(), { timeout: 60_000 }).not.toBe('');
  await formSettled(first);
}

beforeAll(async () => {
  copy = freshCopy();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(60_000);
  watchErrors(page);
});

// What the page showed and did when a step failed: test/.tmp/editor-journey/<step>.png and .log.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const name = join(TMP, 'editor-journey', task.name.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-'));
  mkdirSync(dirname(name), { recursive: true });
  if (page && !page.isClosed()) await page.screenshot({ path: `${name}.png` }).catch(() => undefined);
  writeFileSync(`${name}.log`, [...events, '', '--- npm start', start?.output().slice(-20_000) ?? '(not running)'].join('\n'));
});

afterAll(async () => {
  await start?.stop();
  await browser?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("the editor's journey, from the README's first command on the shipped content", () => {
  it("starts with the README's first command, and the tree stays clean", async () => {
    const { start: line } = readmeCommands();
    expect(line).toMatch(/&& npm start$/);
    start = run(line, copy);
    // npm ci, then the dev server and the local backend.
    await waitForUrl(`${SITE}/admin/`, start, 300_000);
    await waitForUrl(LOCAL_BACKEND, start, 60_000, backendInfo);
    expect(gitStatus(copy)).toBe('');
  }, 420_000);

  it('refuses a second npm start with one Vietnamese line per taken port, and no stack trace', async () => {
    const second = await runToEnd('npm start', copy);
    expect(second.code).not.toBe(0);
    const lines = second.output.split('\n').filter((l) => l.startsWith('Không khởi động được'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('cổng 4321');
    expect(lines[1]).toContain('cổng 8081');
    expect(second.output).not.toMatch(/^\s+at /m);
  });

  it('npm run links on the shipped content has nothing to record, and leaves the tree clean', async () => {
    const head = git(copy, 'rev-parse', 'main').trim();
    const links = await runToEnd('npm run links', copy);
    expect(links.code, links.output).toBe(0);
    expect(links.output).toContain('Đã cấp 0 mã mới và thêm 0 địa chỉ mới.');
    expect(git(copy, 'rev-parse', 'main').trim()).toBe(head);
    expect(gitStatus(copy)).toBe('');
  });

  it('1. logs in through the local backend, in Vietnamese, with all 7 languages', async () => {
    begin('login');
    // The dev server bundles Decap on the first visit: slow on a shared 2-core machine.
    await page.goto(`${SITE}/admin/`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 240_000 });
    await login(page, SITE);
    await page.goto(`${SITE}/admin/#/collections/materials/new`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Đang viết bằng TYZ' }).click();
    // Every enabled language of content/settings/site.yaml, H'Mông's 11-character tag included.
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu.map((item) => item.trim().toLowerCase())).toEqual(
      expect.arrayContaining(['tyz', 'nut', 'hmn-latn-vn', 'jra', 'bdq', 'km']),
    );
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  }, 400_000);

  it('2. writes a new material: campaign, kind, date, a cover uploaded through the media library, a Hotline and a LegalRef', async () => {
    begin('new material');
    events = [];
    await page.goto('about:blank');
    await page.goto(`${SITE}/admin/#/collections/materials/new`, { waitUntil: 'domcontentloaded' });
    const title = page.getByLabel('Tiêu đề', { exact: true }).first();
    await formSettled(title);
    await title.fill(TITLE);
    await page.getByLabel('Tóm tắt', { exact: true }).first().fill('Tổng đài 111 miễn phí, nghe máy cả ngày đêm.');
    await pick(page, page.locator('[aria-label="Ô relation"]').first(), '2026', /^Tháng hành động vì bình đẳng giới.*2026/);
    await pick(page, page.locator('[aria-label="Ô select"]').first(), 'Bài', /Bài viết/);
    await page.locator('[aria-label="Ô datetime"] input').first().fill('2026-11-25');
    // Audience: a checkbox with its Vietnamese name, in the Vietnamese pane.
    await page.getByRole('group', { name: 'Đối tượng', exact: true }).first().getByRole('checkbox', { name: 'Cha mẹ', exact: true }).check();

    // Cover: "Chọn một hình" opens the media library; the upload is picked and inserted.
    const cover = await sharp({ create: { width: 960, height: 540, channels: 3, background: { r: 58, g: 58, b: 140 } } })
      .jpeg()
      .toBuffer();
    await page.getByRole('button', { name: 'Chọn một hình' }).first().click();
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'tre-em-goi-111.jpg', mimeType: 'image/jpeg', buffer: cover });
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    // The widget now shows the upload (a blob: URL until it is saved) and offers to change it.
    await expect.poll(() => page.getByRole('button', { name: 'Chọn hình khác' }).count()).toBeGreaterThan(0);
    await page
      .getByLabel(/^Mô tả ảnh \(alt\)/)
      .first()
      .fill('Hình minh họa: tổng đài 111');

    await writeSampleBody(page);
    expect(errors).toEqual([]);
  });

  it("3. shows it in the preview with the site's own stylesheet and hotline markup", async () => {
    begin('preview');
    await page.getByRole('button', { name: 'Bật/tắt xem trước' }).click();
    const frame = page.locator('iframe').first().contentFrame();
    await expect.poll(() => frame.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    const hotline = frame.locator('.hotline');
    await expect.poll(() => hotline.innerText()).toContain('111');
    // The site's CSS is in the frame, and it styles the hotline box as on the site.
    const styled = await frame
      .locator('.hotline')
      .evaluate((element) => getComputedStyle(element).borderLeftStyle + getComputedStyle(element).paddingLeft);
    expect(styled).not.toBe('none0px');
    // A date after today: the preview says "Hẹn đăng ngày …"; back to a past date, it says nothing.
    const date = page.locator('[aria-label="Ô datetime"] input').first();
    await date.fill('2099-01-15');
    await expect
      .poll(() => frame.locator('.notice--scheduled').innerText())
      .toContain('Hẹn đăng ngày 15/01/2099: bài chưa hiện trên trang công khai.');
    await date.fill('2026-11-25');
    await expect.poll(() => frame.locator('.notice--scheduled').count()).toBe(0);
    // The preview took the place of the second language; the language button brings it back.
    await page.getByRole('button', { name: 'Bật/tắt song ngữ' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Đang viết bằng TYZ' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('4. saves a draft on its own branch, marks it "Sẵn sàng" and publishes it to main', async () => {
    begin('save and publish');
    const branch = `cms/materials/${SLUG}`;
    await saveDraft(branch);
    expect(git(copy, 'ls-tree', '-r', '--name-only', 'main')).not.toContain(SLUG);
    await readyAndPublish(branch);
    const vi = onMain(`content/materials/vi/${SLUG}.mdx`);
    expect(vi).toContain(`title: ${TITLE}\n`);
    expect(vi).toContain('campaign: thang-hanh-dong-2026\n');
    expect(vi).toContain('audiences:\n  - cha-me\n');
    expect(vi).toContain('image: ../../media/tre-em-goi-111.jpg');
    expect(vi).toContain(
      'Khi trẻ em bị bạo lực, hãy gọi ngay tổng đài. Theo <LegalRef number="73/2006/QH11" article="5" />\n\n<Hotline id="111" />',
    );
    expect(git(copy, 'ls-tree', '-r', '--name-only', 'main')).toContain('content/media/tre-em-goi-111.jpg');
    expect(mainLog()).toContain(`“${SLUG}”`);
    expect(gitStatus(copy)).toBe('');
    expect(errors).toEqual([]);
  });

  it('5. adds its Tày version through the language menu, with a recording, and publishes it', async () => {
    begin('Tày version');
    await openEntry(`collections/materials/entries/${SLUG}`);
    // The right-hand pane shows one language at a time; pick H'Mông, then Tày.
    await page.getByRole('button', { name: /^Đang viết bằng (?!VI)/ }).click();
    await page.getByRole('menuitem', { name: /hmn-latn-vn/i }).click();
    await expect.poll(() => page.getByRole('button', { name: /Đang viết bằng HMN-LATN-VN/i }).count()).toBe(1);
    await page.getByRole('button', { name: /Đang viết bằng HMN-LATN-VN/i }).click();
    await page.getByRole('menuitem', { name: /^tyz$/i }).click();
    await expect.poll(() => page.getByRole('button', { name: /Đang viết bằng TYZ/i }).count()).toBe(1);
    await page.getByLabel('Tiêu đề', { exact: true }).nth(1).fill(TAY_TITLE);
    // Placeholder text, clearly marked: the project never invents translations.
    await page
      .getByLabel('Tóm tắt', { exact: true })
      .nth(1)
      .fill('Văn bản thử nghiệm, chưa phải bản dịch thật, chưa được người bản ngữ duyệt.');
    await page
      .getByLabel(/^Phiên bản bản gốc/)
      .nth(1)
      .fill('0123abcd');
    const tayBody = page.locator('[aria-label="Ô markdown"]').nth(1).locator('[contenteditable=true]');
    await tayBody.click();
    await page.keyboard.insertText('Văn bản thử nghiệm, chưa phải bản dịch thật.');

    // A recording of the Tày version, through the media library of its "Tệp ghi âm" field. A 6 MB
    // file is refused first, in Vietnamese, and nothing is written.
    await page.getByRole('button', { name: 'Chọn một tập tin' }).nth(1).click();
    let refusal = '';
    page.once('dialog', (alert) => {
      refusal = alert.message();
      void alert.accept();
    });
    const upload = page.locator('input[type="file"]').first();
    await upload.setInputFiles({ name: 'ban-ghi-qua-lon.mp3', mimeType: 'audio/mpeg', buffer: Buffer.alloc(6_000_000, 1) });
    await expect.poll(() => refusal).toContain('Tệp ghi âm "ban-ghi-qua-lon.mp3" nặng 6 MB, vượt giới hạn 5 MB');
    await upload.setInputFiles({
      name: RECORDING,
      mimeType: 'audio/mpeg',
      buffer: readFileSync(join(copy, 'public/audio/lam-gi-khi-bi-bao-luc-gia-dinh-vi.mp3')),
    });
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Chọn tập tin khác' }).count()).toBeGreaterThan(0);
    // Optional fields: Decap adds "(không bắt buộc)" to their labels.
    await page
      .getByLabel(/^Lời đọc trong bản ghi/)
      .nth(1)
      .fill('Bản ghi thử kỹ thuật: máy đọc bài phát thanh loa mẫu bằng tiếng Việt.');
    await page
      .getByLabel(/^Bản ghi thử kỹ thuật/)
      .nth(1)
      .click();
    const branch = `cms/materials/${SLUG}`;
    await saveDraft(branch);
    await readyAndPublish(branch);
    const tay = onMain(`content/materials/tyz/${SLUG}.mdx`);
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(tay)![1]!) as Record<string, unknown>;
    expect(front.title).toBe(TAY_TITLE);
    expect(front.campaign).toBe('thang-hanh-dong-2026');
    expect((front.translation as Record<string, unknown>).reviewed).not.toBe(true);
    expect(front.recording).toMatchObject({ file: `/audio/${RECORDING}`, technicalSample: true });
    expect(git(copy, 'ls-tree', '-r', '--name-only', 'main')).toContain(`public/audio/${RECORDING}`);
    expect(git(copy, 'ls-tree', '-r', '--name-only', 'main')).not.toContain('ban-ghi-qua-lon');
    // Only the Tày version has it.
    expect(onMain(`content/materials/vi/${SLUG}.mdx`)).not.toContain('recording:');
    expect(gitStatus(copy)).toBe('');
    expect(errors).toEqual([]);
  });

  it('6. edits a shipped material and a site setting, and publishes both', async () => {
    begin('edit shipped entries');
    await openEntry('collections/materials/entries/tong-dai-111');
    const summary = page.getByLabel('Tóm tắt', { exact: true }).first();
    const before = await summary.inputValue();
    await summary.fill(`${before} Cập nhật trong CMS.`);
    await saveDraft('cms/materials/tong-dai-111');
    await readyAndPublish('cms/materials/tong-dai-111');
    expect(onMain('content/materials/vi/tong-dai-111.mdx')).toContain('Cập nhật trong CMS.');

    await openEntry('collections/settings/entries/site', 'Tên cơ quan');
    await page.getByLabel('Tên cơ quan', { exact: true }).first().fill(AGENCY);
    await saveDraft('cms/settings/site');
    await readyAndPublish('cms/settings/site');
    const settings = parse(onMain('content/settings/site.yaml')) as { agencyName: string; languages: string[] };
    expect(settings.agencyName).toBe(AGENCY);
    expect(settings.languages).toEqual(['vi', 'tyz', 'nut', 'hmn-Latn-VN', 'jra', 'bdq', 'km']);
    expect(gitStatus(copy)).toBe('');
    expect(errors).toEqual([]);
  });

  it('6b. creates a claim ("Hiểu đúng – hiểu sai") and a role-model story ("Gương điển hình") with its consent, and publishes both', async () => {
    begin('new kinds');
    const relations = page.locator('[aria-label="Ô relation"]');
    const selects = page.locator('[aria-label="Ô select"]');
    /** The Vietnamese form's common fields of a new material of `kind`. */
    async function newMaterial(title: string, kind: RegExp) {
      await page.goto('about:blank');
      await page.goto(`${SITE}/admin/#/collections/materials/new`, { waitUntil: 'domcontentloaded' });
      const field = page.getByLabel('Tiêu đề', { exact: true }).first();
      await formSettled(field);
      await field.fill(title);
      await page.getByLabel('Tóm tắt', { exact: true }).first().fill('Tài liệu thử tạo trong CMS.');
      await pick(page, relations.first(), '2026', /^Tháng hành động vì bình đẳng giới.*2026/);
      await pick(page, selects.first(), kind.source.slice(0, 4), kind);
      await page.locator('[aria-label="Ô datetime"] input').first().fill('2026-11-20');
      const body = page.locator('[aria-label="Ô markdown"]').first().locator('[contenteditable=true]');
      await body.click();
      await page.keyboard.insertText('Nội dung thử tạo trong CMS.');
      await expect
        .poll(async () => bodyOf(await backupRaw(page, 'backup.materials')), { timeout: 20_000 })
        .toContain('Nội dung thử tạo trong CMS.');
    }

    await newMaterial(MYTH_TITLE, /Hiểu đúng – hiểu sai/);
    await page
      .getByLabel(/^Ý kiến người ta hay nói/)
      .first()
      .fill(MYTH_CLAIM);
    await pick(page, selects.nth(1), 'Sai', /^Sai \(false\)/);
    await page
      .getByLabel(/^Giải thích ngắn/)
      .first()
      .fill('Luật Bình đẳng giới nói con trai và con gái được cha mẹ chăm sóc như nhau.');
    await pick(page, relations.nth(1), '73/2006', /^73\/2006\/QH11/);
    await saveNewDraft(`cms/materials/${MYTH_SLUG}`);
    await readyAndPublish(`cms/materials/${MYTH_SLUG}`);
    const myth = parse(/^---\n([\s\S]*?)\n---\n/.exec(onMain(`content/materials/vi/${MYTH_SLUG}.mdx`))![1]!) as Record<string, unknown>;
    expect(myth.kind).toBe('myth');
    expect(myth.myth).toEqual({
      claim: MYTH_CLAIM,
      verdict: 'false',
      explanation: 'Luật Bình đẳng giới nói con trai và con gái được cha mẹ chăm sóc như nhau.',
    });
    expect(myth.legal).toEqual(['73/2006/QH11']);

    await newMaterial(STORY_TITLE, /Gương điển hình/);
    await page
      .getByLabel(/^Nhân vật( \(không bắt buộc\))?$/)
      .first()
      .fill(STORY_PERSON);
    await page
      .getByLabel(/^Xã, phường/)
      .first()
      .fill('Xã mẫu, tỉnh Lạng Sơn');
    await page
      .getByLabel(/^Nhân vật đã đồng ý/)
      .first()
      .click();
    await page.locator('[aria-label="Ô datetime"] input').nth(1).fill('2026-11-01');
    await page
      .getByLabel(/^Cách ghi nhận sự đồng ý/)
      .first()
      .fill('Thử nghiệm: không có người thật.');
    await saveNewDraft(`cms/materials/${STORY_SLUG}`);
    await readyAndPublish(`cms/materials/${STORY_SLUG}`);
    const story = parse(/^---\n([\s\S]*?)\n---\n/.exec(onMain(`content/materials/vi/${STORY_SLUG}.mdx`))![1]!) as Record<string, unknown>;
    expect(story.kind).toBe('story');
    expect(story.story).toEqual({
      person: STORY_PERSON,
      commune: 'Xã mẫu, tỉnh Lạng Sơn',
      consent: { given: true, date: '2026-11-01', record: 'Thử nghiệm: không có người thật.' },
    });
    expect(gitStatus(copy)).toBe('');
    expect(errors).toEqual([]);
  });

  it('6c. adds a shelter to the support-services directory, with its address kept confidential, and publishes it', async () => {
    begin('new service');
    await page.goto('about:blank');
    await page.goto(`${SITE}/admin/#/collections/services/new`, { waitUntil: 'domcontentloaded' });
    const name = page.getByLabel('Tên dịch vụ', { exact: true });
    await formSettled(name);
    await name.fill(SERVICE_NAME);
    const selects = page.locator('[aria-label="Ô select"]');
    await pick(page, selects.first(), 'Nhà', /^Nhà tạm lánh/);
    await page.getByLabel('Tỉnh, thành phố', { exact: true }).fill('Lạng Sơn');
    await page.getByLabel('Xã, phường, đặc khu', { exact: true }).fill('Xã mẫu');
    await pick(page, selects.nth(1), 'Giữ', /^Giữ kín/);
    await page.getByLabel(/^Địa chỉ/).fill(SERVICE_ADDRESS);
    await pick(page, page.locator('[aria-label="Ô relation"]').first(), '111', /111/);
    await page.getByLabel(/^Mở cả ngày đêm/).click();
    await page.getByLabel('Ai được sử dụng', { exact: true }).fill('Người bị bạo lực gia đình (thử nghiệm).');
    await page.getByLabel('Nguồn', { exact: true }).fill('Thử nghiệm trong CMS.');
    await page.locator('[aria-label="Ô datetime"] input').first().fill('2026-11-20');
    await page.getByLabel(/^Dữ liệu mẫu/).click();
    await saveNewDraft(`cms/services/${SERVICE_SLUG}`);
    await readyAndPublish(`cms/services/${SERVICE_SLUG}`);
    const service = parse(onMain(`content/services/vi/${SERVICE_SLUG}.yaml`)) as Record<string, unknown>;
    expect(service).toMatchObject({
      name: SERVICE_NAME,
      kind: 'shelter',
      location: 'confidential',
      phones: ['111'],
      hours: { always: true },
      sample: true,
    });
    expect(gitStatus(copy)).toBe('');
    expect(errors).toEqual([]);
  });

  it('7. refuses a save while a file is changed outside the CMS, names it, keeps the text, and saves once it is clean', async () => {
    begin('dirty tree');
    await openEntry(`collections/materials/entries/${SLUG}`);
    const summary = page.getByLabel('Tóm tắt', { exact: true }).first();
    await summary.fill('Tóm tắt sửa trong lúc thư mục có thay đổi ngoài CMS.');
    appendFileSync(join(copy, 'README.md'), '\nSửa tay ngoài CMS.\n');
    try {
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const toast = page.locator('.Toastify');
      await expect
        .poll(() => toast.innerText(), { timeout: 30_000 })
        .toContain('Chưa lưu được vì thư mục dự án đang có thay đổi nằm ngoài CMS');
      expect(await toast.innerText()).toContain('README.md');
      expect(draftBranches()).toBe('');
      expect(await summary.inputValue()).toBe('Tóm tắt sửa trong lúc thư mục có thay đổi ngoài CMS.');
      // The refused save is the only error the page reported.
      expect(errors.filter((error) => !/409|Chưa lưu được vì thư mục dự án/.test(error))).toEqual([]);
      errors = [];
    } finally {
      git(copy, 'checkout', '--', 'README.md');
    }
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => draftBranches(), { timeout: 60_000 }).toBe(`cms/materials/${SLUG}`);
    expect(git(copy, 'show', `cms/materials/${SLUG}:content/materials/vi/${SLUG}.mdx`)).toContain(
      'Tóm tắt sửa trong lúc thư mục có thay đổi ngoài CMS.',
    );
    expect(errors).toEqual([]);
  });

  it('8. npm start stops with Ctrl+C and leaves the tree clean; a dirty tree keeps it from starting', async () => {
    await start!.stop();
    start = undefined;
    expect(gitStatus(copy)).toBe('');
    writeFileSync(join(copy, 'ghi-chu.txt'), 'tệp lạ\n');
    const refused = await runToEnd('npm start', copy);
    rmSync(join(copy, 'ghi-chu.txt'));
    expect(refused.code).not.toBe(0);
    const lines = refused.output.split('\n').filter((l) => l.startsWith('Không khởi động được'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ghi-chu.txt');
    expect(refused.output).not.toMatch(/^\s+at /m);
  });

  it('9. npm run build publishes the material in Vietnamese and Tày, with the edits, and leaves the tree clean', async () => {
    const build = await runToEnd('npm run build', copy);
    expect(build.code, build.output.slice(-4000)).toBe(0);
    expect(gitStatus(copy)).toBe('');
    const vi = readFileSync(join(copy, 'dist/tai-lieu', SLUG, 'index.html'), 'utf8');
    expect(vi).toContain(`<h1`);
    expect(vi).toContain(TITLE);
    expect(vi).toContain('href="tel:111"');
    expect(vi).toMatch(/class="legal-ref"[^>]*>Điều 5 73\/2006\/QH11</);
    expect(vi).toMatch(/<img[^>]+alt="Hình minh họa: tổng đài 111"/);
    expect(vi).toContain(AGENCY);
    expect(vi).toMatch(/<a href="\/doi-tuong\/cha-me\/" data-pagefind-filter="audience">Cha mẹ<\/a>/);
    const tay = readFileSync(join(copy, 'dist/tyz/tai-lieu', SLUG, 'index.html'), 'utf8');
    expect(tay).toContain(TAY_TITLE);
    expect(tay).toMatch(/<html[^>]+lang="tyz"/);
    // The recording attached in the CMS plays on the Tày page and is published with the site.
    expect(tay).toContain(`<source src="/audio/${RECORDING}" type="audio/mpeg">`);
    expect(existsSync(join(copy, 'dist/audio', RECORDING))).toBe(true);
    expect(readFileSync(join(copy, 'dist/tai-lieu/tong-dai-111/index.html'), 'utf8')).toContain('Cập nhật trong CMS.');
    // Step 6b's claim carries its verdict and ClaimReview; its story, the consent, on the campaign page too.
    const myth = readFileSync(join(copy, 'dist/tai-lieu', MYTH_SLUG, 'index.html'), 'utf8');
    expect(myth).toContain(`<q>${MYTH_CLAIM}</q>`);
    expect(myth).toContain('"@type":"ClaimReview"');
    expect(myth).toMatch(
      /<ul class="myth__basis">\s*<li><a class="legal-ref" href="\/van-ban\/luat-binh-dang-gioi-2006\/"[^>]*>73\/2006\/QH11</,
    );
    const story = readFileSync(join(copy, 'dist/tai-lieu', STORY_SLUG, 'index.html'), 'utf8');
    expect(story).toContain(STORY_PERSON);
    expect(story).toContain('Nhân vật đã đồng ý cho đăng câu chuyện này, ngày 01 tháng 11 năm 2026.');
    expect(readFileSync(join(copy, 'dist/chien-dich/thang-hanh-dong-2026/index.html'), 'utf8')).toContain(`/tai-lieu/${STORY_SLUG}/`);
    // Step 6c's shelter is in the directory with its phone, and its address is nowhere in dist/.
    const directory = readFileSync(join(copy, 'dist/ho-tro/dich-vu/index.html'), 'utf8');
    expect(directory).toContain(SERVICE_NAME);
    expect(directory).toContain('href="tel:111"');
    // No text file of dist/ holds it (the build's own guard also reads the search index's fragments).
    const leaks = await runToEnd(`grep -rlF "${SERVICE_ADDRESS}" dist; test $? -eq 1`, copy);
    expect(leaks.code, leaks.output).toBe(0);
  }, 400_000);

  it("9b. npm run links records the new pages' codes and commits them, leaving the tree clean", async () => {
    const before = git(copy, 'rev-parse', 'main').trim();
    const links = await runToEnd('npm run links', copy);
    expect(links.code, links.output).toBe(0);
    expect(gitStatus(copy)).toBe('');
    expect(git(copy, 'rev-parse', 'main~1').trim()).toBe(before);
    expect(git(copy, 'show', '--name-only', '--format=', 'main').trim().split('\n').sort()).toEqual([
      'content/links/registry.yaml',
      'content/links/urls.txt',
    ]);
    expect(onMain('content/links/urls.txt')).toContain(`/tyz/tai-lieu/${SLUG}/`);
    expect(onMain('content/links/registry.yaml')).toContain(`materials/${SLUG}`);
    // Once recorded, a second run has nothing to add and commits nothing.
    const again = await runToEnd('npm run links', copy);
    expect(again.code, again.output).toBe(0);
    expect(git(copy, 'rev-parse', 'main~1').trim()).toBe(before);
  });

  it('10. the built admin (npm run preview with npm run cms:proxy): logs in, edits and publishes, with no console error', async () => {
    begin('built admin');
    const preview = run('npm run preview', copy);
    const backend = run('npm run cms:proxy', copy);
    // Another editor's browser: the dev server's login is remembered for this origin in the first one.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    watchErrors(page);
    try {
      await waitForUrl(`${SITE}/admin/`, preview, 120_000);
      await waitForUrl(LOCAL_BACKEND, backend, 60_000, backendInfo);
      await page.goto('about:blank');
      await login(page, SITE);
      // The draft left by step 7 is published from the built admin.
      await openEntry(`collections/materials/entries/${SLUG}`);
      const summary = page.getByLabel('Tóm tắt', { exact: true }).first();
      expect(await summary.inputValue()).toBe('Tóm tắt sửa trong lúc thư mục có thay đổi ngoài CMS.');
      await summary.fill('Tổng đài 111 miễn phí, nghe máy cả ngày đêm; sửa trong trang quản trị đã dựng.');
      await saveDraft(`cms/materials/${SLUG}`);
      await readyAndPublish(`cms/materials/${SLUG}`);
      expect(onMain(`content/materials/vi/${SLUG}.mdx`)).toContain('sửa trong trang quản trị đã dựng');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await preview.stop();
      await backend.stop();
    }
    expect(gitStatus(copy)).toBe('');
  }, 400_000);
});
