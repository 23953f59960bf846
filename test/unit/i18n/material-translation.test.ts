/**
 * The translation pipeline for materials (src/i18n/translation/): sentences and placeholders,
 * the glossary, the translation memory, and the CLI as `npm run translate:export|import` runs it
 * on a copy of the shipped content, down to the content check accepting the imported translation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/collections/check.ts';
import { readGlossaries } from '../../../src/collections/glossary.ts';
import { sourceVersion } from '../../../src/collections/translation-status.ts';
import { glossaryNote, missingTerms, termsIn } from '../../../src/i18n/translation/glossary.ts';
import { exportSheet, importSheet, materialSegments } from '../../../src/i18n/translation/material.ts';
import { placeholderProblems, segmentBody } from '../../../src/i18n/translation/segments.ts';
import { csvToSheet, memoryFromCsv, memoryToCsv, sheetToCsv, sheetToXliff, xliffToSheet } from '../../../src/i18n/translation/sheet.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary.ts';
import { ROOT } from '../../helpers/astro.ts';

const term = (source: string, target?: string): GlossaryTerm => ({ source, reviewed: false, ...(target ? { target } : {}) });

describe('segments', () => {
  it('cuts prose into sentences and keeps markup as numbered placeholders', () => {
    const body = '## Nơi tạm lánh là gì?\n\nChỗ đó gọi là **nơi tạm lánh**. Xem [luật](/van-ban/luat/) và `mã`.\n';
    const { segments } = segmentBody(body, 10);
    expect(segments).toEqual([
      { id: 'body.10.1', source: 'Nơi tạm lánh là gì?' },
      { id: 'body.12.1', source: 'Chỗ đó gọi là ⟦1⟧nơi tạm lánh⟦/1⟧.' },
      { id: 'body.12.2', source: 'Xem ⟦1⟧luật⟦/1⟧ và ⟦2⟧.' },
    ]);
  });
  it('keeps a line of components, translating only its text attributes, and a component inside a sentence as a placeholder', () => {
    const body = '<Callout type="tip" title="Cho con đi cùng">\nGọi <Hotline id="111" /> ngay.\n</Callout>\n\n<Hotline id="113" />';
    const { segments, render } = segmentBody(body);
    expect(segments).toEqual([
      { id: 'body.1.title', source: 'Cho con đi cùng' },
      { id: 'body.2.1', source: 'Gọi ⟦1⟧ ngay.' },
    ]);
    const out = render(
      new Map([
        ['body.1.title', 'Pa "lục" pây'],
        ['body.2.1', 'Ⓣ ⟦1⟧ {ngay} <3.'],
      ]),
    );
    expect(out).toBe(
      '<Callout type="tip" title="Pa “lục” pây">\nⓉ <Hotline id="111" /> \\{ngay\\} \\<3.\n</Callout>\n\n<Hotline id="113" />',
    );
  });
  it('gives back every shipped material unchanged when nothing is translated', () => {
    for (const slug of ['noi-tam-lanh-la-gi', 'tong-dai-111', 'hoi-dap-binh-dang-gioi', 'lam-gi-khi-bi-bao-luc-gia-dinh']) {
      const text = readFileSync(join(ROOT, 'content/materials/vi', `${slug}.mdx`), 'utf8');
      const body = text.slice(/^---\n[\s\S]*?\n---\n/.exec(text)![0].length);
      expect(segmentBody(body).render(new Map())).toBe(body);
    }
  });
  it('names a missing, duplicated, altered or misplaced placeholder', () => {
    const source = 'Chỗ đó gọi là ⟦1⟧nơi tạm lánh⟦/1⟧ theo ⟦2⟧.';
    expect(placeholderProblems(source, 'Ⓣ ⟦1⟧Ⓣ⟦/1⟧ ⟦2⟧.')).toEqual([]);
    expect(placeholderProblems(source, 'Ⓣ ⟦1⟧Ⓣ ⟦2⟧.')).toEqual(['thiếu ký hiệu ⟦/1⟧']);
    expect(placeholderProblems(source, 'Ⓣ ⟦1⟧Ⓣ⟦/1⟧ ⟦2⟧ ⟦2⟧.')).toEqual(['ký hiệu ⟦2⟧ bị lặp 2 lần']);
    expect(placeholderProblems(source, 'Ⓣ ⟦1⟧Ⓣ⟦/1⟧ ⟦3⟧.')).toEqual([
      'thiếu ký hiệu ⟦2⟧',
      'ký hiệu ⟦3⟧ không có trong bản tiếng Việt (có thể đã bị sửa)',
    ]);
    expect(placeholderProblems(source, 'Ⓣ ⟦/1⟧Ⓣ⟦1⟧ ⟦2⟧.')).toEqual(['⟦1⟧ phải đứng trước ⟦/1⟧']);
  });
  it('makes the frontmatter words segments, and leaves ids, dates and references out', () => {
    const text = readFileSync(join(ROOT, 'content/materials/vi/noi-tam-lanh-la-gi.mdx'), 'utf8');
    const ids = materialSegments(text).map((segment) => segment.id);
    expect(ids.slice(0, 5)).toEqual(['title', 'summary', 'cover.alt', 'tags.0', 'tags.1']);
    expect(ids.some((id) => /^(campaign|kind|published|legal|audiences|cover\.image)/.test(id))).toBe(false);
  });
});

describe('glossary', () => {
  const terms = [term('bạo lực'), term('bạo lực gia đình', 'Ⓣ-bạo-lực-gia-đình'), term('nơi tạm lánh')];
  it('finds the longest term first and notes a term with no rendering yet', () => {
    expect(termsIn('Người bị Bạo lực gia đình cần nơi tạm lánh.', terms).map((found) => found.source)).toEqual([
      'bạo lực gia đình',
      'nơi tạm lánh',
    ]);
    expect(termsIn('Bạo lực là sai.', terms).map((found) => found.source)).toEqual(['bạo lực']);
    expect(glossaryNote('bạo lực gia đình ở nơi tạm lánh', terms)).toBe(
      'Thuật ngữ: bạo lực gia đình → Ⓣ-bạo-lực-gia-đình (chưa duyệt); nơi tạm lánh → (chưa có cách dịch)',
    );
  });
  it('reports a target lacking the rendering, ignoring case', () => {
    expect(missingTerms('Chống bạo lực gia đình.', 'Ⓣ khác.', terms, 'tyz').map((found) => found.source)).toEqual(['bạo lực gia đình']);
    expect(missingTerms('Chống bạo lực gia đình.', 'Ⓣ-BẠO-LỰC-GIA-ĐÌNH.', terms, 'tyz')).toEqual([]);
  });
  it('ships a valid glossary for every translatable language, with no rendering presented as reviewed', () => {
    const { terms: shipped, problems } = readGlossaries(ROOT, 'content');
    expect(problems).toEqual([]);
    expect([...shipped.keys()].sort()).toEqual(['bdq', 'hmn-Latn-VN', 'jra', 'km', 'nut', 'tyz']);
    for (const list of shipped.values()) {
      expect(list.map((item) => item.source)).toContain('nơi tạm lánh');
      expect(list.filter((item) => item.reviewed)).toEqual([]);
    }
  });
});

describe('translation files and memory', () => {
  const source = readFileSync(join(ROOT, 'content/materials/vi/tong-dai-111.mdx'), 'utf8');
  it('pre-fills targets from the translation memory and survives CSV and XLIFF', () => {
    const first = materialSegments(source)[0]!;
    const memory = memoryFromCsv(memoryToCsv(new Map([[first.source, 'Ⓣ nhớ']])));
    const sheet = exportSheet({ slug: 'tong-dai-111', lang: 'tyz', source, glossary: [], memory });
    expect(sheet.rows[0]).toMatchObject({ id: first.id, target: 'Ⓣ nhớ' });
    expect(sheet.rows[0]!.note).toContain('bộ nhớ dịch');
    expect(sheet.sourceVersion).toBe(sourceVersion(source));
    const csv = sheetToCsv(sheet);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csvToSheet(csv, 'a.csv')).toEqual({ sheet, problems: [] });
    expect(xliffToSheet(sheetToXliff(sheet), 'a.xlf')).toEqual({ sheet, problems: [] });
  });
  it('refuses to replace a reviewed translation unless forced', () => {
    const sheet = exportSheet({ slug: 'tong-dai-111', lang: 'tyz', source, glossary: [], memory: new Map() });
    sheet.rows.forEach((row) => (row.target = `Ⓣ ${row.source}`));
    const reviewed = `---\ntitle: x\ntranslation:\n  sourceVersion: ${sheet.sourceVersion}\n  reviewed: true\n---\n`;
    const refused = importSheet({ sheet, fileName: 'a.csv', source, existing: reviewed, glossary: [] });
    expect(refused.file).toBeUndefined();
    expect(refused.problems[0]).toContain('đã được người bản ngữ duyệt; không ghi đè');
    expect(importSheet({ sheet, fileName: 'a.csv', source, existing: reviewed, glossary: [], force: true }).file).toContain(
      'reviewed: false',
    );
  });
});

describe('npm run translate:export / translate:import on the shipped content', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'translate-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/build/cli/translate.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content' },
    });
  const output = join(dir, 'content/materials/tyz/noi-tam-lanh-la-gi.mdx');
  /** Opens the sheet as a spreadsheet would, fills every target with `fill`, saves it again. */
  const fillSheet = (file: string, fill: (id: string, source: string) => string) => {
    const records: string[][] = parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
    for (const record of records.slice(2)) record[2] = fill(record[0]!, record[1]!);
    writeFileSync(join(dir, file), `\uFEFF${stringify(records, { record_delimiter: '\r\n' })}`);
  };
  // Targets are visibly not real Tày: the test checks the pipeline, not a translation.
  const mark = (_id: string, source: string) => `Ⓣ ${source}`;

  it('refuses a broken placeholder, naming the file, the segment and the placeholder, and writes nothing', () => {
    expect(cli('export', 'noi-tam-lanh-la-gi', '--lang', 'tyz', '--out', 'hong.csv').status).toBe(0);
    fillSheet('hong.csv', (id, source) => (id === 'body.24.2' ? mark(id, source).replace('⟦/1⟧', '') : mark(id, source)));
    const run = cli('import', 'hong.csv');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('hong.csv, đoạn body.24.2: thiếu ký hiệu ⟦/1⟧');
    expect(existsSync(output)).toBe(false);
    expect(existsSync(join(dir, 'content/translation-memory/tyz.csv'))).toBe(false);
  });

  it('imports a filled-in sheet as an unreviewed translation the content check accepts, warns of glossary terms, and pre-fills the next export', () => {
    const glossary = join(dir, 'content/glossary/tyz.yaml');
    writeFileSync(glossary, 'terms:\n  - source: nơi tạm lánh\n    target: Ⓣ-tạm-lánh\n    reviewed: false\n');
    const exported = cli('export', 'noi-tam-lanh-la-gi', '--lang', 'tyz', '--out', 'tyz.csv');
    expect(exported.status, exported.stderr).toBe(0);
    expect(readFileSync(join(dir, 'tyz.csv'), 'utf8')).toContain('Thuật ngữ: nơi tạm lánh → Ⓣ-tạm-lánh (chưa duyệt)');
    fillSheet('tyz.csv', (id, source) =>
      id === 'body.28.1' ? 'Ⓣ ai cần đến?' : mark(id, source).replaceAll('nơi tạm lánh', 'Ⓣ-tạm-lánh'),
    );
    const run = cli('import', 'tyz.csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'tyz.csv, đoạn body.28.1: câu tiếng Việt có thuật ngữ "nơi tạm lánh" nhưng bản dịch không có "Ⓣ-tạm-lánh"',
    );

    const written = readFileSync(output, 'utf8');
    const source = readFileSync(join(dir, 'content/materials/vi/noi-tam-lanh-la-gi.mdx'), 'utf8');
    expect(written).toContain(`translation:\n  sourceVersion: ${sourceVersion(source)}\n  reviewed: false\n`);
    expect(written).toContain('Chỗ đó gọi là **Ⓣ-tạm-lánh**.');
    expect(written).toContain('Ⓣ <LegalRef number="13/2022/QH15" article="2" /> giải thích');
    expect(written).toContain('<Callout type="tip" title="Ⓣ Cho con đi cùng">');
    expect(written).toContain('<Hotline id="ngoi-nha-binh-yen" />');
    const check = checkContent(ROOT, relative(ROOT, join(dir, 'content')));
    expect(check.problems).toEqual([]);
    expect(
      check.entries.some(
        (entry) =>
          entry.file.path.endsWith('materials/tyz/noi-tam-lanh-la-gi.mdx') &&
          (entry.data.translation as { reviewed: boolean }).reviewed === false,
      ),
    ).toBe(true);

    // The memory now holds every sentence: a new export comes back filled in.
    expect(cli('export', 'noi-tam-lanh-la-gi', '--lang', 'tyz', '--out', 'lai.csv').status).toBe(0);
    const again = csvToSheet(readFileSync(join(dir, 'lai.csv'), 'utf8'), 'lai.csv').sheet!;
    expect(again.rows.every((row) => row.target !== '')).toBe(true);
    expect(again.rows.find((row) => row.id === 'body.28.1')!.target).toBe('Ⓣ ai cần đến?');
  });
});

describe('the translation commands in a git work tree', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'translate-git-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, '.gitignore'), join(dir, '.gitignore'));
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'copy');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/build/cli/translate.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: 'content',
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });

  it('exports into translation-files/, which git ignores, and commits what an import writes, so the CMS can still save', () => {
    const exported = cli('export', 'noi-tam-lanh-la-gi', '--lang', 'tyz');
    expect(exported.status, exported.stderr).toBe(0);
    const sheet = join(dir, 'translation-files/noi-tam-lanh-la-gi.tyz.csv');
    expect(existsSync(sheet)).toBe(true);
    expect(git('status', '--porcelain', '--untracked-files=all').stdout).toBe('');

    const records: string[][] = parse(readFileSync(sheet, 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
    for (const record of records.slice(2)) record[2] = `Ⓣ ${record[1]!}`;
    writeFileSync(sheet, `\uFEFF${stringify(records, { record_delimiter: '\r\n' })}`);
    const run = cli('import', 'translation-files/noi-tam-lanh-la-gi.tyz.csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Đã ghi vào git');
    expect(git('status', '--porcelain', '--untracked-files=all').stdout).toBe('');
    expect(git('show', '--name-only', '--format=%s', 'HEAD').stdout.split('\n').filter(Boolean).sort()).toEqual(
      [
        'Bản dịch tyz của noi-tam-lanh-la-gi: nhập từ noi-tam-lanh-la-gi.tyz.csv, chưa duyệt (npm run translate:import)',
        'content/materials/tyz/noi-tam-lanh-la-gi.mdx',
        'content/translation-memory/tyz.csv',
      ].sort(),
    );
  });
});
