/**
 * A language's UI dictionary as a spreadsheet for translators and reviewers, and back: one row per
 * key, safety strings first, with the Vietnamese, the current text, whether a native speaker has
 * reviewed it, and a note (a safety string, the placeholders to keep). Importing checks every row
 * against vi.json and refuses, in Vietnamese and naming the row, a key it does not know or a
 * placeholder changed; a cell left empty keeps the string the dictionary had, so nothing is lost.
 * Pure: the CLI scripts in src/build/cli/ read and write the files.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { getLanguage } from './languages.ts';
import { SAFETY_KEYS } from './safety.ts';
import { placeholders, REVIEWED_KEY, splitDictionary, validateDictionary, type Dictionary } from './translate.ts';

/** Spreadsheet columns, in order: key, Vietnamese, the language's text, "có" if reviewed, note. */
export const CSV_COLUMNS = (lang: string) => ['Khóa', 'Tiếng Việt', getLanguage(lang).nameVi, 'Đã duyệt', 'Ghi chú'];
const YES = 'có';

/** The dictionary file of `lang` as CSV (UTF-8 with a BOM for Excel, CRLF, RFC 4180 quoting). */
export function dictionaryToCsv(lang: string, file: Record<string, unknown>, reference: Dictionary): string {
  const { reviewed, drafts } = splitDictionary(lang, file);
  const safety = new Set<string>(SAFETY_KEYS);
  const keys = [...SAFETY_KEYS, ...Object.keys(reference).filter((key) => !safety.has(key))];
  const rows = keys.map((key) => {
    const note = [safety.has(key) ? 'chuỗi an toàn' : '', placeholders(reference[key]!) && `giữ nguyên ${placeholders(reference[key]!)}`].filter(Boolean);
    return [key, reference[key]!, reviewed[key] ?? drafts[key] ?? '', Object.hasOwn(reviewed, key) ? YES : '', note.join('; ')];
  });
  return `\uFEFF${stringify([CSV_COLUMNS(lang), ...rows], { record_delimiter: '\r\n' })}`;
}

export interface ImportResult {
  /** The new dictionary file, or undefined when the CSV was refused. */
  file?: Record<string, unknown>;
  /** Why the CSV was refused, in Vietnamese, naming the file and the row. */
  problems: string[];
  /** Keys whose text changed, and keys newly marked reviewed. */
  changed: string[];
  reviewed: string[];
}

/**
 * Merges a CSV filled in by a translator into `lang`'s dictionary file. A changed text loses its
 * review unless the row says "có" in "Đã duyệt"; an empty cell keeps what the file had.
 */
export function csvToDictionary(lang: string, csv: string, csvName: string, current: Record<string, unknown>, reference: Dictionary): ImportResult {
  const problems: string[] = [];
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return { problems: [`${csvName}: không đọc được bảng CSV (${(error as Error).message}).`], changed: [], reviewed: [] };
  }
  const header = records[0]?.map((cell) => cell.trim()) ?? [];
  const expected = CSV_COLUMNS(lang);
  if (expected.some((column, i) => header[i] !== column)) {
    return { problems: [`${csvName}: dòng 1 phải là các cột ${expected.join(', ')}; đang là ${header.join(', ') || '(trống)'}. Hãy xuất lại bảng bằng npm run i18n:export.`], changed: [], reviewed: [] };
  }
  const { reviewed: wasReviewed, drafts } = splitDictionary(lang, current);
  const strings: Dictionary = { ...drafts, ...wasReviewed };
  const reviewedKeys = new Set(Object.keys(wasReviewed));
  const changed: string[] = [];
  const newlyReviewed: string[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    const [key = '', , rawText = '', rawReviewed = ''] = record.map((cell) => cell.normalize('NFC'));
    const text = rawText.trim();
    if (!Object.hasOwn(reference, key)) return void problems.push(`${csvName}, dòng ${row}: khóa "${key}" không có trong vi.json; đừng sửa cột "Khóa".`);
    if (text === '') return;
    if (placeholders(text) !== placeholders(reference[key]!))
      return void problems.push(
        `${csvName}, dòng ${row} (${key}): phải giữ nguyên ${placeholders(reference[key]!) || 'không có chỗ trống {…}'} như bản tiếng Việt; đang có ${placeholders(text) || 'không có chỗ trống nào'}.`,
      );
    const markedReviewed = rawReviewed.trim().toLowerCase() === YES;
    if (strings[key] !== text) {
      changed.push(key);
      if (!markedReviewed) reviewedKeys.delete(key);
    }
    strings[key] = text;
    if (markedReviewed && !reviewedKeys.has(key)) newlyReviewed.push(key);
    if (markedReviewed) reviewedKeys.add(key);
  });
  const ordered = Object.fromEntries(Object.keys(reference).filter((key) => Object.hasOwn(strings, key)).map((key) => [key, strings[key]!]));
  const file = { [REVIEWED_KEY]: Object.keys(ordered).filter((key) => reviewedKeys.has(key)), ...ordered };
  problems.push(...validateDictionary(lang, file, reference));
  return problems.length > 0 ? { problems, changed: [], reviewed: [] } : { file, problems, changed, reviewed: newlyReviewed };
}
