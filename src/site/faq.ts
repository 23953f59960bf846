/**
 * Q&A materials: the question/answer pairs of an MDX body (`<FAQ question="…">answer</FAQ>`)
 * as plain text, and the schema.org FAQPage JSON-LD built from them.
 */

export interface FaqPair {
  question: string;
  /** The answer as plain text (components and Markdown marks removed). */
  answer: string;
}

const FAQ_BLOCK = /<FAQ\s+question="([^"]*)"\s*>([\s\S]*?)<\/FAQ>/g;
const LEGAL_REF_EMPTY = /<LegalRef\b([^>]*?)\/>/g;
const LEGAL_REF_WITH_TEXT = /<LegalRef\b[^>]*>([\s\S]*?)<\/LegalRef>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`);

/** How a `<LegalRef number article />` without text reads, e.g. "Điều 5 73/2006/QH11". */
export type LegalRefLabel = (number: string, article?: string) => string;

/** Markdown and MDX to one line of plain text. */
function plainText(markdown: string, label: LegalRefLabel): string {
  return markdown
    .replace(LEGAL_REF_WITH_TEXT, '$1')
    .replace(LEGAL_REF_EMPTY, (_m, attributes: string) => label(ATTRIBUTE('number').exec(attributes)?.[1] ?? '', ATTRIBUTE('article').exec(attributes)?.[1]))
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S[\s\S]*?)\1/g, '$2')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** The question/answer pairs of a body, in order. */
export function faqPairs(body: string, label: LegalRefLabel): FaqPair[] {
  return [...body.matchAll(FAQ_BLOCK)].map(([, question, answer]) => ({
    question: question!.trim().normalize('NFC'),
    answer: plainText(answer!, label),
  }));
}

/** schema.org FAQPage for the pairs. */
export function faqPageJsonLd(pairs: readonly FaqPair[], options: { url?: string; inLanguage?: string } = {}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...(options.url ? { url: options.url } : {}),
    ...(options.inLanguage ? { inLanguage: options.inLanguage } : {}),
    mainEntity: pairs.map((pair) => ({
      '@type': 'Question',
      name: pair.question,
      acceptedAnswer: { '@type': 'Answer', text: pair.answer },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that the text cannot close the script. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
