import { describe, expect, it } from 'vitest';
import { citedKeys, findLegalNumbers, unknownMentions } from '../../../src/legal/mentions.ts';
import { legalNumberKey } from '../../../src/legal/number.ts';

const numbers = (text: string) => findLegalNumbers(text).map((m) => m.number);

describe('findLegalNumbers: every form of domain-facts.md in running text', () => {
  it.each([
    ['Theo Luật số 73/2006/QH11, nam nữ bình đẳng.', '73/2006/QH11'],
    ['Nghị định 125/2021/NĐ-CP quy định xử phạt.', '125/2021/NĐ-CP'],
    ['Nghị quyết 28/NQ-CP ngày 03/3/2021.', '28/NQ-CP'],
    ['Chỉ thị 21-CT/TW của Ban Bí thư.', '21-CT/TW'],
    ['Công văn 739/BNV-CTTN&BĐG hướng dẫn.', '739/BNV-CTTN&BĐG'],
    ['Quyết định 2282/QĐ-TTg.', '2282/QĐ-TTg'],
    ['Kế hoạch 1140/KH-UBND;', '1140/KH-UBND'],
    ['Quy định 15/QyĐ-UBND', '15/QyĐ-UBND'],
    ['Chương trình 05/CTr-UBND', '05/CTr-UBND'],
    ['viết không dấu 125/2021/ND-CP', '125/2021/NĐ-CP'],
    ['dấu cách 125/2021/NĐ - CP', '125/2021/NĐ-CP'],
    ['dấu cách 21 - CT/TW', '21-CT/TW'],
    ['dấu cách 28/NQ -CP', '28/NQ-CP'],
    ['(73/2006/QH11)', '73/2006/QH11'],
    ['<LegalRef number="13/2022/QH15" article="3" />', '13/2022/QH15'],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual([expected]);
  });

  it('finds several numbers and their offsets', () => {
    const text = 'Luật 73/2006/QH11 và 125/2021/ND - CP.';
    const found = findLegalNumbers(text);
    expect(found.map((m) => m.number)).toEqual(['73/2006/QH11', '125/2021/NĐ-CP']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('125/2021/ND - CP');
    expect(found[1]!.key).toBe(legalNumberKey('125/2021/NĐ-CP'));
  });
});

describe('findLegalNumbers: look-alikes that must not match', () => {
  it.each([
    'ngày 15/11/2025',
    'từ 15/11 đến 15/12',
    '15/11-15/12',
    'gọi 1900 969 680 hoặc 111',
    'điện thoại 0243-123-456',
    'một nửa là 1/2, ba phần tư là 3/4',
    'mở cửa 24/7',
    'giai đoạn 2021-2030',
    'NĐ 76/2023 Điều 7',
    'tỷ lệ 50/50',
    'https://example.org/73/2006/QH11x',
  ])('%s', (text) => {
    expect(numbers(text)).toEqual([]);
  });
});

describe('unknownMentions and citedKeys', () => {
  const known = new Set([legalNumberKey('73/2006/QH11')]);
  it('reports unknown numbers with the file line', () => {
    const body = 'Dòng 1 nói 73/2006/QH11.\nDòng 2 nói 99/2099/NĐ-CP.';
    expect(unknownMentions('content/materials/vi/a.mdx', body, 8, known)).toEqual([
      { path: 'content/materials/vi/a.mdx', line: 9, number: '99/2099/NĐ-CP' },
    ]);
  });
  it('joins the frontmatter list, LegalRef and text mentions', () => {
    const keys = citedKeys('<LegalRef number="13/2022/QH15" /> và 21 - CT/TW', ['125/2021/ND-CP']);
    expect([...keys].sort()).toEqual(['125/2021/NĐ-CP', '13/2022/QH15', '21-CT/TW'].map(legalNumberKey).sort());
  });
});
