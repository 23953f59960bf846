/**
 * What the content check reports and how an editor reads it: one problem names the file, the line,
 * the field and what to do, in Vietnamese. Shared by every part of the check and by settings.ts,
 * so that no part of the check imports another to reach these types.
 */
import type { z } from 'astro/zod';
import type { ContentFile } from './files.ts';
import { fieldTitles } from './schema-walk.ts';

export interface ContentProblem {
  /** File path relative to the project root. */
  path: string;
  line?: number;
  /** Dotted field path, e.g. `cover.alt`. */
  field?: string;
  /** Vietnamese name of the field. */
  fieldTitle?: string;
  /** What is wrong and what to do, in Vietnamese. */
  message: string;
}

/** A content file that passed its schema, with the parsed data. */
export interface CheckedEntry {
  file: ContentFile;
  data: Record<string, unknown>;
}

/** Turns zod issues into problems that name the file, the line and the field. */
export function zodProblems(file: Pick<ContentFile, 'path' | 'lineOf'> & { data?: unknown }, schema: z.ZodType, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const titles = fieldTitles(schema, path);
    return {
      path: file.path,
      line: file.lineOf(path),
      field: path.join('.') || undefined,
      fieldTitle: titles.join(' › ') || undefined,
      message: issue.message + quoteHint(issue, valueAt(file.data, path)),
    };
  });
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** YAML reads an unquoted 2026-11-15 as a date and 2026 as a number; a text field then needs quotes. */
function quoteHint(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return '';
  if (!(value instanceof Date) && typeof value !== 'number' && typeof value !== 'boolean') return '';
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return ` Giá trị ${shown} được đọc thành ${value instanceof Date ? 'ngày tháng' : typeof value === 'number' ? 'số' : 'đúng/sai'}, không phải chữ: hãy đặt nó trong dấu ngoặc kép, ví dụ "${shown}".`;
}

/** The report an editor reads: one line per problem, grouped by file. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [`Nội dung có ${problems.length} lỗi cần sửa trước khi xuất bản:`, ...problems.map(problemLine)].join('\n');
}

/** The warnings an editor reads: facts to check again, nothing that stops publishing. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  return [`Nội dung có ${warnings.length} điều cần xem lại (không chặn xuất bản):`, ...warnings.map(problemLine)].join('\n');
}

function problemLine(p: ContentProblem): string {
  const where = p.line ? `${p.path}:${p.line}` : p.path;
  const field = p.field ? ` — trường "${p.field}"${p.fieldTitle ? ` (${p.fieldTitle})` : ''}` : '';
  return `  • ${where}${field}: ${p.message}`;
}
