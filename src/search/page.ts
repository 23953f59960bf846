/**
 * Which built pages go into the search index, and how their HTML is prepared for Pagefind.
 * Pure string work: the built files are never changed, only the copy Pagefind reads, so the
 * extra words cost nothing in page bytes.
 *
 * Indexed: materials, campaigns, legal documents, static pages and the hotline page, in every
 * enabled language. Not indexed: home, section lists, the search page and 404, which only
 * repeat titles of the pages above and would push them down the results.
 *
 * Fallback pages (a reader language without its own version, see Base.astro) are not indexed
 * again in the reader's language: the page whose text they show carries the reader's language in
 * its FALLBACK_FILTER, and the reader's search page searches that index too, with that filter, and
 * links each result at the reader's own address (src/search/fallback.ts). The "language" filter
 * carries the language the text is really in, so a reader can keep only pages translated into
 * their language.
 */
import { FALLBACK_FILTER } from './fallback.ts';
import { withFoldedVariants } from './fold.ts';
import { PAIRS_MARK, syllablePairs } from './pairs.ts';
import { withToneVariants } from './tone.ts';
import { segmentForIndex } from './segment.ts';
import { getLanguage, isLanguageTag } from '../i18n/languages.ts';
import { routeSegments, SECTIONS } from '../site/routes.ts';
import { decodeEntities, escapeHtml } from '../site/html-text.ts';

/** Pagefind weight of the page's h1 (1 is body text; 10 is the most Pagefind allows). */
export const TITLE_WEIGHT = 10;
/** Pagefind weights of the syllable pairs (see pairs.ts) of the title, the summary and the rest of the text. */
export const PAIR_WEIGHTS = { title: 10, summary: 5, body: 1 } as const;

/** Elements whose text is a block of its own: no syllable pair is formed across their edges. */
const BLOCK_TAG_RE =
  /<\/?(?:p|li|ul|ol|dl|dt|dd|h[1-6]|div|section|article|aside|header|footer|nav|table|tr|td|th|caption|figure|figcaption|blockquote|details|summary|br|hr|img|main)\b[^>]*>/gi;

/** The text of some HTML, with a phrase break ("|") at every block edge. */
const blockText = (html: string) => decodeEntities(html.replace(BLOCK_TAG_RE, ' | ').replace(/<[^>]+>/g, ''));

/** The pairs block appended to the indexed copy: title, summary and body pairs, each with its weight. */
function pairsBlock(title: string, summary: string, main: string): string {
  const block = (weight: number, text: string) => {
    const pairs = syllablePairs(text);
    return pairs.length > 0 ? `<p data-pagefind-weight="${weight}">${pairs.join(' ')}</p>` : '';
  };
  return `<div>${PAIRS_MARK}${block(PAIR_WEIGHTS.title, title)}${block(PAIR_WEIGHTS.summary, summary)}${block(PAIR_WEIGHTS.body, blockText(main))}</div>`;
}

const DETAIL_SECTIONS = new Set<string>([SECTIONS.materials, SECTIONS.campaigns, SECTIONS.legal]);

/** True for the pages a reader should find by searching. */
export function isSearchablePath(urlPath: string): boolean {
  if (!urlPath.endsWith('/')) return false;
  const segments = routeSegments(urlPath);
  if (segments.length === 2) return DETAIL_SECTIONS.has(segments[0]!);
  if (segments.length === 1) return segments[0] === SECTIONS.hotlines || !Object.values(SECTIONS).includes(segments[0] as never);
  return false;
}

export interface PreparedPage {
  /** The `<html lang>`: the index this page goes into. */
  lang: string;
  /** The language the main text is in (differs on fallback pages). */
  contentLang: string;
  /** The HTML Pagefind should read. */
  html: string;
}

/**
 * Prepares a built page for the index, or returns null when the page is not searchable.
 * Marks `<main>` as the body to index with a language filter, segments Khmer text, and follows
 * every word Pagefind cannot fold itself (đ, ƀ) with its folded spelling. The copy holds `<main>`
 * only, in the page's own `<html>` element.
 */
/**
 * The language of a built page (`<html lang>`) and the language its main text is in (the wrapper
 * Base.astro sets on a fallback page), or null for a page without `<main>`.
 */
export function pageLanguages(html: string): { lang: string; contentLang: string } | null {
  const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const mainStart = html.search(/<main\b/);
  if (!lang || mainStart < 0) return null;
  const contentLang =
    /^<main\b[^>]*>(?:<p class="notice notice--fallback"[^>]*>[\s\S]*?<\/p>)?\s*<div lang="([^"]+)"/.exec(html.slice(mainStart))?.[1] ??
    lang;
  return { lang, contentLang };
}

/**
 * `fallbackFor`: the languages whose fallback pages show this page's text (src/search/fallback.ts);
 * each becomes a value of the page's FALLBACK_FILTER.
 */
export function preparePage(urlPath: string, html: string, fallbackFor: readonly string[] = []): PreparedPage | null {
  if (!isSearchablePath(urlPath)) return null;
  const languages = pageLanguages(html);
  const mainStart = html.search(/<main\b/);
  const mainEnd = html.lastIndexOf('</main>');
  if (!languages || mainEnd < mainStart) return null;
  const { lang, contentLang } = languages;
  const languageName = isLanguageTag(contentLang) ? getLanguage(contentLang).endonym : contentLang;

  let main = html.slice(mainStart, mainEnd);
  main = main.replace(/^<main\b/, `<main data-pagefind-body data-pagefind-filter="language:${escapeHtml(languageName)}"`);
  // Empty elements: a filter value from the attribute alone adds no word to the page.
  main = main.replace(
    /^<main\b[^>]*>/,
    (open) => open + fallbackFor.map((tag) => `<span data-pagefind-filter="${FALLBACK_FILTER}:${escapeHtml(tag)}"></span>`).join(''),
  );
  // The page title is what a reader most often types; Pagefind's default heading weight is not enough.
  // The title shown in results is the h1 as written, before the changes below.
  const title = decodeEntities(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1]?.replace(/<[^>]+>/g, '') ?? '').trim();
  const summary = decodeEntities(/<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1] ?? '');
  const pairs = pairsBlock(title, summary, main);
  main = main.replace(
    /<h1\b/,
    `<h1 data-pagefind-weight="${TITLE_WEIGHT}"${title ? ` data-pagefind-meta="title:${escapeHtml(title)}"` : ''}`,
  );
  // Text between tags only; attributes and tag names are left alone. Each đ/ƀ word is followed by
  // its folded spelling in the same element, so it keeps the weight of its heading or paragraph.
  main = main.replace(/>([^<]+)</g, (_match, raw: string) => {
    let text = segmentForIndex(raw);
    const withTones = withToneVariants(decodeEntities(text));
    if (withTones !== decodeEntities(text)) text = escapeHtml(withTones);
    if (/[đĐƀɃ]/u.test(text)) text = escapeHtml(withFoldedVariants(decodeEntities(text)));
    return `>${text}<`;
  });
  // Only <main> is indexed: Pagefind is handed the page without its head and chrome, which makes
  // the same index from less HTML to send and parse.
  const htmlTag = /<html\b[^>]*>/.exec(html)![0];
  return {
    lang,
    contentLang,
    html: `<!doctype html>${htmlTag}<head><meta charset="utf-8"></head><body>${main}${pairs}</main></body></html>`,
  };
}
