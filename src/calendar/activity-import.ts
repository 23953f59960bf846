/**
 * A commune imports its villages' activity records: the activities CSV of the report (a village
 * site's export, or the same columns filled in a spreadsheet; src/site/report.ts
 * ACTIVITY_CSV_HEADER) becomes one calendar event file per row in content/events/vi/. Every row is
 * checked against the event schema; a sheet with any refused row writes nothing, and an existing
 * file that differs is never overwritten. Messages are in Vietnamese and name the file, the row and
 * the column. Pure: the CLI (src/build/cli/activities-import.ts) reads and writes the files.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { slugify } from '../collections/slug.ts';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS } from '../schemas/activity.ts';
import { AUDIENCES, AUDIENCE_LABELS } from '../schemas/audience.ts';
import { eventSchema } from '../schemas/event.ts';
import { ACTIVITY_CSV_HEADER } from '../site/report.ts';

type Column = (typeof ACTIVITY_CSV_HEADER)[number];

/** Columns without which a row cannot become an activity. */
const REQUIRED: readonly Column[] = ['Ngày', 'Tên hoạt động', 'Loại hoạt động', 'Xã, phường, đặc khu', 'Tỉnh, thành phố'];

/** The schema field each column fills, for messages that name the column of a refused field. */
const FIELD_COLUMN: Record<string, Column> = {
  date: 'Ngày',
  endDate: 'Ngày kết thúc',
  title: 'Tên hoạt động',
  activity: 'Loại hoạt động',
  commune: 'Xã, phường, đặc khu',
  province: 'Tỉnh, thành phố',
  village: 'Thôn, bản, tổ dân phố',
  audiences: 'Đối tượng',
  participants: 'Tổng số người tham dự',
  'participants.total': 'Tổng số người tham dự',
  'participants.women': 'Trong đó nữ',
  'participants.men': 'Trong đó nam',
  campaign: 'Chiến dịch',
  source: 'Nguồn số liệu',
};

export interface ImportedActivity {
  /** File name without extension, under content/events/vi/. */
  slug: string;
  /** The file's YAML text. */
  yaml: string;
  /** Row number in the sheet (the header is row 1). */
  row: number;
}

export interface ImportResult {
  activities: ImportedActivity[];
  /** Refused rows or sheet: when any, nothing may be written. */
  problems: string[];
  /** Kept rows with something left out (an unknown campaign). */
  notes: string[];
}

/** Lower case, NFC, single spaces: how a typed label is compared with the list. */
const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

const lookup = <K extends string>(ids: readonly K[], labels: Record<K, string>) => {
  const byText = new Map<string, K>();
  for (const id of ids) {
    byText.set(fold(id), id);
    byText.set(fold(labels[id]), id);
  }
  return (text: string) => byText.get(fold(text));
};
const activityType = lookup(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS);
const audience = lookup(AUDIENCES, AUDIENCE_LABELS);

/** YYYY-MM-DD as written, or DD/MM/YYYY as a Vietnamese spreadsheet saves it, as YYYY-MM-DD. */
function isoOf(text: string): string {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text.trim();
}

/** A count as typed: digits, with dots or spaces between thousands ("1.200"); blank is no count. */
function countOf(text: string): number | string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (/^\d{1,3}([. ]\d{3})+$/.test(value)) return Number(value.replace(/[. ]/g, ''));
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/**
 * The activities of a sheet. `campaigns` maps campaign ids and titles (folded) to ids; a campaign
 * the site does not have is left out, with a note. `fileName` names the sheet in messages and in
 * each activity's source.
 */
export function importActivities(csv: string, fileName: string, campaigns: ReadonlyMap<string, string>): ImportResult {
  const problems: string[] = [];
  const notes: string[] = [];
  let rows: string[][];
  try {
    rows = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return {
      activities: [],
      problems: [
        `${fileName}: không đọc được tệp CSV (${error instanceof Error ? error.message : String(error)}). Hãy lưu lại bảng tính dưới dạng "CSV UTF-8".`,
      ],
      notes,
    };
  }
  const header = (rows[0] ?? []).map((cell) => cell.normalize('NFC').trim());
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      activities: [],
      problems: [
        `${fileName}: thiếu cột ${missing.map((c) => `"${c}"`).join(', ')}. Dòng đầu của bảng phải là tên các cột như tệp "Tải danh sách hoạt động (CSV)" của trang báo cáo: ${ACTIVITY_CSV_HEADER.join(', ')}.`,
      ],
      notes,
    };
  }
  const activities: ImportedActivity[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: Column) => (header.includes(column) ? (cells[header.indexOf(column)] ?? '').normalize('NFC').trim() : '');
    const at = (column: Column, message: string) => problems.push(`${fileName}, dòng ${row}, cột "${column}": ${message}`);
    if (cells.every((value) => value.trim() === '')) return;

    const typeText = cell('Loại hoạt động');
    const type = activityType(typeText);
    if (!type)
      at(
        'Loại hoạt động',
        `"${typeText}" không phải loại hoạt động có sẵn. Ghi một trong: ${ACTIVITY_TYPES.map((id) => ACTIVITY_TYPE_LABELS[id]).join('; ')}.`,
      );
    const audienceTexts = cell('Đối tượng')
      .split(/[;\n]/)
      .map((text) => text.trim())
      .filter(Boolean);
    const audiences = audienceTexts.map((text) => {
      const id = audience(text);
      if (!id)
        at(
          'Đối tượng',
          `"${text}" không có trong danh sách đối tượng. Ghi tên đối tượng như trong danh sách, cách nhau bằng dấu chấm phẩy: ${AUDIENCES.map((a) => AUDIENCE_LABELS[a]).join('; ')}.`,
        );
      return id;
    });
    const campaignText = cell('Chiến dịch');
    const campaign = campaignText ? campaigns.get(fold(campaignText)) : undefined;
    if (campaignText && !campaign)
      notes.push(`${fileName}, dòng ${row}: trang không có chiến dịch "${campaignText}", hoạt động được nhập không kèm chiến dịch.`);

    const total = countOf(cell('Tổng số người tham dự'));
    const women = countOf(cell('Trong đó nữ'));
    const men = countOf(cell('Trong đó nam'));
    if (total === undefined && (women !== undefined || men !== undefined))
      at('Tổng số người tham dự', 'Có số nữ hoặc số nam thì cần ghi cả tổng số người tham dự.');
    const village = cell('Thôn, bản, tổ dân phố');
    const data: Record<string, unknown> = {
      title: cell('Tên hoạt động'),
      kind: 'event',
      date: isoOf(cell('Ngày')),
      ...(cell('Ngày kết thúc') ? { endDate: isoOf(cell('Ngày kết thúc')) } : {}),
      commune: cell('Xã, phường, đặc khu'),
      ...(village ? { village } : {}),
      province: cell('Tỉnh, thành phố'),
      ...(type ? { activity: type } : {}),
      audiences: audiences.filter((id): id is NonNullable<typeof id> => id !== undefined),
      ...(total !== undefined
        ? { participants: { total, ...(women !== undefined ? { women } : {}), ...(men !== undefined ? { men } : {}) } }
        : {}),
      ...(campaign ? { campaign } : {}),
      source: cell('Nguồn số liệu') || `Nhập từ tệp ${fileName}, dòng ${row}`,
    };
    if (!type) return;
    const result = eventSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        at(FIELD_COLUMN[path] ?? FIELD_COLUMN[String(issue.path[0])] ?? 'Tên hoạt động', issue.message);
      }
      return;
    }
    const slug = slugify(`${String(data.date)} ${village || String(data.commune)} ${String(data.title)}`)
      .slice(0, 90)
      .replace(/-+$/, '');
    if (seen.has(slug)) {
      at(
        'Tên hoạt động',
        `trùng với dòng ${seen.get(slug)} (cùng ngày, cùng nơi, cùng tên). Hãy xóa dòng lặp, hoặc ghi tên khác nhau cho hai hoạt động.`,
      );
      return;
    }
    seen.set(slug, row);
    activities.push({ slug, row, yaml: stringify(data, { lineWidth: 0 }) });
  });
  if (rows.length <= 1 && problems.length === 0) problems.push(`${fileName}: bảng không có dòng hoạt động nào dưới dòng tên cột.`);
  return { activities, problems, notes };
}
