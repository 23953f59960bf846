/**
 * Khmer is written without spaces between words, and Pagefind splits words on spaces, so a
 * whole Khmer phrase would become one "word". We put a space between the words that
 * `Intl.Segmenter('km')` finds, both in the text we index and in the reader's query.
 *
 * Self-contained on purpose (no imports, no outer names): the browser test runs this very
 * function inside Chromium to segment queries the same way the search page does.
 */
export function segmentKhmer(text: string): string {
  const segmenter = new Intl.Segmenter('km', { granularity: 'word' });
  return text.replace(/[\u1780-\u17FF\u19E0-\u19FF]+/gu, (run) => {
    const words: string[] = [];
    for (const part of segmenter.segment(run)) words.push(part.segment);
    return ` ${words.join(' ')} `;
  }).replace(/ {2,}/g, ' ');
}
