/**
 * Cross-check of a "Hiểu đúng – hiểu sai" material: each provision of its legal basis is a document
 * of the library and, when an article is named, one of that document's key provisions, so the link
 * lands on a real anchor.
 */
import type { CheckedEntry, ContentProblem } from './problems.ts';
import type { ContentFile } from './files.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { legalNumberKey } from '../legal/number.ts';

interface MythData {
  basis: { number: string; article?: string }[];
}

export function checkMythBasis(file: ContentFile, data: Record<string, unknown>, entries: readonly CheckedEntry[]): ContentProblem[] {
  const myth = data.myth as MythData | undefined;
  if (data.kind !== 'myth' || !myth) return [];
  const library = new Map(
    entries
      .filter((e) => e.file.collection === 'legal' && e.file.lang === DEFAULT_LANGUAGE)
      .map((e) => [legalNumberKey(String(e.data.number)), (e.data.provisions as { article: string }[] | undefined) ?? []]),
  );
  const problems: ContentProblem[] = [];
  myth.basis.forEach(({ number, article }, index) => {
    const at = (key: 'number' | 'article', message: string) =>
      problems.push({
        path: file.path,
        line: file.lineOf(['myth', 'basis', index, key]),
        field: `myth.basis.${index}.${key}`,
        fieldTitle: key === 'number' ? 'Căn cứ pháp luật › Số hiệu văn bản' : 'Căn cứ pháp luật › Điều',
        message,
      });
    const provisions = library.get(legalNumberKey(number));
    if (!provisions) {
      at('number', `Căn cứ ${index + 1}: văn bản "${number}" chưa có trong thư viện văn bản. Hãy thêm văn bản đó, hoặc sửa số hiệu.`);
    } else if (article && !provisions.some((p) => p.article === article)) {
      const listed = provisions.map((p) => p.article).join(', ') || 'chưa có điều nào';
      at(
        'article',
        `Căn cứ ${index + 1}: Điều ${article} chưa có trong mục "Điều khoản chính" của văn bản ${number} (hiện có: ${listed}). Hãy thêm điều đó vào văn bản, chọn điều khác, hoặc để trống ô Điều.`,
      );
    }
  });
  return problems;
}
