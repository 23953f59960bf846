import { describe, expect, it } from 'vitest';
import {
  countWords,
  readingSeconds,
  readingTime,
  scriptParagraphs,
  scriptText,
  SPOKEN_WORDS_PER_MINUTE,
} from '../../../src/site/loudspeaker.ts';

const words = (n: number) => Array.from({ length: n }, () => 'tiếng').join(' ');

describe('countWords', () => {
  it('counts Vietnamese syllables as words, numbers as one word, punctuation as nothing', () => {
    expect(countWords('Bình đẳng giới.')).toBe(3);
    expect(countWords('Gọi 113 ngay!  Gọi 111 – miễn phí.')).toBe(7);
    expect(countWords('')).toBe(0);
  });
  it('gives the same count for text typed in NFD', () => {
    expect(countWords('Bình đẳng giới'.normalize('NFD'))).toBe(3);
  });
  it('keeps letters with a combining breve (Jrai, Bahnar) inside their word', () => {
    expect(countWords('Ơ̆ Ư̆ Ê̆', 'jra')).toBe(3);
  });
  it('finds words in Khmer, which has no spaces between words', () => {
    expect(countWords('ខ្សែទូរស័ព្ទជាតិការពារកុមារ', 'km')).toBeGreaterThan(1);
  });
});

describe('reading time', () => {
  it(`reads ${SPOKEN_WORDS_PER_MINUTE} words a minute`, () => {
    expect(SPOKEN_WORDS_PER_MINUTE).toBe(150);
    expect(readingSeconds(words(150))).toBe(60);
    expect(readingSeconds(words(300))).toBe(120);
  });
  it('rounds up to the next 10 seconds', () => {
    expect(readingSeconds(words(151))).toBe(70);
    expect(readingSeconds(words(1))).toBe(10);
    expect(readingSeconds('')).toBe(0);
  });
  it('splits into minutes and seconds, and takes another rate', () => {
    expect(readingTime(words(200))).toEqual({ words: 200, seconds: 80, minutes: 1, restSeconds: 20 });
    expect(readingSeconds(words(200), 'vi', 100)).toBe(120);
  });
});

describe('script text', () => {
  it('the .txt is the text as written, in NFC with LF line ends', () => {
    const text = 'Kính thưa bà con!\r\n\r\nBình đẳng giới.'.normalize('NFD');
    expect(scriptText(text)).toBe('Kính thưa bà con!\n\nBình đẳng giới.');
    expect(scriptText('Một.\n\nHai.')).toBe('Một.\n\nHai.');
  });
  it('paragraphs are split at blank lines', () => {
    expect(scriptParagraphs('Một.\nvẫn một.\n\n  \nHai.\r\n\r\nBa.')).toEqual(['Một.\nvẫn một.', 'Hai.', 'Ba.']);
  });
});
