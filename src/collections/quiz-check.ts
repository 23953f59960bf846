/**
 * Cross-check of a quiz: every answer cites a document of the library and one of that
 * document's key provisions, so that the link under each explanation lands on a real anchor.
 */
import type { CheckedEntry, ContentProblem } from './problems.ts';
import type { ContentFile } from './files.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { legalNumberKey } from '../legal/number.ts';

interface QuizQuestionData {
  cite: { number: string; article: string };
}

export function checkQuizCitations(file: ContentFile, data: Record<string, unknown>, entries: readonly CheckedEntry[]): ContentProblem[] {
  const library = new Map(
    entries
      .filter((e) => e.file.collection === 'legal' && e.file.lang === DEFAULT_LANGUAGE)
      .map((e) => [legalNumberKey(String(e.data.number)), (e.data.provisions as { article: string }[] | undefined) ?? []]),
  );
  const problems: ContentProblem[] = [];
  (data.questions as QuizQuestionData[]).forEach(({ cite }, index) => {
    const at = (key: string, message: string) =>
      problems.push({
        path: file.path,
        line: file.lineOf(['questions', index, 'cite', key]),
        field: `questions.${index}.cite.${key}`,
        fieldTitle: key === 'number' ? 'Căn cứ pháp lý › Số hiệu văn bản' : 'Căn cứ pháp lý › Điều',
        message,
      });
    const provisions = library.get(legalNumberKey(cite.number));
    if (!provisions) {
      at('number', `Câu ${index + 1}: văn bản "${cite.number}" chưa có trong thư viện văn bản. Hãy thêm văn bản đó, hoặc sửa số hiệu.`);
    } else if (!provisions.some((p) => p.article === cite.article)) {
      const listed = provisions.map((p) => p.article).join(', ') || 'chưa có điều nào';
      at(
        'article',
        `Câu ${index + 1}: Điều ${cite.article} chưa có trong mục "Điều khoản chính" của văn bản ${cite.number} (hiện có: ${listed}). Hãy thêm điều đó vào văn bản, hoặc chọn điều khác.`,
      );
    }
  });
  return problems;
}
