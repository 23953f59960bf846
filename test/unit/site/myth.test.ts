import { describe, expect, it } from 'vitest';
import { basisLinks, claimReviewJsonLd } from '../../../src/site/myth.ts';

const library: Record<string, { url: string; number: string; title: string }> = {
  '13/2022/QH15': { url: '/tyz/van-ban/luat-pcbl/', number: '13/2022/QH15', title: 'Luật Phòng, chống bạo lực gia đình' },
};

describe('basisLinks', () => {
  it('links each document of the basis to its page in the reader language', () => {
    expect(basisLinks(['13/2022/QH15'], (n) => library[n])).toEqual([
      { href: '/tyz/van-ban/luat-pcbl/', label: '13/2022/QH15', title: 'Luật Phòng, chống bạo lực gia đình' },
    ]);
  });
  it('names a document missing from the library', () => {
    expect(() => basisLinks(['99/2099/QH99'], (n) => library[n])).toThrow('"99/2099/QH99" chưa có trong thư viện văn bản');
  });
});

describe('claimReviewJsonLd', () => {
  const options = {
    url: 'https://x.vn/tai-lieu/a/',
    inLanguage: 'vi',
    agency: 'Sở Nội vụ',
    datePublished: '2026-11-16',
    verdictLabel: 'Sai',
    headline: 'Hiểu đúng',
  };
  it('rates a false claim 1 of 3, with the claim as people say it', () => {
    const json = claimReviewJsonLd({ claim: 'Chuyện vợ chồng đóng cửa bảo nhau.', verdict: 'false' }, options);
    expect(json).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Chuyện vợ chồng đóng cửa bảo nhau.',
      author: { '@type': 'Organization', name: 'Sở Nội vụ' },
      reviewRating: { ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: 'Sai' },
      url: 'https://x.vn/tai-lieu/a/',
    });
  });
  it('rates a misleading claim 2 and a true claim 3', () => {
    expect(claimReviewJsonLd({ claim: 'x', verdict: 'misleading' }, options).reviewRating.ratingValue).toBe(2);
    expect(claimReviewJsonLd({ claim: 'x', verdict: 'true' }, options).reviewRating.ratingValue).toBe(3);
  });
});
