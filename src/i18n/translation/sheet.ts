/**
 * The translation file a translator fills in, as a spreadsheet (CSV: UTF-8 with a BOM, CRLF, RFC
 * 4180 quoting, so that Excel and LibreOffice open it as is) or as XLIFF 2.0 for translation tools,
 * and the translation memory kept per language. Pure: strings in, strings out.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import XMLBuilder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';
import { getLanguage } from '../languages.ts';

export interface SheetRow {
  /** The segment id (`title`, `body.24.1`); never edited. */
  id: string;
  source: string;
  target: string;
  note: string;
}

export interface TranslationSheet {
  /** The material's slug (its file name under content/materials/vi/). */
  slug: string;
  lang: string;
  /** The version of the Vietnamese file the sheet was exported from. */
  sourceVersion: string;
  rows: SheetRow[];
}

/** Spreadsheet columns: segment id, Vietnamese, the language, note. */
export const SHEET_COLUMNS = (lang: string) => ['Mã đoạn', 'Tiếng Việt', getLanguage(lang).nameVi, 'Ghi chú'];
/** The first row under the header carries the file's identity for the import; its id is `@`. */
const INFO_ID = '@';
const INFO_NOTE = 'Dòng thông tin cho lệnh nhập, đừng sửa.';

const csv = (records: string[][]) => `\uFEFF${stringify(records, { record_delimiter: '\r\n' })}`;

export function sheetToCsv(sheet: TranslationSheet): string {
  return csv([
    SHEET_COLUMNS(sheet.lang),
    [INFO_ID, `tai-lieu:${sheet.slug}`, sheet.lang, `phien-ban:${sheet.sourceVersion} — ${INFO_NOTE}`],
    ...sheet.rows.map((row) => [row.id, row.source, row.target, row.note]),
  ]);
}

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
const xmlOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: false,
} as const;

export function sheetToXliff(sheet: TranslationSheet): string {
  const unit = (row: SheetRow) => ({
    '@_id': row.id,
    ...(row.note ? { notes: { note: { '#text': row.note } } } : {}),
    segment: { source: { '#text': row.source }, target: { '#text': row.target } },
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NS,
      '@_version': '2.0',
      '@_srcLang': 'vi',
      '@_trgLang': sheet.lang,
      file: {
        '@_id': `tai-lieu:${sheet.slug}`,
        notes: { note: { '@_category': 'sourceVersion', '#text': sheet.sourceVersion } },
        unit: sheet.rows.map(unit),
      },
    },
  };
  return String(new XMLBuilder(xmlOptions).build(document));
}

export type SheetResult = { sheet: TranslationSheet; problems: [] } | { sheet?: undefined; problems: string[] };

const nfc = (value: unknown) => (value === undefined || value === null ? '' : String(value)).normalize('NFC');

/** Reads a filled-in CSV back; `fileName` names the file in the messages. */
export function csvToSheet(text: string, fileName: string): SheetResult {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return { problems: [`${fileName}: không đọc được bảng CSV (${(error as Error).message}). Hãy lưu bảng dưới dạng CSV UTF-8.`] };
  }
  const info = records[1]?.map(nfc) ?? [];
  const slug = /^tai-lieu:(.+)$/.exec(info[1] ?? '')?.[1];
  const version = /phien-ban:([0-9a-f]{8,64})/.exec(info[3] ?? '')?.[1];
  if (info[0] !== INFO_ID || !slug || !info[2] || !version) {
    return {
      problems: [
        `${fileName}, dòng 2: thiếu dòng thông tin (mã đoạn "@", tên tài liệu, mã ngôn ngữ, phiên bản). Dòng này do lệnh xuất ghi ra; hãy xuất lại bằng npm run translate:export.`,
      ],
    };
  }
  const rows = records.slice(2).map(([id = '', source = '', target = '', note = '']) => ({
    id: nfc(id).trim(),
    source: nfc(source),
    target: nfc(target).trim(),
    note: nfc(note),
  }));
  return { sheet: { slug, lang: info[2].trim(), sourceVersion: version, rows }, problems: [] };
}

type XmlNode = Record<string, unknown>;
const list = (value: unknown): XmlNode[] => (value === undefined ? [] : Array.isArray(value) ? (value as XmlNode[]) : [value as XmlNode]);
const textOf = (value: unknown): string => (value && typeof value === 'object' ? nfc((value as XmlNode)['#text']) : nfc(value));

/** Reads an XLIFF 2.0 file back (one file element, one segment per unit). */
export function xliffToSheet(text: string, fileName: string): SheetResult {
  let document: XmlNode;
  try {
    document = new XMLParser({ ...xmlOptions, parseTagValue: false, parseAttributeValue: false, trimValues: false }).parse(text) as XmlNode;
  } catch (error) {
    return { problems: [`${fileName}: không đọc được tệp XLIFF (${(error as Error).message}).`] };
  }
  const xliff = document.xliff as XmlNode | undefined;
  const file = list(xliff?.file)[0];
  const slug = /^tai-lieu:(.+)$/.exec(nfc(file?.['@_id']))?.[1];
  const version = list((file?.notes as XmlNode | undefined)?.note)
    .map(textOf)
    .find((note) => /^[0-9a-f]{8,64}$/.test(note.trim()));
  const lang = nfc(xliff?.['@_trgLang']).trim();
  if (!file || !slug || !version || !lang)
    return {
      problems: [
        `${fileName}: thiếu thông tin tệp (file id "tai-lieu:…", trgLang, ghi chú sourceVersion). Hãy xuất lại bằng npm run translate:export.`,
      ],
    };
  const rows = list(file.unit).map((unit) => {
    const segment = list(unit.segment)[0] ?? {};
    return {
      id: nfc(unit['@_id']).trim(),
      source: textOf(segment.source),
      target: textOf(segment.target).trim(),
      note: list((unit.notes as XmlNode | undefined)?.note)
        .map(textOf)
        .join('; '),
    };
  });
  return { sheet: { slug, lang, sourceVersion: version.trim(), rows }, problems: [] };
}

/** Translation memory of one language: Vietnamese segment → its translation, newest last. */
export type Memory = Map<string, string>;

const MEMORY_COLUMNS = ['Tiếng Việt', 'Bản dịch'];

export function memoryFromCsv(text: string): Memory {
  const records: string[][] = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  return new Map(
    records
      .slice(1)
      .flatMap(([source = '', target = '']) => (source && target ? [[source.normalize('NFC'), target.normalize('NFC')] as const] : [])),
  );
}

export function memoryToCsv(memory: Memory): string {
  return csv([MEMORY_COLUMNS, ...[...memory].map(([source, target]) => [source, target])]);
}
