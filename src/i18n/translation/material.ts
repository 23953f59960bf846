/**
 * A material to a translation sheet and a filled-in sheet back to a translated material
 * (content/materials/<lang>/<slug>.mdx): the frontmatter's words and the body's sentences are the
 * segments; the result copies the Vietnamese frontmatter, replaces its words, and records the
 * source version and `reviewed: false` as every translation does (src/schemas/translation.ts).
 * Pure: the CLI (src/build/cli/translate.ts) reads and writes the files.
 */
import { z } from 'astro/zod';
import { isMap, parseDocument, type Document } from 'yaml';
import { sourceVersion } from '../../collections/translation-status.ts';
import type { ImageHelper } from '../../schemas/fields.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { materialSchema } from '../../schemas/material.ts';
import { translatableFields } from './frontmatter.ts';
import { glossaryNote, missingTerms } from './glossary.ts';
import { placeholderProblems, placeholdersOf, segmentBody, type Segment } from './segments.ts';
import type { Memory, SheetRow, TranslationSheet } from './sheet.ts';

// Image fields are checked by the content check; here they only need to stay as written.
const imageStandIn = (() => z.string()) as unknown as ImageHelper;
const schema = materialSchema(imageStandIn);

interface Parsed {
  doc: Document;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

function parseMdx(text: string): Parsed {
  const normalized = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  if (!match) throw new Error('Thiếu phần thông tin đầu trang (frontmatter) giữa hai dòng "---".');
  // YAML 1.2 core schema: dates stay strings and are written back as they were.
  const doc = parseDocument(match[1]!, { version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new Error(`Phần thông tin đầu trang không đọc được (${doc.errors[0]?.message ?? 'không phải các dòng "tên trường: giá trị"'}).`);
  return {
    doc,
    data: doc.toJS() as Record<string, unknown>,
    body: normalized.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Every segment of a material: its frontmatter's words first, then the body's sentences. */
export function materialSegments(text: string): Segment[] {
  const parsed = parseMdx(text);
  return [
    ...translatableFields(schema, parsed.data).map(([id, source]) => ({ id, source })),
    ...segmentBody(parsed.body, parsed.bodyLine).segments,
  ];
}

export interface ExportInput {
  slug: string;
  lang: string;
  /** The Vietnamese file's text. */
  source: string;
  /** The language's current translation, if any: its frontmatter fills in the same fields. */
  existing?: string | undefined;
  glossary: readonly GlossaryTerm[];
  memory: Memory;
}

/** The sheet for a translator: every segment, filled in from the existing translation or the memory where possible. */
export function exportSheet({ slug, lang, source, existing, glossary, memory }: ExportInput): TranslationSheet {
  const previous = new Map(existing ? translatableFields(schema, parseMdx(existing).data) : []);
  const rows: SheetRow[] = materialSegments(source).map(({ id, source: text }) => {
    const fromFile = previous.get(id);
    const fromMemory = memory.get(text);
    const target = fromMemory ?? fromFile ?? '';
    const notes = [
      placeholdersOf(text).length > 0 ? `Giữ nguyên ${placeholdersOf(text).join(' ')}` : '',
      glossaryNote(text, glossary),
      fromMemory ? 'Điền sẵn từ bộ nhớ dịch: kiểm tra lại' : fromFile ? 'Điền sẵn từ bản dịch hiện có: kiểm tra lại' : '',
    ];
    return { id, source: text, target, note: notes.filter(Boolean).join('. ') };
  });
  return { slug, lang, sourceVersion: sourceVersion(source), rows };
}

export interface ImportInput {
  sheet: TranslationSheet;
  /** The file name shown in messages. */
  fileName: string;
  /** The Vietnamese file's current text. */
  source: string;
  /** The translation on disk now, if any. */
  existing?: string | undefined;
  glossary: readonly GlossaryTerm[];
  /** Replace a translation a native speaker has reviewed. */
  force?: boolean;
}

export interface ImportResult {
  /** The translated MDX file, or undefined when refused. */
  file?: string;
  /** Why nothing was written, in Vietnamese, naming the file and the segment. */
  problems: string[];
  /** Glossary terms a segment does not render as the glossary says; the file is still written. */
  warnings: string[];
  /** Vietnamese segment → translation, for the translation memory. */
  pairs: [string, string][];
}

/** A filled-in sheet as the translated MDX file, refused whole when a segment is missing, changed or broken. */
export function importSheet({ sheet, fileName, source, existing, glossary, force = false }: ImportInput): ImportResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const refuse = (): ImportResult => ({ problems, warnings, pairs: [] });
  const segments = materialSegments(source);
  const rows = new Map<string, SheetRow>();
  for (const row of sheet.rows) {
    if (rows.has(row.id)) problems.push(`${fileName}, đoạn ${row.id}: dòng bị lặp; mỗi mã đoạn chỉ có một dòng.`);
    rows.set(row.id, row);
  }
  const known = new Map(segments.map((segment) => [segment.id, segment]));
  const changed = segments.filter((segment) => rows.get(segment.id)?.source !== segment.source).map((segment) => segment.id);
  const unknown = [...rows.keys()].filter((id) => !known.has(id));
  if (changed.length > 0 || unknown.length > 0) {
    problems.push(
      `${fileName}: bản tiếng Việt đã thay đổi sau khi xuất bảng, hoặc cột "Mã đoạn"/"Tiếng Việt" đã bị sửa (đoạn ${[...changed, ...unknown].slice(0, 5).join(', ')}${changed.length + unknown.length > 5 ? '…' : ''}). Hãy xuất lại bằng npm run translate:export: các câu đã dịch sẽ được điền sẵn từ bộ nhớ dịch.`,
    );
    return refuse();
  }
  if (existing && !force) {
    const translation = parseMdx(existing).data.translation as { reviewed?: unknown } | undefined;
    if (translation?.reviewed === true) {
      problems.push(
        `${fileName}: bản dịch materials/${sheet.lang}/${sheet.slug}.mdx đã được người bản ngữ duyệt; không ghi đè. Nếu thật sự muốn thay, chạy lại lệnh với --force (bản dịch mới sẽ ở trạng thái chưa duyệt).`,
      );
      return refuse();
    }
  }
  for (const segment of segments) {
    const target = rows.get(segment.id)!.target;
    if (target === '') {
      problems.push(`${fileName}, đoạn ${segment.id}: chưa có bản dịch. Hãy dịch câu "${segment.source.slice(0, 60)}".`);
      continue;
    }
    for (const problem of placeholderProblems(segment.source, target))
      problems.push(`${fileName}, đoạn ${segment.id}: ${problem}. Hãy giữ nguyên mọi ký hiệu ⟦…⟧ như ở cột tiếng Việt.`);
    for (const term of missingTerms(segment.source, target, glossary, sheet.lang)) {
      warnings.push(
        `${fileName}, đoạn ${segment.id}: câu tiếng Việt có thuật ngữ "${term.source}" nhưng bản dịch không có "${term.target}" như bảng thuật ngữ; hãy kiểm tra lại.`,
      );
    }
  }
  if (problems.length > 0) return refuse();

  const parsed = parseMdx(source);
  const targets = new Map(segments.map((segment) => [segment.id, rows.get(segment.id)!.target]));
  for (const [path] of translatableFields(schema, parsed.data))
    parsed.doc.setIn(
      path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      targets.get(path),
    );
  const credit = existing ? (parseMdx(existing).data.translation as { credit?: string } | undefined)?.credit : undefined;
  parsed.doc.set('translation', { sourceVersion: sourceVersion(source), reviewed: false, ...(credit ? { credit } : {}) });
  const frontmatter = parsed.doc.toString({ lineWidth: 0 });
  const check = schema.safeParse(parseDocument(frontmatter, { version: '1.1' }).toJS());
  if (!check.success) {
    for (const issue of check.error.issues) problems.push(`${fileName}, đoạn ${issue.path.join('.')}: ${issue.message}`);
    return refuse();
  }
  const body = segmentBody(parsed.body, parsed.bodyLine).render(targets);
  return {
    file: `---\n${frontmatter}---\n${body}`,
    problems,
    warnings,
    pairs: segments.map((segment) => [segment.source, targets.get(segment.id)!]),
  };
}
