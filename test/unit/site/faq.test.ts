import { describe, expect, it } from 'vitest';
import { faqPageJsonLd, faqPairs, jsonLdText } from '../../../src/site/faq.ts';

const label = (number: string, article?: string) => (article ? `Điều ${article} ${number}` : number);
const body = `Mở đầu.

<FAQ question="Bình đẳng giới là gì?">
Theo <LegalRef number="73/2006/QH11" article="5" />, **bình đẳng giới** là nam, nữ ngang nhau.
</FAQ>

<FAQ question="Việc nhà là của ai?">
- Của mọi người, xem <LegalRef number="73/2006/QH11">Luật Bình đẳng giới</LegalRef>.
- Gọi <Hotline id="111" /> khi cần.
</FAQ>
`;

describe('faqPairs', () => {
  it('reads every pair as plain text, LegalRef as its label', () => {
    expect(faqPairs(body, label)).toEqual([
      { question: 'Bình đẳng giới là gì?', answer: 'Theo Điều 5 73/2006/QH11, bình đẳng giới là nam, nữ ngang nhau.' },
      { question: 'Việc nhà là của ai?', answer: 'Của mọi người, xem Luật Bình đẳng giới. Gọi khi cần.' },
    ]);
  });
  it('finds nothing in a body without FAQ', () => {
    expect(faqPairs('Chỉ có văn bản.', label)).toEqual([]);
  });
});

describe('faqPageJsonLd', () => {
  it('builds a schema.org FAQPage', () => {
    const json = faqPageJsonLd(faqPairs(body, label), { url: 'https://example.org/tai-lieu/x/', inLanguage: 'vi' });
    expect(json['@type']).toBe('FAQPage');
    expect(json.mainEntity).toHaveLength(2);
    expect(json.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Bình đẳng giới là gì?',
      acceptedAnswer: { '@type': 'Answer', text: 'Theo Điều 5 73/2006/QH11, bình đẳng giới là nam, nữ ngang nhau.' },
    });
  });
  it('serialises so that the text cannot close the script element', () => {
    const text = jsonLdText({ a: '</script><b>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ a: '</script><b>' });
  });
});
