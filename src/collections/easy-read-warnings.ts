/**
 * Easy-read sentences that are too long: a warning, not an error. Every build, dev start and
 * `npm run check:content` prints, in Vietnamese, the file, the block ("Bản dễ đọc, đoạn 2"), the
 * sentence's first words and its length. The limit is the site setting `easyReadMaxWords`.
 * Words are counted in the language of the file (src/site/easy-read.ts). Pure.
 */
import { DEFAULT_EASY_READ_MAX_WORDS } from '../schemas/settings.ts';
import { longSentences } from '../site/easy-read.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';

/** Every sentence over `maxWords` words in the easy-read versions of the checked materials. */
export function easyReadWarnings(entries: readonly CheckedEntry[], maxWords = DEFAULT_EASY_READ_MAX_WORDS): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const { file, data } of entries) {
    if (file.collection !== 'materials' || !Array.isArray(data.easyRead)) continue;
    (data.easyRead as { text?: unknown }[]).forEach((block, index) => {
      if (typeof block.text !== 'string') return;
      for (const sentence of longSentences(block.text, maxWords, file.lang)) {
        out.push({
          path: file.path,
          line: file.lineOf(['easyRead', index, 'text']),
          field: `easyRead.${index}.text`,
          fieldTitle: `Bản dễ đọc, đoạn ${index + 1}`,
          message: `Câu "${sentence.start}" dài ${sentence.words} từ, quá ${maxWords} từ cho bản dễ đọc. Hãy tách thành những câu ngắn hơn, mỗi ý một câu. (Số từ tối đa đặt trong Cài đặt trang, mục "Bản dễ đọc: số từ tối đa của một câu".)`,
        });
      }
    });
  }
  return out;
}
