import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeMdxProse } from '../../../src/collections/mdx-escape.ts';
import { checkMdxSafety, walk, type MdxNode } from '../../../src/collections/mdx-safety.ts';

/** The text a reader sees: every text and code value, in order. */
const visibleText = (source: string) =>
  [...walk(mdxToMdast(source) as unknown as MdxNode)]
    .filter((node) => node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
    .map((node) => String(node.value))
    .join('');

const PROSE = ['import và export là hai từ tiếng Anh.', 'export hàng hóa', 'Giá {100.000đ}', 'a < b', 'Tôi <3 bạn', 'mở {', 'đóng }', 'x<y và {a}{b}', 'Email <me@example.org>', 'đã \\{ thoát sẵn'];

describe('escapeMdxProse', () => {
  it.each(PROSE)('makes %j parse and show exactly as typed', (text) => {
    const escaped = escapeMdxProse(text);
    expect(checkMdxSafety(escaped).problems).toEqual([]);
    expect(visibleText(escaped)).toBe(text.replace(/\\([{}<])/g, '$1'));
    expect(visibleText(escaped)).not.toContain('\\');
  });

  it('shows the original characters, not the backslashes', () => {
    expect(visibleText(escapeMdxProse('Giá {100.000đ}'))).toBe('Giá {100.000đ}');
    expect(visibleText(escapeMdxProse('Tôi <3 bạn'))).toBe('Tôi <3 bạn');
    expect(visibleText(escapeMdxProse('mở {'))).toBe('mở {');
  });

  it('without it the same prose fails to parse', () => {
    for (const text of ['Giá {100.000đ}', 'Tôi <3 bạn', 'mở {']) expect(checkMdxSafety(text).problems).not.toEqual([]);
  });

  it('keeps author components, code and existing escapes as they are', () => {
    const body = '<Callout type="info">\nGiá {1}\n</Callout>\n\n<Hotline id="111" />\n\n`{code}` và\n\n```\n{x} <y>\n```\n\n\\{ rồi';
    expect(escapeMdxProse(body)).toBe('<Callout type="info">\nGiá \\{1\\}\n</Callout>\n\n<Hotline id="111" />\n\n`{code}` và\n\n```\n{x} <y>\n```\n\n\\{ rồi');
  });

  it('escapes a tag that is not an author component, so it shows as text', () => {
    expect(escapeMdxProse('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(checkMdxSafety(escapeMdxProse('<script>alert(1)</script>')).problems).toEqual([]);
    expect(escapeMdxProse('<Callouts>')).toBe('\\<Callouts>');
  });

  it('is idempotent and stores NFC', () => {
    const once = escapeMdxProse('Giá {100.000đ} <3');
    expect(escapeMdxProse(once)).toBe(once);
    expect(escapeMdxProse('Bình đẳng giới'.normalize('NFD'))).toBe('Bình đẳng giới'.normalize('NFC'));
  });
});
