/**
 * "Hiểu đúng – hiểu sai" materials: the links of a claim's legal basis, and the schema.org
 * ClaimReview that tells search engines the agency has checked the claim.
 */
import type { Myth, MythVerdict } from '../schemas/myth.ts';

/** ClaimReview's rating scale: 1 false, 2 misleading, 3 true. */
export const VERDICT_RATING: Record<MythVerdict, number> = { false: 1, misleading: 2, true: 3 };

export interface BasisLink {
  href: string;
  /** "Điều 3 Luật …" style label: the article (if any) and the document's number. */
  label: string;
  /** The document's full title, for the link's title and its text after the number. */
  title: string;
}

/**
 * One link per provision of the basis, to the document's page in the reader's language and to the
 * article's anchor there (the legal page marks each explained provision `#dieu-<n>`).
 */
export function basisLinks(
  basis: Myth['basis'],
  lookup: (number: string) => { url: string; number: string; title: string } | undefined,
  articleLabel: (article: string) => string,
): BasisLink[] {
  return basis.map(({ number, article }) => {
    const doc = lookup(number);
    if (!doc) throw new Error(`Căn cứ pháp luật "${number}" chưa có trong thư viện văn bản (content/legal).`);
    return { href: doc.url + (article ? `#dieu-${article}` : ''), label: `${article ? `${articleLabel(article)} ` : ''}${doc.number}`, title: doc.title };
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
