import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../../src/schemas/page.ts';

describe('pageSchema', () => {
  it('accepts a page and defaults draft to false', () => {
    expect(pageSchema.parse({ title: 'Giới thiệu', summary: 'Một câu.' })).toEqual({
      title: 'Giới thiệu',
      summary: 'Một câu.',
      draft: false,
    });
  });
  it('reports a missing title in Vietnamese', () => {
    const result = pageSchema.safeParse({ summary: 'Một câu.' });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['title'], 'Thiếu tiêu đề.']]);
  });
  it('reports a summary longer than 300 characters', () => {
    const result = pageSchema.safeParse({ title: 'Giới thiệu', summary: 'a'.repeat(301) });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['summary'], 'Tóm tắt dài quá 300 ký tự; hãy viết ngắn lại.']]);
  });
});
