import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duplicatedFieldPaths, fromFile, fromYamlFile, toFile, toYamlFile } from '../../../admin/frontmatter.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';

describe('the CMS file format', () => {
  it('writes nothing for a language version nobody filled in', () => {
    expect(toFile({})).toBe('');
    expect(toFile({ body: '  ', translation: { sourceVersion: '' }, tags: [] })).toBe('');
  });
  it('writes nothing for a version that has only the values copied from Vietnamese, and writes them in a translation', () => {
    const copied = ['campaign', 'kind', 'published', 'draft', 'cover.image'];
    const neutral = { campaign: 'thang-hanh-dong-2026', kind: 'article', published: '2026-11-20', draft: false, cover: { image: '../../media/a.jpg', alt: '' } };
    expect(toFile({ ...neutral, body: '' }, copied)).toBe('');
    // Without the list of copied fields the same version would be a title-less file the build refuses.
    expect(toFile({ ...neutral, body: '' })).not.toBe('');
    const translated = toFile({ ...neutral, title: 'Bản thử', body: 'Văn bản thử.' }, copied);
    expect(translated).toContain('campaign: thang-hanh-dong-2026\nkind: article\npublished: 2026-11-20\n');
    expect(translated).toContain('title: Bản thử');
    expect(toFile({ ...neutral, cover: { image: '../../media/a.jpg', alt: 'Ảnh' }, body: '' }, copied)).toContain('alt: Ảnh');
    expect(toYamlFile({ campaign: 'x', questions: [] }, ['campaign'])).toBe('');
  });
  it('lists the copied fields of a CMS collection, inside objects too', () => {
    const fields = [
      { name: 'title', widget: 'string', i18n: true as const },
      { name: 'published', widget: 'datetime', i18n: 'duplicate' as const },
      { name: 'cover', widget: 'object', i18n: true as const, fields: [{ name: 'image', widget: 'image', i18n: 'duplicate' as const }, { name: 'alt', i18n: true as const }] },
    ];
    expect(duplicatedFieldPaths(fields)).toEqual(['published', 'cover.image']);
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

describe('the CMS file format of quizzes', () => {
  it('writes nothing for a language version nobody filled in', () => {
    expect(toYamlFile({})).toBe('');
    expect(toYamlFile({ questions: [], translation: { sourceVersion: '' } })).toBe('');
  });
  it('reads the sample quiz and writes it back to the same data, which the schema accepts', () => {
    const sample = fromYamlFile(readFileSync('content/quizzes/vi/tim-hieu-luat-binh-dang-gioi-va-phong-chong-bao-luc-gia-dinh.yaml', 'utf8'));
    const again = fromYamlFile(toYamlFile(sample));
    expect(again).toEqual(sample);
    expect(quizSchema.safeParse(again).success).toBe(true);
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
