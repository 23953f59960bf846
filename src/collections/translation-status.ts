/**
 * Whether each translation is current: a translation records the version of the Vietnamese
 * source it was made from (a short hash of the source file), and whether a native speaker
 * reviewed it.
 */
import { createHash } from 'node:crypto';
import { vietnameseLabels } from '../i18n/index.ts';

export const TRANSLATION_STATES = ['missing', 'outdated', 'unreviewed', 'current'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** Vietnamese labels of the states, for editors (vi.json `translationState.*`). */
export const TRANSLATION_STATE_LABELS = vietnameseLabels(TRANSLATION_STATES, (state) => `translationState.${state}`);

/** The version of a source file: 12 hex digits of the SHA-256 of its NFC text with LF line ends. */
export function sourceVersion(fileText: string): string {
  const text = fileText
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

export interface TranslationMeta {
  sourceVersion: string;
  reviewed: boolean;
}

/** An outdated translation is reported as outdated even when it was reviewed. */
export function translationState(
  currentSourceVersion: string,
  translation: TranslationMeta | undefined,
  exists = translation !== undefined,
): TranslationState {
  if (!exists) return 'missing';
  if (!translation || translation.sourceVersion !== currentSourceVersion) return 'outdated';
  return translation.reviewed ? 'current' : 'unreviewed';
}

export interface StatusRow {
  collection: string;
  slug: string;
  title: string;
  lang: string;
  state: TranslationState;
  /** The source version a new or updated translation should record. */
  sourceVersion: string;
}

/** CSV with a UTF-8 BOM so that Excel shows Vietnamese correctly; fields quoted as RFC 4180. */
export function statusCsv(rows: readonly StatusRow[]): string {
  const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const header = ['Mục', 'Tên tệp', 'Tiêu đề', 'Ngôn ngữ', 'Trạng thái', 'Phiên bản bản gốc'];
  const lines = rows.map((r) =>
    [r.collection, r.slug, r.title, r.lang, TRANSLATION_STATE_LABELS[r.state], r.sourceVersion].map(quote).join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export interface ReviewGroup {
  lang: string;
  /** The translations of this language waiting for a native speaker's review, in the report's order. */
  rows: StatusRow[];
}

/** What waits for review, by language in the order of `languages`: translations made from the current source and not yet reviewed. */
export function reviewQueue(rows: readonly StatusRow[], languages: readonly string[]): ReviewGroup[] {
  return languages
    .map((lang) => ({ lang, rows: rows.filter((row) => row.lang === lang && row.state === 'unreviewed') }))
    .filter((group) => group.rows.length > 0);
}
