/**
 * Cuts an MDX body into the sentences a translator fills in, and puts the translated sentences back.
 * Markdown syntax, author components, inline code, link and image URLs never reach the translator:
 * each becomes a numbered placeholder, ⟦1⟧ for a piece kept whole (a component, code) and ⟦1⟧…⟦/1⟧
 * around text that is translated (bold, a link's words). A line of components alone is kept as it is,
 * except the words of its `title`, `question` and `caption` attributes. Pure: strings in, strings out.
 */

/** One sentence (or attribute, or frontmatter field) to translate. */
export interface Segment {
  /** Stable within one version of the source: `body.<line>.<n>`, `body.<line>.<attribute>` or a frontmatter path. */
  id: string;
  /** The Vietnamese text, with placeholders. */
  source: string;
}

/** A placeholder of one segment and the markup it stands for. */
interface Slot {
  token: string;
  markup: string;
}

interface SegmentPiece {
  id: string;
  source: string;
  slots: Slot[];
  /** A JSX attribute value: no markup, and no double quote may end up in it. */
  attribute?: boolean;
}

type Piece = string | SegmentPiece;

export interface SegmentedBody {
  segments: Segment[];
  /** The body again, each segment replaced by `targets.get(id)` (placeholders turned back into markup). */
  render: (targets: ReadonlyMap<string, string>) => string;
}

/** The attributes of author components whose values are words to translate. */
const TEXT_ATTRIBUTES = ['title', 'question', 'caption'];

const FENCE = /^\s*(`{3,}|~{3,})/;
const COMPONENT_LINE = /^\s*(?:<\/?[A-Za-z][\w.]*(?:\s+[\w:-]+(?:="[^"]*")?)*\s*\/?>\s*)+$/;
const BLOCK_PREFIX = /^(\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+|>\s?)*)/;
const TOKEN = /⟦(\/?)(\d+)⟧/g;

/** The inline markup of one line of prose, in order: kept whole, or opening/closing a translated span. */
type Mark = { at: number; end: number; kind: 'whole' | 'open' | 'close'; text: string; pair?: number };

function inlineMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const open: { tag: string; index: number }[] = [];
  let pairs = 0;
  const pushPair = (openMark: Omit<Mark, 'kind' | 'pair'>, closeMark: Omit<Mark, 'kind' | 'pair'>) => {
    const pair = ++pairs;
    marks.push({ ...openMark, kind: 'open', pair }, { ...closeMark, kind: 'close', pair });
  };
  const pattern =
    /(\\.)|(`+)([^`]*?)\2|(<https?:[^>\s]+>)|(<\/?[A-Za-z][\w.]*(?:\s+[\w:-]+(?:="[^"]*")?)*\s*\/?>)|(!?\[)((?:[^\]\\]|\\.)*)(\]\([^)\s]*(?:\s+"[^"]*")?\))|(\*\*|__)(?=\S)([\s\S]*?\S)\9|(\*)(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/g;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    const whole = match[0];
    if (match[1] || match[2] || match[4]) marks.push({ at, end: at + whole.length, kind: 'whole', text: whole });
    else if (match[5]) {
      const tag = match[5];
      const name = /^<\/?([\w.]+)/.exec(tag)![1]!;
      if (tag.endsWith('/>')) marks.push({ at, end: at + tag.length, kind: 'whole', text: tag });
      else if (tag.startsWith('</')) {
        const last = open.findLastIndex((item) => item.tag === name);
        if (last < 0) marks.push({ at, end: at + tag.length, kind: 'whole', text: tag });
        else {
          const opening = marks[open[last]!.index]!;
          const pair = ++pairs;
          opening.kind = 'open';
          opening.pair = pair;
          marks.push({ at, end: at + tag.length, kind: 'close', text: tag, pair });
          open.splice(last, 1);
        }
      } else {
        open.push({ tag: name, index: marks.length });
        marks.push({ at, end: at + tag.length, kind: 'whole', text: tag });
      }
    } else if (match[6]) {
      const inner = match[7]!;
      pushPair(
        { at, end: at + match[6].length, text: match[6] },
        { at: at + match[6].length + inner.length, end: at + whole.length, text: match[8]! },
      );
      // The link's words may hold markup of their own.
      for (const mark of inlineMarks(inner))
        marks.push({
          ...mark,
          at: mark.at + at + match[6].length,
          end: mark.end + at + match[6].length,
          pair: mark.pair && mark.pair + 1000 * pairs,
        });
    } else {
      const marker = (match[9] ?? match[11])!;
      const inner = (match[10] ?? match[12])!;
      pushPair(
        { at, end: at + marker.length, text: marker },
        { at: at + marker.length + inner.length, end: at + whole.length, text: marker },
      );
      for (const mark of inlineMarks(inner))
        marks.push({
          ...mark,
          at: mark.at + at + marker.length,
          end: mark.end + at + marker.length,
          pair: mark.pair && mark.pair + 1000 * pairs,
        });
    }
  }
  return marks.sort((a, b) => a.at - b.at);
}

const hasWords = (text: string) => /\p{L}/u.test(text.replace(TOKEN, ''));

/** Splits one line of prose into sentences with their placeholders, and the text kept between them. */
function proseLine(text: string, line: number, segmenter: Intl.Segmenter): Piece[] {
  const marks = inlineMarks(text);
  // The line with every mark replaced by a private-use character, so that sentences are cut on words only.
  const units: { text: string; mark?: Mark }[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.at < cursor) continue;
    if (mark.at > cursor) units.push(...[...text.slice(cursor, mark.at)].map((char) => ({ text: char })));
    units.push({ text: '\uE000', mark });
    cursor = mark.end;
  }
  units.push(...[...text.slice(cursor)].map((char) => ({ text: char })));
  const masked = units.map((unit) => unit.text).join('');
  // Sentences, merged while a translated span is open across them.
  const sentences: { from: number; to: number }[] = [];
  const unitIndex: number[] = [];
  units.forEach((unit, index) => {
    for (let i = 0; i < unit.text.length; i++) unitIndex.push(index);
  });
  const openPairs = new Set<number>();
  for (const { index, segment } of segmenter.segment(masked)) {
    const from = unitIndex[index]!;
    const to = unitIndex[index + segment.length - 1]! + 1;
    const previous = sentences.at(-1);
    if (previous && openPairs.size > 0) previous.to = to;
    else sentences.push({ from, to });
    for (const unit of units.slice(from, to)) {
      if (unit.mark?.kind === 'open') openPairs.add(unit.mark.pair!);
      if (unit.mark?.kind === 'close') openPairs.delete(unit.mark.pair!);
    }
  }
  const pieces: Piece[] = [];
  sentences.forEach(({ from, to }, n) => {
    const part = units.slice(from, to);
    // Leading and trailing white space and marks kept whole stay outside the segment.
    let start = 0;
    let end = part.length;
    while (start < end && (/^\s$/.test(part[start]!.text) || (part[start]!.mark?.kind === 'whole' && !hasWordsAfter(part, start, end))))
      start++;
    while (end > start && /^\s$/.test(part[end - 1]!.text)) end--;
    const raw = (units: typeof part) => units.map((unit) => unit.mark?.text ?? unit.text).join('');
    pieces.push(raw(part.slice(0, start)));
    const inner = part.slice(start, end);
    if (
      !hasWords(
        inner
          .filter((unit) => !unit.mark)
          .map((unit) => unit.text)
          .join(''),
      )
    )
      pieces.push(raw(inner));
    else {
      const slots: Slot[] = [];
      const numbers = new Map<number, number>();
      let source = '';
      for (const unit of inner) {
        if (!unit.mark) source += unit.text;
        else {
          const { mark } = unit;
          let token: string;
          if (mark.kind === 'whole') token = `⟦${slots.filter((slot) => !slot.token.startsWith('⟦/')).length + 1}⟧`;
          else if (mark.kind === 'open') {
            const number = slots.filter((slot) => !slot.token.startsWith('⟦/')).length + 1;
            numbers.set(mark.pair!, number);
            token = `⟦${number}⟧`;
          } else token = `⟦/${numbers.get(mark.pair!)}⟧`;
          slots.push({ token, markup: mark.text });
          source += token;
        }
      }
      pieces.push({ id: `body.${line}.${n + 1}`, source, slots });
    }
    pieces.push(raw(part.slice(end)));
  });
  return pieces;
}

function hasWordsAfter(part: { text: string; mark?: Mark }[], from: number, to: number): boolean {
  // A leading component (e.g. <LegalRef … />) that starts a sentence belongs to it when words follow.
  return hasWords(
    part
      .slice(from + 1, to)
      .filter((unit) => !unit.mark)
      .map((unit) => unit.text)
      .join(''),
  );
}

/** A line of author components: kept, with the words of their text attributes as segments. */
function componentLine(text: string, line: number): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  const pattern = new RegExp(`(\\s(${TEXT_ATTRIBUTES.join('|')})=")([^"]*)"`, 'g');
  for (const match of text.matchAll(pattern)) {
    if (!hasWords(match[3]!)) continue;
    const valueAt = match.index + match[1]!.length;
    pieces.push(text.slice(cursor, valueAt));
    pieces.push({ id: `body.${line}.${match[2]}`, source: match[3]!, slots: [], attribute: true });
    cursor = valueAt + match[3]!.length;
  }
  pieces.push(text.slice(cursor));
  return pieces;
}

/** The segments of an MDX body (without its frontmatter); `firstLine` is the file line of the body's first line. */
export function segmentBody(body: string, firstLine = 1): SegmentedBody {
  const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });
  const pieces: Piece[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    if (index > 0) pieces.push('\n');
    const line = firstLine + index;
    const marker = FENCE.exec(text)?.[1];
    if (fence || marker) {
      if (fence && marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      else if (!fence && marker) fence = marker;
      pieces.push(text);
      return;
    }
    if (!hasWords(text) || /^\s*<!--.*-->\s*$/.test(text) || /^\s*\|?[\s|:-]+\|?\s*$/.test(text)) return void pieces.push(text);
    if (COMPONENT_LINE.test(text)) return void pieces.push(...componentLine(text, line));
    const prefix = BLOCK_PREFIX.exec(text)![1]!;
    pieces.push(prefix, ...proseLine(text.slice(prefix.length), line, segmenter));
  });
  const segments = pieces.filter((piece): piece is SegmentPiece => typeof piece !== 'string').map(({ id, source }) => ({ id, source }));
  const byId = new Map(pieces.filter((piece): piece is SegmentPiece => typeof piece !== 'string').map((piece) => [piece.id, piece]));
  return {
    segments,
    render: (targets) =>
      pieces
        .map((piece) => {
          if (typeof piece === 'string') return piece;
          const target = targets.get(piece.id) ?? piece.source;
          // An attribute value is written in double quotes: the translator's quotes become typographic ones.
          if (piece.attribute)
            return target
              .replace(/"([^"]*)"/g, '“$1”')
              .replace(/"/g, '“')
              .replace(/[{}<]/g, '');
          return restoreMarkup(target, byId.get(piece.id)!.slots);
        })
        .join(''),
  };
}

/** Escapes what MDX would read as markup in a translator's words. */
const escapeProse = (text: string) => text.replace(/[\\{}<>[\]*`]/g, (char) => `\\${char}`);

function restoreMarkup(target: string, slots: readonly Slot[]): string {
  const markup = new Map(slots.map((slot) => [slot.token, slot.markup]));
  let out = '';
  let cursor = 0;
  for (const match of target.matchAll(TOKEN)) {
    out += escapeProse(target.slice(cursor, match.index));
    out += markup.get(match[0]) ?? '';
    cursor = match.index + match[0].length;
  }
  return out + escapeProse(target.slice(cursor));
}

/** The placeholders of a text, in order. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(TOKEN)].map((match) => match[0]);

/**
 * What is wrong with the placeholders of a translated segment, in Vietnamese (empty when nothing):
 * each placeholder of the source exactly once, none other, each ⟦n⟧ before its ⟦/n⟧.
 */
export function placeholderProblems(source: string, target: string): string[] {
  const expected = placeholdersOf(source);
  const found = placeholdersOf(target);
  const problems: string[] = [];
  for (const token of expected) {
    const count = found.filter((item) => item === token).length;
    if (count === 0) problems.push(`thiếu ký hiệu ${token}`);
    else if (count > 1) problems.push(`ký hiệu ${token} bị lặp ${count} lần`);
  }
  for (const token of new Set(found))
    if (!expected.includes(token)) problems.push(`ký hiệu ${token} không có trong bản tiếng Việt (có thể đã bị sửa)`);
  if (problems.length === 0) {
    for (const token of expected.filter((item) => item.startsWith('⟦/'))) {
      const opening = token.replace('⟦/', '⟦');
      if (found.indexOf(opening) > found.indexOf(token)) problems.push(`${opening} phải đứng trước ${token}`);
    }
  }
  return problems;
}
