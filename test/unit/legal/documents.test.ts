import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/collections/check.ts';
import { formatMissingProvisions, formatUnknownNumbers, languageOfPath, libraryIndex, missingProvisions, resolverFor, unknownLegalNumbers } from '../../../src/legal/documents.ts';
import { legalNumberKey } from '../../../src/legal/number.ts';
import { ROOT } from '../../helpers/astro.ts';

const sample = checkContent(ROOT, 'content').entries;
const minimal = checkContent(ROOT, 'test/fixtures/minimal/content').entries;

describe('the library index (one resolver for text, LegalRef and frontmatter)', () => {
  it('resolves every spelling to the page in the reader language', () => {
    const index = libraryIndex(sample);
    expect(resolverFor(index, 'vi')(legalNumberKey('125/2021/ND - CP'))?.href).toBe('/van-ban/nghi-dinh-125-2021/');
    expect(resolverFor(index, 'km')(legalNumberKey('73/2006/qh11'))?.href).toBe('/km/van-ban/luat-binh-dang-gioi-2006/');
    expect(resolverFor(index, 'vi')(legalNumberKey('99/2099/NĐ-CP'))).toBeUndefined();
  });
  it('reads the reader language from a path', () => {
    const languages = ['vi', 'km', 'hmn-Latn-VN'];
    expect(languageOfPath('/km/tai-lieu/x/', languages)).toBe('km');
    expect(languageOfPath('/hmn-Latn-VN/van-ban/', languages)).toBe('hmn-Latn-VN');
    expect(languageOfPath('/tai-lieu/km/', languages)).toBe('vi');
  });
});

describe('reports for editors', () => {
  it('lists numbers cited in the sample but not in the library, with file and line', () => {
    const unknown = unknownLegalNumbers(sample);
    expect(unknown).toContainEqual({ path: 'content/materials/vi/tong-dai-111.mdx', line: expect.any(Number), number: '162/2025/NĐ-CP' });
    expect(formatUnknownNumbers(unknown)).toMatch(/content\/materials\/vi\/tong-dai-111\.mdx:\d+ — 162\/2025\/NĐ-CP/);
    expect(unknownLegalNumbers(minimal)).toEqual([]);
  });
  it('lists LegalRef articles without an anchor on the document page', () => {
    expect(missingProvisions(sample)).toEqual([]);
    // The minimal fixture's 73/2006/QH11 lists no provisions, so its "Điều 5" has no anchor.
    const missing = missingProvisions(minimal);
    expect(missing).toEqual([{ path: 'test/fixtures/minimal/content/materials/vi/bai-mau.mdx', line: 14, number: '73/2006/QH11', article: '5' }]);
    expect(formatMissingProvisions(missing)).toContain('bai-mau.mdx:14 — Điều 5 của 73/2006/QH11');
  });
});
