/**
 * Kits for people who spread the word: the printable meeting kit of a material (bộ họp thôn) and
 * its social-media pack (post texts for Zalo and Facebook). Pure: what the pages, the plain-text
 * file and the ZIP show, worked out from the material, its campaign and the site's settings.
 */
import type { Translate } from '../i18n/translate.ts';
import type { Kit } from '../schemas/kit.ts';
import { hotlineCaveat, type HotlineTerms } from './hotline-terms.ts';
import { scriptText } from './loudspeaker.ts';

/** Longest post the pack offers, in characters (code points): both networks take far more, readers far less. */
export const POST_MAX_CHARS = 2000;

/** A line printed in the kit: number, name and the caveat of a paid or non-state line. */
export interface KitHotline {
  number: string;
  name: string;
  caveat: string;
}

/** The featured lines with their caveats, in the page's language. */
export function kitHotlines(lines: readonly (HotlineTerms & { number: string; name: string })[], t: Translate): KitHotline[] {
  return lines.map((line) => ({ number: line.number, name: line.name, caveat: hotlineCaveat(line, t) }));
}

/** Everything a meeting kit shows. */
export interface MeetingKit {
  title: string;
  messages: string[];
  questions: string[];
  hotlines: KitHotline[];
  /** The material's short link, as printed and as its QR code holds it. */
  shortUrl: string;
}

export function meetingKit(title: string, kit: Kit, hotlines: KitHotline[], shortUrl: string): MeetingKit {
  return { title: title.normalize('NFC'), messages: [...kit.messages], questions: [...kit.questions], hotlines, shortUrl };
}

/** The message the share images show (the editor's `imageMessage`, counted from 1). */
export const imageMessage = (kit: Kit): string => kit.messages[kit.imageMessage - 1] ?? kit.messages[0]!;

/**
 * The plain text read aloud at the meeting: the material's loudspeaker script where it has one
 * (as written), otherwise the title, the key messages, the questions and the hotlines, as sentences.
 */
export function readAloudText(kit: MeetingKit, t: Translate, loudspeaker?: string): string {
  if (loudspeaker !== undefined) return scriptText(loudspeaker);
  const lines = [
    kit.title,
    '',
    `${t('kit.messages')}:`,
    ...kit.messages.map((m, i) => `${i + 1}. ${m}`),
    '',
    `${t('kit.questions')}:`,
    ...kit.questions.map((q, i) => `${i + 1}. ${q}`),
    '',
    `${t('kit.hotlines')}:`,
    ...kit.hotlines.map((h) => `${h.number}: ${h.name}${h.caveat ? ` (${h.caveat})` : ''}`),
    '',
  ];
  return lines.join('\n').normalize('NFC');
}

export const NETWORKS = ['zalo', 'facebook'] as const;
export type Network = (typeof NETWORKS)[number];

export interface PostInput {
  title: string;
  summary: string;
  messages: readonly string[];
  /** The message the images show; Zalo's short post leads with it. */
  message: string;
  /** The short link, exactly as shared: no tracking parameters. */
  link: string;
  hashtags: readonly string[];
}

const length = (text: string) => [...text].length;

/** Cuts a text to `max` characters at a word boundary, with an ellipsis. */
function cut(text: string, max: number): string {
  if (length(text) <= max) return text;
  const chars = [...text].slice(0, Math.max(0, max - 1)).join('');
  const space = chars.lastIndexOf(' ');
  return `${(space > max / 2 ? chars.slice(0, space) : chars).trimEnd()}…`;
}

/**
 * A ready-to-paste post: Zalo gets the title, the image's message and the link; Facebook also the
 * summary and every key message. Never longer than POST_MAX_CHARS: the summary and the messages
 * give way first; the link and the hashtags always stay.
 */
export function postText(network: Network, input: PostInput, t: Translate): string {
  const tail = [`${t('pack.readMore')}: ${input.link}`, ...(input.hashtags.length > 0 ? [input.hashtags.join(' ')] : [])].join('\n');
  const body =
    network === 'zalo' ? [input.title, '', input.message] : [input.title, '', input.summary, '', ...input.messages.map((m) => `✔ ${m}`)];
  const room = POST_MAX_CHARS - length(tail) - 2;
  const text = `${cut(body.join('\n').trim(), room)}\n\n${tail}`;
  return text.normalize('NFC');
}

/** WCAG 2.2 relative luminance of an sRGB colour written #rrggbb. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((c) => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 2.2 AA for text (1.4.3): at least 4.5:1, whatever the size. */
export const MIN_CONTRAST = 4.5;

/** Throws unless every text colour meets MIN_CONTRAST on its background. */
export function assertContrast(pairs: readonly { text: string; background: string; what: string }[]): void {
  for (const { text, background, what } of pairs) {
    const ratio = contrastRatio(text, background);
    if (ratio < MIN_CONTRAST) throw new Error(`Độ tương phản của ${what} chỉ ${ratio.toFixed(2)}:1, cần ít nhất ${MIN_CONTRAST}:1.`);
  }
}
