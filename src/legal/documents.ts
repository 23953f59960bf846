/**
 * The legal library as the build hooks see it, straight from the checked content (no Astro
 * runtime): number key → slug and title, and the report of numbers cited but not in the library.
 */
import type { CheckedEntry } from '../collections/check.ts';
import { DEFAULT_LANGUAGE, languagePrefix } from '../i18n/languages.ts';
import { legalNumberKey } from './number.ts';
import { unknownMentions, type UnknownMention } from './mentions.ts';
import { legalUrl } from '../site/routes.ts';
import type { LegalResolver } from './linkify.ts';

export interface LibraryDoc {
  slug: string;
  number: string;
  title: string;
}

/** Published Vietnamese library entries by number key (every language has a page for each). */
export function libraryIndex(entries: readonly CheckedEntry[]): Map<string, LibraryDoc> {
  const index = new Map<string, LibraryDoc>();
  for (const { file, data } of entries) {
    if (file.collection !== 'legal' || file.lang !== DEFAULT_LANGUAGE || data.draft === true) continue;
    index.set(legalNumberKey(String(data.number)), { slug: file.slug, number: String(data.number), title: String(data.title) });
  }
  return index;
}

/** Resolves a number key to the library page in `lang`. */
export function resolverFor(index: ReadonlyMap<string, LibraryDoc>, lang: string): LegalResolver {
  return (key) => {
    const doc = index.get(key);
    return doc ? { href: legalUrl(lang, doc.slug), title: doc.title } : undefined;
  };
}

/** The reader language of a built page, from its URL path (`/km/tai-lieu/x/` → km). */
export function languageOfPath(path: string, languages: readonly string[]): string {
  const first = path.split('/').filter(Boolean)[0];
  return languages.find((lang) => lang !== DEFAULT_LANGUAGE && first !== undefined && languagePrefix(lang) === `/${first}`) ?? DEFAULT_LANGUAGE;
}

/** Numbers written in the bodies of materials, campaigns, legal and static pages that are not in the library. */
export function unknownLegalNumbers(entries: readonly CheckedEntry[]): UnknownMention[] {
  const known = new Set(entries.filter((e) => e.file.collection === 'legal').map((e) => legalNumberKey(String(e.data.number))));
  return entries
    .filter((e) => e.file.collection !== 'hotlines')
    .flatMap(({ file }) => unknownMentions(file.path, file.body, file.bodyLine, known));
}

/** The editor-facing report of unknown numbers (Vietnamese). */
export function formatUnknownNumbers(list: readonly UnknownMention[]): string {
  return [
    `Có ${list.length} số hiệu văn bản được nhắc tới nhưng chưa có trong thư viện văn bản (không tạo được liên kết):`,
    ...list.map((u) => `  • ${u.path}:${u.line} — ${u.number}. Hãy thêm văn bản này vào mục Văn bản pháp luật, hoặc kiểm tra lại số hiệu.`),
  ].join('\n');
}

/** A `LegalRef` citing an article that the document's page does not list among its provisions. */
export interface MissingProvision {
  path: string;
  line: number;
  number: string;
  article: string;
}

const LEGAL_REF_ARTICLE = /<LegalRef\b[^>]*?\bnumber="([^"]+)"[^>]*?\barticle="([^"]+)"|<LegalRef\b[^>]*?\barticle="([^"]+)"[^>]*?\bnumber="([^"]+)"/g;

/** `LegalRef number article` whose article has no anchor on the document page (the link would land at the top). */
export function missingProvisions(entries: readonly CheckedEntry[]): MissingProvision[] {
  const provisions = new Map(
    entries
      .filter((e) => e.file.collection === 'legal' && e.file.lang === DEFAULT_LANGUAGE)
      .map((e) => [legalNumberKey(String(e.data.number)), new Set(((e.data.provisions as { article: string }[] | undefined) ?? []).map((p) => p.article))]),
  );
  const out: MissingProvision[] = [];
  for (const { file } of entries) {
    file.body.split('\n').forEach((text, index) => {
      for (const m of text.matchAll(LEGAL_REF_ARTICLE)) {
        const number = m[1] ?? m[4]!;
        const article = m[2] ?? m[3]!;
        const known = provisions.get(legalNumberKey(number));
        if (known && !known.has(article)) out.push({ path: file.path, line: file.bodyLine + index, number, article });
      }
    });
  }
  return out;
}

/** The editor-facing report of articles without an anchor (Vietnamese). */
export function formatMissingProvisions(list: readonly MissingProvision[]): string {
  return [
    `Có ${list.length} chỗ dẫn chiếu một điều chưa có trong mục "Điều khoản chính" của văn bản (liên kết sẽ mở đầu trang văn bản):`,
    ...list.map((m) => `  • ${m.path}:${m.line} — Điều ${m.article} của ${m.number}. Hãy thêm điều này vào "Điều khoản chính" của văn bản, hoặc sửa số điều.`),
  ].join('\n');
}
