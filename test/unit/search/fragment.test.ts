import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimFragment } from '../../../src/search/fragment.ts';
import { PAIRS_MARK } from '../../../src/search/pairs.ts';

const fragment = (data: object, signature = 'pagefind_dcd') => gzipSync(signature + JSON.stringify(data));
const read = (bytes: Buffer) => JSON.parse(gunzipSync(bytes).toString('utf8').slice('pagefind_dcd'.length)) as Record<string, unknown>;

describe('trimFragment', () => {
  it('cuts the syllable pairs off the text, and keeps everything else', () => {
    const data = {
      url: '/tai-lieu/hoa-giai/',
      content: `Hòa giải ở cơ sở. ${PAIRS_MARK} hoagiai giaio`,
      meta: { title: 'Hòa giải' },
      word_count: 9,
    };
    const trimmed = read(trimFragment(fragment(data)));
    expect(trimmed).toEqual({ ...data, content: 'Hòa giải ở cơ sở.' });
  });
  it('removes the spellings the index added, the anchors and the image, which the search page never shows', () => {
    const data = {
      url: '/tai-lieu/binh-dang/',
      content: 'Bình đẳng dang giới, hoà hòa giải.',
      meta: { title: 'Bình đẳng giới', kind: 'Hỏi đáp dap pháp luật', image: '/_astro/a.webp', image_alt: 'Hình trang trí' },
      anchors: [{ element: 'h2', id: 'a', text: 'Bình đẳng dang', location: 3 }],
    };
    const trimmed = read(trimFragment(fragment(data)));
    expect(trimmed).toEqual({
      url: data.url,
      content: 'Bình đẳng giới, hoà giải.',
      meta: { title: 'Bình đẳng giới', kind: 'Hỏi đáp pháp luật' },
      anchors: [],
    });
  });
  it('leaves a fragment without pairs byte for byte as it was', () => {
    const bytes = fragment({ url: '/km/', content: 'ភាសាខ្មែរ' });
    expect(trimFragment(bytes)).toBe(bytes);
  });
  it('names the file of something that is not a Pagefind fragment', () => {
    expect(() => trimFragment(fragment({ content: 'x' }, 'other'), 'dist/pagefind/fragment/vi_1.pf_fragment')).toThrow(
      'dist/pagefind/fragment/vi_1.pf_fragment: không phải mảnh chỉ mục Pagefind',
    );
  });
});
