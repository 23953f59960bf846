import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { linkifyLegalNumbers, type LegalResolver } from '../../../src/legal/linkify.ts';
import { legalNumberKey } from '../../../src/legal/number.ts';

const library: Record<string, string> = {
  [legalNumberKey('73/2006/QH11')]: '/van-ban/luat-binh-dang-gioi-2006/',
  [legalNumberKey('125/2021/NĐ-CP')]: '/van-ban/nghi-dinh-125-2021/',
  [legalNumberKey('739/BNV-CTTN&BĐG')]: '/van-ban/cong-van-739/',
};
const resolve: LegalResolver = (key) => (library[key] ? { href: library[key], title: `Văn bản ${key}` } : undefined);
const page = (main: string) => `<!doctype html><html lang="vi"><head><title>73/2006/QH11</title></head><body><header><p>73/2006/QH11</p></header><main>${main}</main></body></html>`;

describe('linkifyLegalNumbers', () => {
  it('links known numbers in the text of <main>, in every spelling', () => {
    const { html, linked } = linkifyLegalNumbers(page('<p>Theo 73/2006/QH11 và 125/2021/ND - CP, phạt vi phạm.</p>'), resolve);
    const links = parse(html).querySelectorAll('main a');
    expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['/van-ban/luat-binh-dang-gioi-2006/', '73/2006/QH11'],
      ['/van-ban/nghi-dinh-125-2021/', '125/2021/ND - CP'],
    ]);
    expect(linked).toEqual(['73/2006/QH11', '125/2021/NĐ-CP']);
    expect(parse(html).querySelector('main p')!.text).toBe('Theo 73/2006/QH11 và 125/2021/ND - CP, phạt vi phạm.');
  });

  it('keeps entities and the rest of the file byte for byte', () => {
    const input = page('<p>A &amp; B: 739/BNV-CTTN&amp;BĐG &lt;x&gt;</p><script>var s = "73/2006/QH11 < 1";</script>');
    const { html } = linkifyLegalNumbers(input, resolve);
    expect(html).toContain('<a class="legal-ref legal-ref--auto" href="/van-ban/cong-van-739/" title="Văn bản 739/BNV-CTTN&amp;BĐG">739/BNV-CTTN&amp;BĐG</a> &lt;x&gt;</p>');
    expect(html).toContain('<p>A &amp; B: ');
    expect(html).toContain('<script>var s = "73/2006/QH11 < 1";</script>');
    expect(html.startsWith('<!doctype html><html lang="vi"><head><title>73/2006/QH11</title></head><body><header><p>73/2006/QH11</p></header>')).toBe(true);
  });

  it.each([
    ['a link', '<p><a href="/x/">73/2006/QH11</a></p>'],
    ['a heading', '<h2 id="luat-73-2006-qh11">Luật 73/2006/QH11</h2>'],
    ['code', '<p><code>73/2006/QH11</code></p>'],
    ['pre', '<pre>73/2006/QH11</pre>'],
    ['a marked element', '<aside data-no-legal-links><p>73/2006/QH11</p></aside>'],
    ['an unknown number', '<p>99/2099/NĐ-CP</p>'],
    ['a date or a phone number', '<p>ngày 15/11/2025, gọi 1900 969 680</p>'],
  ])('leaves %s alone', (_case, main) => {
    const input = page(main);
    expect(linkifyLegalNumbers(input, resolve)).toEqual({ html: input, linked: [] });
  });

  it('does not link a document page to itself', () => {
    const input = page('<p>Luật 73/2006/QH11 và 125/2021/NĐ-CP</p>');
    const { linked } = linkifyLegalNumbers(input, resolve, '/van-ban/luat-binh-dang-gioi-2006/');
    expect(linked).toEqual(['125/2021/NĐ-CP']);
  });
});
