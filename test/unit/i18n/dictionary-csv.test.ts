/**
 * The UI dictionary's round trip through a spreadsheet: export, a translator's edits (re-saved
 * the way a spreadsheet does, with its own quoting and line ends), import; refusals in Vietnamese.
 * The CLI is run as `npm run i18n:*` runs it, on a copy of src/i18n/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { csvToDictionary, dictionaryToCsv } from '../../../src/i18n/dictionary-csv.ts';
import { SAFETY_KEYS } from '../../../src/i18n/safety.ts';
import { createTranslate, splitDictionary, type Dictionary } from '../../../src/i18n/translate.ts';
import { ROOT } from '../../helpers/astro.ts';

const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'src/i18n', name), 'utf8')) as Record<string, unknown>;
const vi = read('vi.json') as Dictionary;
const jra = read('jra.json');

/** The sheet as a spreadsheet saves it back: every field quoted, LF line ends, no BOM. */
function edit(csv: string, change: (rows: string[][]) => void): string {
  const rows = parse(csv.replace(/^\uFEFF/, ''));
  change(rows);
  return stringify(rows, { quoted: true });
}
const row = (rows: string[][], key: string) => rows.find((r) => r[0] === key)!;

describe('dictionaryToCsv', () => {
  it('lists every key of vi.json once, safety strings first, with the current text and review', () => {
    const rows = parse(dictionaryToCsv('jra', jra, vi).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Khóa', 'Tiếng Việt', 'Tiếng Jrai', 'Đã duyệt', 'Ghi chú']);
    expect(rows.slice(1, 1 + SAFETY_KEYS.length).map((r) => r[0])).toEqual([...SAFETY_KEYS]);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(Object.keys(vi)));
    expect(row(rows, 'exit.button')).toEqual(['exit.button', 'Thoát nhanh', jra['exit.button'], '', 'chuỗi an toàn']);
    expect(row(rows, 'hotlines.call')[4]).toBe('chuỗi an toàn; giữ nguyên {number}');
    expect(row(rows, 'nav.home')[2]).toBe('');
  });
});

describe('csvToDictionary', () => {
  const exported = dictionaryToCsv('jra', jra, vi);
  it('brings a translator’s edits back: new strings as drafts, "có" marks reviewed, empty cells keep', () => {
    const sheet = edit(exported, (rows) => {
      row(rows, 'nav.home')[2] = 'Sang pơ-ƀut';
      row(rows, 'exit.button')[3] = 'có';
      row(rows, 'hotlines.call')[2] = ''; // left empty: the draft stays
    });
    const result = csvToDictionary('jra', sheet, 'jra.csv', jra, vi);
    expect(result.problems).toEqual([]);
    expect(result.changed).toEqual(['nav.home']);
    expect(result.reviewed).toEqual(['exit.button']);
    const { reviewed, drafts } = splitDictionary('jra', result.file!);
    expect(reviewed).toEqual({ 'exit.button': jra['exit.button'] });
    expect(drafts['nav.home']).toBe('Sang pơ-ƀut');
    expect(drafts['hotlines.call']).toBe(jra['hotlines.call']);
    const t = createTranslate('jra', { vi, jra: reviewed }, { jra: drafts });
    expect(t('exit.button')).toBe(jra['exit.button']);
    expect(t.label('nav.home')).toEqual({ text: 'Sang pơ-ƀut', lang: 'jra', vietnamese: 'Trang chủ' });
  });
  it('takes a reviewed string’s review away when its text changes without "có"', () => {
    const reviewedFile = { ...jra, $reviewed: ['exit.button'] };
    const sheet = edit(dictionaryToCsv('jra', reviewedFile, vi), (rows) => {
      row(rows, 'exit.button')[2] = 'Tơbiă tañ tañ';
      row(rows, 'exit.button')[3] = '';
    });
    const { file } = csvToDictionary('jra', sheet, 'jra.csv', reviewedFile, vi);
    expect(file![`$reviewed`]).toEqual([]);
  });
  it('refuses a broken placeholder and an unknown key, naming the file and the row, and returns no file', () => {
    const sheet = edit(exported, (rows) => {
      row(rows, 'hotlines.call')[2] = 'Iâu {so}';
      row(rows, 'nav.home')[0] = 'nav.hom';
      row(rows, 'nav.hom')[2] = 'x';
    });
    const result = csvToDictionary('jra', sheet, 'jra.csv', jra, vi);
    expect(result.file).toBeUndefined();
    const callRow = (parse(sheet)).findIndex((r) => r[0] === 'hotlines.call') + 1;
    expect(result.problems).toContain(
      `jra.csv, dòng ${callRow} (hotlines.call): phải giữ nguyên {number} như bản tiếng Việt; đang có {so}.`,
    );
    expect(result.problems.some((p) => /dòng \d+: khóa "nav.hom" không có trong vi.json/.test(p))).toBe(true);
  });
  it('refuses a sheet whose columns are not the exported ones', () => {
    const result = csvToDictionary('jra', 'Key,Text\nexit.button,x\n', 'jra.csv', jra, vi);
    expect(result.file).toBeUndefined();
    expect(result.problems[0]).toMatch(/^jra\.csv: dòng 1 phải là các cột Khóa, Tiếng Việt, Tiếng Jrai, Đã duyệt, Ghi chú/);
  });
});

describe('npm run i18n:export / i18n:import', () => {
  const shippedKm = readFileSync(join(ROOT, 'src/i18n/km.json'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'i18n-cli-'));
  cpSync(join(ROOT, 'src/i18n'), join(dir, 'src/i18n'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'src/build/cli/i18n-dictionary.ts'), ...args], { cwd: dir, encoding: 'utf8' });

  it('exports, imports the edited sheet into src/i18n/<tag>.json, and refuses a broken one writing nothing', () => {
    const csv = join(dir, 'km.csv');
    expect(cli('export', 'km', csv).status).toBe(0);
    writeFileSync(csv, edit(readFileSync(csv, 'utf8'), (rows) => void (row(rows, 'nav.home')[2] = 'ទំព័រដើម')));
    const ok = cli('import', 'km', csv);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('1 chuỗi thay đổi');
    const km = JSON.parse(readFileSync(join(dir, 'src/i18n/km.json'), 'utf8')) as Record<string, unknown>;
    expect(km['nav.home']).toBe('ទំព័រដើម');
    expect(km['$reviewed']).toEqual([]);

    writeFileSync(csv, edit(readFileSync(csv, 'utf8'), (rows) => void (row(rows, 'hotlines.call')[2] = 'ហៅ')));
    const before = readFileSync(join(dir, 'src/i18n/km.json'), 'utf8');
    const refused = cli('import', 'km', csv);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Chưa nhập được, src/i18n/km.json giữ nguyên');
    expect(refused.stderr).toContain('(hotlines.call): phải giữ nguyên {number}');
    expect(readFileSync(join(dir, 'src/i18n/km.json'), 'utf8')).toBe(before);
  });
  it('explains its use in Vietnamese', () => {
    const run = cli('export');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cách dùng: npm run i18n:export');
    // The copy was written, never the repository's own dictionaries.
    expect(readFileSync(join(ROOT, 'src/i18n/km.json'), 'utf8')).toBe(shippedKm);
  });
});
