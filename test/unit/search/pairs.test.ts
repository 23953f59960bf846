import { describe, expect, it } from 'vitest';
import { makeExcerpt, readerText } from '../../../src/search/excerpt.ts';
import { PAIRS_MARK, syllablePairs, withoutPairs } from '../../../src/search/pairs.ts';
import { preparePage, PAIR_WEIGHTS } from '../../../src/search/page.ts';
import { mergeResults, searchPages, searchPlan, searchWithSpelling } from '../../../src/search/query.ts';
import { holdsPhrase } from '../../../src/search/title-rank.ts';

describe('syllable pairs', () => {
  it('joins adjacent syllables, folded, each pair once', () => {
    expect(syllablePairs('Hòa giải trong gia đình, hòa giải')).toEqual(['hoagiai', 'giaitrong', 'tronggia', 'giadinh', 'dinhhoa']);
  });
  it('gives the same pairs with or without marks and in either tone placement', () => {
    const pairs = syllablePairs('bạo lực gia đình');
    expect(pairs).toEqual(['baoluc', 'lucgia', 'giadinh']);
    expect(syllablePairs('bao luc gia dinh')).toEqual(pairs);
    expect(syllablePairs('thuỷ lợi')).toEqual(syllablePairs('thủy lợi'));
  });
  it('forms no pair across sentence punctuation, numbers or codes, but does across a comma', () => {
    expect(syllablePairs('Phòng, chống bạo lực. Gia đình')).toEqual(['phongchong', 'chongbao', 'baoluc', 'giadinh']);
    expect(syllablePairs('Nghị định 125/2021/NĐ-CP quy định')).toEqual(['nghidinh', 'quydinh']);
    expect(syllablePairs('Tổng đài 111 (miễn phí)')).toEqual(['tongdai', 'mienphi']);
    expect(syllablePairs('ហិង្សាក្នុងគ្រួសារ')).toEqual([]);
  });
  it('cuts the pairs off the content Pagefind gives back', () => {
    expect(withoutPairs(`Hòa giải ở thôn. ${PAIRS_MARK} hoagiai giaio othon`)).toBe('Hòa giải ở thôn.');
    expect(withoutPairs('Không có cặp')).toBe('Không có cặp');
  });
});

describe('pairs in the indexed copy of a page', () => {
  const html = `<!doctype html><html lang="vi"><head><meta name="description" content="Nhờ người giúp hòa giải."></head><body><main><div><article><h1>Hoà giải ở cơ sở</h1><p>Trưởng thôn <strong>giúp</strong> hoà giải.</p><p>Gia đình</p></article></div></main></body></html>`;
  const prepared = preparePage('/tai-lieu/hoa-giai/', html)!;
  it('adds title, summary and body pairs with their weights after the text, no pair across blocks', () => {
    const block = prepared.html.slice(prepared.html.indexOf(PAIRS_MARK));
    expect(block).toContain(`<p data-pagefind-weight="${PAIR_WEIGHTS.title}">hoagiai giaio oco coso</p>`);
    expect(block).toContain(`<p data-pagefind-weight="${PAIR_WEIGHTS.summary}">nhonguoi nguoigiup giuphoa hoagiai</p>`);
    expect(block).toContain(
      `<p data-pagefind-weight="${PAIR_WEIGHTS.body}">hoagiai giaio oco coso truongthon thongiup giuphoa giadinh</p>`,
    );
  });
  it('indexes the new tone placement next to the old, and the reader sees neither the variants nor the pairs', () => {
    expect(prepared.html).toContain('Hoà Hòa giải ở cơ sở');
    const content = 'Hoà Hòa giải ở cơ sở. Trưởng thôn giúp hoà hòa giải. Gia đình dinh ⁂ hoagiai giaio';
    expect(readerText(content)).toBe('Hoà giải ở cơ sở. Trưởng thôn giúp hoà giải. Gia đình');
    expect(
      makeExcerpt(content, 'hoa giai')
        .map((part) => part.text)
        .join(''),
    ).toBe('Hoà giải ở cơ sở. Trưởng thôn giúp hoà giải. Gia đình');
  });
});

describe('search plan', () => {
  it('searches the pairs, then the syllables in the new tone placement, as one merged group', () => {
    expect(searchPlan('hoà giải')).toEqual([['hoagiai hòa giải', 'hòa giải']]);
    expect(searchPlan('hoa giai')).toEqual([['hoagiai hoa giai', 'hoa giai']]);
    expect(searchPlan('quyết định 1790')).toEqual([['quyetdinh quyết định 1790', 'quyết định 1790']]);
    expect(searchPlan('  đỉnh ')).toEqual([['đỉnh']]);
    expect(searchPlan('13/2022/QH15')).toEqual([['13/2022/QH15']]);
  });
  it('keeps the Khmer searches, tried one after the other', () => {
    expect(searchPlan('កន្លែងធ្វើការ')).toEqual([['"ក ន្លែ ង ធ្វើ កា រ"'], ['ក ន្លែ ង ធ្វើ កា រ']]);
  });
  it('merges results in order, each page once', async () => {
    expect(
      mergeResults([
        [{ id: 'a' }, { id: 'b' }],
        [{ id: 'c' }, { id: 'a' }],
      ]).map((r) => r.id),
    ).toEqual(['a', 'b', 'c']);
    const asked: string[] = [];
    const found = await searchPages(async (text) => {
      asked.push(text);
      return { results: text === 'hoagiai hòa giải' ? [{ id: 'phrase' }] : [{ id: 'scattered' }, { id: 'phrase' }] };
    }, 'hòa giải');
    expect(asked).toEqual(['hoagiai hòa giải', 'hòa giải']);
    expect(found?.results.map((r) => r.id)).toEqual(['phrase', 'scattered']);
  });
  it('tries the next Khmer search only when the phrase finds nothing', async () => {
    const asked: string[] = [];
    await searchPages(async (text) => (asked.push(text), { results: [] }), 'កន្លែង');
    expect(asked).toHaveLength(2);
  });
});

describe('searchWithSpelling', () => {
  type R = { id: string; text: string };
  const pages: Record<string, R[]> = {
    typed: [{ id: 'girls', text: 'bạo lực với trẻ em gái' }],
    corrected: [{ id: 'dv', text: 'làm gì khi bị bạo lực gia đình' }],
  };
  const search = async (text: string) => ({ results: text.includes('gai') ? pages.typed! : text.includes('gia') ? pages.corrected! : [] });
  const holds = async (results: readonly R[], text: string) => results.some((r) => holdsPhrase(text, r.text));

  it('puts the results of the site spelling first when no first result holds the typed syllables together', async () => {
    const asked: [string, number][] = [];
    const found = await searchWithSpelling(search, 'bao luc gai dinh', holds, async (q, n) => (asked.push([q, n]), 'bao luc gia dinh'));
    expect(asked).toEqual([['bao luc gai dinh', 1]]);
    expect(found?.results.map((r) => r.id)).toEqual(['dv', 'girls']);
    expect(found?.corrected).toBe('bao luc gia dinh');
  });
  it('asks for no spelling when a first result holds the query together', async () => {
    let asked = false;
    const found = await searchWithSpelling(search, 'bạo lực gia đình', holds, async () => ((asked = true), null));
    expect(asked).toBe(false);
    expect(found).toMatchObject({ phrase: true, results: [{ id: 'dv' }] });
  });
  it('keeps the typed results when the other spelling is not held together either', async () => {
    const found = await searchWithSpelling(search, 'bao luc gai dinh', holds, async () => 'gia luc bao');
    expect(found?.results.map((r) => r.id)).toEqual(['girls']);
    expect(found?.corrected).toBeUndefined();
  });
});
