/**
 * Glossary look-ups for the translation files: which key terms a Vietnamese segment contains, and
 * whether a translated segment uses the glossary's rendering of each. Pure; matching is on NFC text,
 * ignoring case, and a longer term wins over one it contains ("bạo lực gia đình" over "bạo lực").
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';

const fold = (text: string, lang: string) => text.normalize('NFC').toLocaleLowerCase(lang);

/** The glossary terms found in a Vietnamese text, longest first, none inside another one found. */
export function termsIn(source: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  let text = fold(source, 'vi');
  const found: GlossaryTerm[] = [];
  for (const term of [...terms].sort((a, b) => b.source.length - a.source.length)) {
    const key = fold(term.source, 'vi');
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u');
    if (pattern.test(text)) {
      found.push(term);
      text = text.replace(new RegExp(pattern.source, 'gu'), ' ');
    }
  }
  return found;
}

/** The note shown beside a segment: each term and its rendering, or that the glossary has none yet. */
export function glossaryNote(source: string, terms: readonly GlossaryTerm[]): string {
  const found = termsIn(source, terms);
  if (found.length === 0) return '';
  return `Thuật ngữ: ${found.map((term) => `${term.source} → ${term.target ? `${term.target}${term.reviewed ? '' : ' (chưa duyệt)'}` : '(chưa có cách dịch)'}`).join('; ')}`;
}

/** The terms of the source whose glossary rendering the target lacks (terms without a rendering are not checked). */
export function missingTerms(source: string, target: string, terms: readonly GlossaryTerm[], lang: string): GlossaryTerm[] {
  const translated = fold(target, lang);
  return termsIn(source, terms).filter((term) => term.target && !translated.includes(fold(term.target, lang)));
}
