/**
 * Loudspeaker and radio scripts (bài phát thanh loa): how long a script takes to read aloud, and
 * its plain-text file. Pure.
 *
 * Rate: 150 words a minute, a slow, clear pace for village loudspeakers. Each Vietnamese syllable is
 * written as a word, so this is 150 syllables (2.5 a second). Vietnamese television presenters speak
 * about 4–5 syllables a second in talk programmes; outdoor loudspeakers echo and carry over
 * distance, and many listeners hear Vietnamese as a second language, so scripts are read much more
 * slowly. The figure is a planning estimate for a broadcast slot, not a measured standard: change
 * SPOKEN_WORDS_PER_MINUTE if the agency's announcers read at another pace.
 */

/** Words (for Vietnamese: syllables) read aloud per minute on a loudspeaker. */
export const SPOKEN_WORDS_PER_MINUTE = 150;

/**
 * Words in a text, as Intl.Segmenter finds them for the language: space-separated words and
 * syllables in Latin scripts, dictionary words in Khmer (written without spaces). Numbers count
 * as one word each; punctuation counts for nothing.
 */
export function countWords(text: string, lang = 'vi'): number {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text.normalize('NFC'))) if (segment.isWordLike) words++;
  return words;
}

/** Seconds it takes to read the text aloud, rounded up to the next 10 seconds (0 for no words). */
export function readingSeconds(text: string, lang = 'vi', wordsPerMinute = SPOKEN_WORDS_PER_MINUTE): number {
  const seconds = (countWords(text, lang) * 60) / wordsPerMinute;
  return Math.ceil(seconds / 10) * 10;
}

/** Reading time split for display: whole minutes and the seconds left over. */
export function readingTime(
  text: string,
  lang = 'vi',
  wordsPerMinute = SPOKEN_WORDS_PER_MINUTE,
): { words: number; seconds: number; minutes: number; restSeconds: number } {
  const seconds = readingSeconds(text, lang, wordsPerMinute);
  return { words: countWords(text, lang), seconds, minutes: Math.floor(seconds / 60), restSeconds: seconds % 60 };
}

/** The script's paragraphs (separated by blank lines), each trimmed. */
export function scriptParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The downloadable .txt: the script as written, NFC, LF line ends, nothing added. */
export function scriptText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
