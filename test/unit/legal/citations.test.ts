import { describe, expect, it } from 'vitest';
import { citationIndex, outOfForceCitations, type CitedDoc } from '../../../src/legal/citations.ts';
import { legalNumberKey } from '../../../src/legal/number.ts';

const material = (slug: string, body: string, legal: string[] = [], lang = 'vi') => ({
  lang,
  slug,
  entry: { body, data: { legal, published: new Date('2026-01-01') } },
});
const items = [
  material('theo-danh-sach', '', ['13/2022/QH15']),
  material('theo-legalref', '<LegalRef number="13/2022/QH15" article="3" />'),
  material('theo-van-ban', 'Luật 13/2022/QH15 có hiệu lực từ 2023.'),
  material('khong-lien-quan', 'Luật 73/2006/QH11.'),
  material('ban-dich', 'Luật 13/2022/QH15.', [], 'km'),
];

describe('citationIndex', () => {
  it('finds every material citing a document by list, LegalRef or text, in one language', () => {
    const index = citationIndex(items);
    expect(index.newest('vi', '13/2022/QH15').shown.map((i) => i.slug)).toEqual(['theo-danh-sach', 'theo-legalref', 'theo-van-ban']);
    expect(index.newest('km', '13/2022/QH15').shown.map((i) => i.slug)).toEqual(['ban-dich']);
  });
  const dated = (slug: string, published: string, body = 'Luật 13/2022/QH15.') => ({
    lang: 'vi',
    slug,
    entry: { body, data: { legal: [], published: new Date(published) } },
  });
  const many = [
    dated('c', '2026-01-01'),
    dated('a', '2026-03-01'),
    dated('b', '2026-03-01'),
    dated('khac', '2026-12-01', 'Luật 73/2006/QH11.'),
    dated('d', '2025-01-01'),
  ];
  it('lists the newest citing items first (then by slug), at most the limit, and counts the rest', () => {
    const { shown, more } = citationIndex(many).newest('vi', '13/2022/QH15', 2);
    expect(shown.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(more).toBe(2);
  });
  it('counts nothing more when all fit', () => {
    expect(citationIndex(many).newest('vi', '13/2022/QH15').more).toBe(0);
    expect(citationIndex(many).newest('vi', '13/2022/QH15').shown).toHaveLength(4);
  });
});

describe('outOfForceCitations', () => {
  const doc = (number: string, status: string, replacedBy?: string): CitedDoc => ({
    lang: 'vi',
    slug: number,
    entry: { data: { number, status, replacedBy } },
  });
  const library = new Map(
    [doc('02/2007/QH12', 'expired', '13/2022/QH15'), doc('13/2022/QH15', 'in-force'), doc('70/2008/NĐ-CP', 'partly-expired')].map((d) => [
      legalNumberKey(d.entry.data.number),
      d,
    ]),
  );
  const lookup = (n: string) => library.get(legalNumberKey(n));
  it('lists expired and partly expired documents with their replacement', () => {
    const found = outOfForceCitations(material('x', 'Luật 02/2007/QH12 và 13/2022/QH15', ['70/2008/ND-CP']), lookup);
    expect(found.map((f) => [f.doc.entry.data.number, f.replacement?.entry.data.number])).toEqual([
      ['02/2007/QH12', '13/2022/QH15'],
      ['70/2008/NĐ-CP', undefined],
    ]);
  });
  it('is empty for a material citing only documents in force', () => {
    expect(outOfForceCitations(material('y', 'Luật 13/2022/QH15'), lookup)).toEqual([]);
  });
  it('tells of a programme whose period has ended, though it is formally in force', () => {
    const programme: CitedDoc = { lang: 'vi', slug: 'p', entry: { data: { number: '2232/QĐ-TTg', status: 'in-force', period: { from: 2021, to: 2025 } } } };
    const find = (n: string) => (legalNumberKey(n) === legalNumberKey('2232/QĐ-TTg') ? programme : undefined);
    const item = material('z', 'Chương trình theo Quyết định 2232/QĐ-TTg');
    expect(outOfForceCitations(item, find, new Date(Date.UTC(2026, 0, 1))).map((f) => f.reason)).toEqual(['period']);
    expect(outOfForceCitations(item, find, new Date(Date.UTC(2025, 11, 31)))).toEqual([]);
    expect(outOfForceCitations(item, find)).toEqual([]);
  });
});
