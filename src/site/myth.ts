/**
 * "Hiểu đúng – hiểu sai" materials: the links of a claim's legal basis, and the schema.org
 * ClaimReview that tells search engines the agency has checked the claim.
 */
import type { Myth, MythVerdict } from '../schemas/myth.ts';

/** ClaimReview's rating scale: 1 false, 2 misleading, 3 true. */
export const VERDICT_RATING: Record<MythVerdict, number> = { false: 1, misleading: 2, true: 3 };

export interface BasisLink {
  href: string;
  /** The document's number, e.g. 13/2022/QH15. */
  label: string;
  /** The document's full title. */
  title: string;
}

/** One link per document of the legal basis (the material's legal numbers), to its page in the reader's language. */
export function basisLinks(
  numbers: readonly string[],
  lookup: (number: string) => { url: string; number: string; title: string } | undefined,
): BasisLink[] {
  return numbers.map((number) => {
    const doc = lookup(number);
    if (!doc) throw new Error(`Căn cứ pháp luật "${number}" chưa có trong thư viện văn bản (content/legal).`);
    return { href: doc.url, label: doc.number, title: doc.title };
  });
}

/** schema.org ClaimReview of one myth. */
export function claimReviewJsonLd(
  myth: Pick<Myth, 'claim' | 'verdict'>,
  options: { url?: string; inLanguage: string; agency: string; datePublished: string; verdictLabel: string; headline: string },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(options.url ? { url: options.url } : {}),
    inLanguage: options.inLanguage,
    headline: options.headline,
    datePublished: options.datePublished,
    claimReviewed: myth.claim,
    author: { '@type': 'Organization', name: options.agency },
    itemReviewed: { '@type': 'Claim', name: myth.claim },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: VERDICT_RATING[myth.verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: options.verdictLabel,
    },
  };
}
