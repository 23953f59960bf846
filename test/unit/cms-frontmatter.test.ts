import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromFile, toFile } from '../../admin/frontmatter.ts';

describe('the CMS file format', () => {
  it('writes nothing for a language version nobody filled in', () => {
    expect(toFile({})).toBe('');
    expect(toFile({ body: '  ', translation: { sourceVersion: '' }, tags: [] })).toBe('');
  });
  it('writes frontmatter and body, without empty optional values', () => {
    const text = toFile({ title: 'Gọi 111', published: '2026-11-20', translation: { reviewed: undefined, sourceVersion: '' }, tags: [], body: 'Nội dung.\n\n<Hotline id="111" />' });
    expect(text).toBe('---\ntitle: Gọi 111\npublished: 2026-11-20\n---\nNội dung.\n\n<Hotline id="111" />\n');
  });
  it('reads back what it writes, and reads the sample content', () => {
    const data = { title: 'A: "b"', legal: ['73/2006/QH11'], draft: false, body: 'x' };
    expect(fromFile(toFile(data))).toEqual(data);
    const sample = fromFile(readFileSync('content/materials/vi/tong-dai-111.mdx', 'utf8'));
    expect(sample.title).toBeTypeOf('string');
    expect(String(sample.body)).toContain('<Steps>');
  });
});

describe('saving escapes prose MDX would misread', () => {
  it('writes "Giá {100.000đ}" and "<3" so that they build as text, and leaves components alone', () => {
    const file = toFile({ title: 'Giá', body: 'Giá {100.000đ} một cuốn. Chúng tôi <3 gia đình.\n\n<Hotline id="111" />' });
    expect(file).toContain('Giá \\{100.000đ\\} một cuốn. Chúng tôi \\<3 gia đình.');
    expect(file).toContain('<Hotline id="111" />');
    expect(toFile(fromFile(file))).toBe(file);
  });
});
