import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, mainText } from '../../../src/site/html-text.ts';

describe('decodeEntities', () => {
  it('decodes the named basics, decimal and hex references, and leaves others as written', () => {
    expect(decodeEntities('A &amp; B &lt;x&gt; &quot;c&quot; &#39;d&#x27; e&nbsp;f &ndash;')).toBe('A & B <x> "c" \'d\' e f &ndash;');
  });
});

describe('escapeHtml', () => {
  it('escapes what could end text or a quoted attribute, and decodeEntities gives the text back', () => {
    const text = `Nam & nữ <bình đẳng> "giới" 'tính'`;
    expect(escapeHtml(text)).toBe('Nam &amp; nữ &lt;bình đẳng&gt; &quot;giới&quot; &#39;tính&#39;');
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
  it('writes a missing value as nothing and other values as their text', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(111)).toBe('111');
  });
});

describe('mainText', () => {
  const html =
    '<html><head><title>125/2021/NĐ-CP</title></head><body><main id="m"><p>Theo <strong>739/BNV-CTTN&amp;BĐG</strong><!-- 73/2006/QH11 --> và ' +
    '<a href="/x/">1/2024/NĐ-CP</a> <abbr>2/2024/NĐ-CP</abbr></p><h2 id="h">5/2020/TT-BYT</h2></main><footer>x</footer></body></html>';

  it('keeps each text node of <main> whole and drops tags, comments and what is outside <main>', () => {
    const text = mainText(html)!;
    expect(text).toContain(' 739/BNV-CTTN&BĐG ');
    expect(text).toContain('Theo ');
    expect(text).toContain('1/2024/NĐ-CP');
    expect(text).not.toContain('125/2021');
    expect(text).not.toContain('73/2006');
    expect(text).not.toMatch(/[<x]/);
  });
  it('drops the named elements with their content, and only those', () => {
    const text = mainText(html, ['a', 'h2'])!;
    expect(text).not.toContain('1/2024');
    expect(text).not.toContain('5/2020');
    expect(text).toContain('2/2024/NĐ-CP');
    expect(text).toContain('739/BNV-CTTN&BĐG');
  });
  it('is undefined without <main>', () => {
    expect(mainText('<body><p>1/2024/NĐ-CP</p></body>')).toBeUndefined();
  });
});
