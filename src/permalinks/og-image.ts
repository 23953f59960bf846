/**
 * Share cards (Open Graph / Twitter): one 1200×630 JPEG per page, drawn from an SVG with the
 * page's title in its own language. Pure: the build integration renders and caches the images.
 */
import { createHash } from 'node:crypto';
import { FONT_STACK } from '../i18n/scripts.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Where a page's card lives: `/tai-lieu/x/` → `/og/tai-lieu/x.jpg`, `/` → `/og/index.jpg`. */
export function ogImagePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.jpg`;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Breaks a title into lines of at most `max` characters at word boundaries, using the language's
 * own word segmentation (Khmer has no spaces between words). Adds an ellipsis past `maxLines`.
 */
export function wrapTitle(title: string, lang: string, max = 30, maxLines = 4): string[] {
  // Punctuation stays with the word before it: a line never starts with a comma.
  const words: string[] = [];
  for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(title.normalize('NFC'))) {
    const previous = words.at(-1);
    if (!isWordLike && /^\S+$/u.test(segment) && previous !== undefined && /\S$/u.test(previous))
      words[words.length - 1] = previous + segment;
    else words.push(segment);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.trim() !== '' && [...(line + word)].length > max) {
      lines.push(line.trim());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim() !== '') lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
}

export interface OgCard {
  title: string;
  /** Agency name, shown under the title. */
  site: string;
  lang: string;
}

/** The SVG of a card. Font families are every script's (FONT_STACK), found through fontconfig. */
export function ogSvg({ title, site, lang }: OgCard): string {
  const lines = wrapTitle(title, lang);
  const size = lines.length > 3 ? 60 : 68;
  const top = 120;
  const text = lines.map((line, i) => `<tspan x="80" y="${top + size + i * size * 1.3}">${escapeXml(line)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#5b2a86"/>
<rect y="${OG_HEIGHT - 24}" width="${OG_WIDTH}" height="24" fill="#ffbf47"/>
<text xml:lang="${escapeXml(lang)}" font-family="${FONT_STACK.join(', ')}" font-weight="700" font-size="${size}" fill="#ffffff">${text}</text>
<text x="80" y="${OG_HEIGHT - 70}" font-family="${FONT_STACK.join(', ')}" font-size="30" fill="#f5f0fa">${escapeXml(site)}</text>
</svg>`;
}

/** Cache key of a card: its SVG, so a change of title, site name or drawing makes a new image. */
export function ogCacheKey(svg: string): string {
  return createHash('sha256').update(svg).digest('hex').slice(0, 20);
}

/** What a built page says about its card: its own address and the card it names. */
export interface PageCard extends OgCard {
  /** The page's own path (from og:url). */
  path: string;
  /** The path of the card its og:image names. */
  image: string;
}

/**
 * One card to draw per image path. A page may show another page's card (a poster shows its
 * material's): the card is then drawn from the page that owns the path, and from the first
 * borrower only when no page owns it.
 */
export function cardsToDraw(pages: PageCard[]): Map<string, OgCard> {
  const cards = new Map<string, OgCard>();
  const owned = new Set<string>();
  for (const { path, image, title, site, lang } of pages) {
    const owns = ogImagePath(path) === image;
    if (owned.has(image) || (cards.has(image) && !owns)) continue;
    cards.set(image, { title, site, lang });
    if (owns) owned.add(image);
  }
  return cards;
}

/** A content entry as far as its share card goes. */
export interface CardSource {
  collection: string;
  lang: string;
  title: unknown;
  draft?: unknown;
}

/** Collections whose pages take the entry's own title as their og:title (Base.astro's `title`). */
const TITLED_BY_ENTRY = new Set(['materials', 'campaigns', 'pages', 'quizzes']);

/**
 * The cards the content will most likely need, known before any page is rendered: one per
 * published entry of a collection titled by the entry, in the entry's own language. A guess only:
 * the built pages decide (`cardsToDraw`); a guessed card no page names is simply not copied.
 */
export function likelyCards(entries: CardSource[], site: string): OgCard[] {
  return entries
    .filter((e) => TITLED_BY_ENTRY.has(e.collection) && e.draft !== true && typeof e.title === 'string' && e.title.trim() !== '')
    .map((e) => ({ title: (e.title as string).normalize('NFC'), site, lang: e.lang }));
}
