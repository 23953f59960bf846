/**
 * Finds Vietnamese document numbers in running text, so that citations become links and unknown
 * numbers can be reported. One resolver for text, `LegalRef` and the `legal` frontmatter list:
 * everything is compared by `legalNumberKey`.
 */
import { legalNumberKey, parseLegalNumber } from './number.ts';

/** A number found in text. */
export interface LegalMention {
  /** The text as written, e.g. `125/2021/ND - CP`. */
  raw: string;
  /** The printed form, e.g. `125/2021/NĐ-CP`. */
  number: string;
  /** Comparison key shared with the library index. */
  key: string;
  /** Offsets of `raw` in the text. */
  start: number;
  end: number;
}

// Codes start with a capital letter (TTg, QyĐ, CTr, CTTN&BĐG); spaces may surround hyphens.
const CODE = '[A-ZĐ][A-Za-zĐđ0-9&]*';
const HYPHEN = '[ \\t\\u00a0]*-[ \\t\\u00a0]*';
const SERIAL = '\\d{1,5}';
const CANDIDATE = new RegExp(
  [
    `${SERIAL}/\\d{4}/QH\\d{1,2}`, // 73/2006/QH11
    `${SERIAL}/\\d{4}/${CODE}${HYPHEN}${CODE}`, // 125/2021/NĐ-CP
    `${SERIAL}/${CODE}${HYPHEN}${CODE}`, // 28/NQ-CP, 739/BNV-CTTN&BĐG
    `${SERIAL}${HYPHEN}${CODE}/${CODE}`, // 21-CT/TW
  ]
    // Not glued to a longer word or number on either side (dates, phone numbers, fractions stay out).
    .map((form) => `(?<![\\p{L}\\p{N}/.,&-])${form}(?![\\p{L}\\p{N}&]|/[\\p{L}\\p{N}])`)
    .join('|'),
  'gu',
);

/** Every document number in `text`, in order. Dates, phone numbers and fractions never match. */
export function findLegalNumbers(text: string): LegalMention[] {
  const found: LegalMention[] = [];
  for (const match of text.normalize('NFC').matchAll(CANDIDATE)) {
    const raw = match[0];
    const parsed = parseLegalNumber(raw);
    if (!parsed) continue;
    found.push({ raw, number: parsed.number, key: legalNumberKey(parsed.number), start: match.index, end: match.index + raw.length });
  }
  return found;
}

/** A document number that appears in a content file but is not in the library. */
export interface UnknownMention {
  path: string;
  line: number;
  number: string;
}

/** Unknown numbers of one body, with the file line of each (bodyLine is the body's first line). */
export function unknownMentions(path: string, body: string, bodyLine: number, known: ReadonlySet<string>): UnknownMention[] {
  const out: UnknownMention[] = [];
  body.split('\n').forEach((text, index) => {
    for (const mention of findLegalNumbers(text)) {
      if (!known.has(mention.key)) out.push({ path, line: bodyLine + index, number: mention.number });
    }
  });
  return out;
}

/** Keys of every document a page cites: its `legal` list, its `LegalRef`s and its text mentions. */
export function citedKeys(body: string, frontmatterLegal: readonly string[] = []): Set<string> {
  const keys = new Set(frontmatterLegal.map(legalNumberKey));
  // LegalRef's number attribute is text too, so one scan covers both.
  for (const mention of findLegalNumbers(body)) keys.add(mention.key);
  return keys;
}
