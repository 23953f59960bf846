import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { ImageHelper } from '../../../src/schemas/fields.ts';
import { materialSchema } from '../../../src/schemas/material.ts';

/** Stand-in for Astro's image(): the file name as a string. */
const image = (() => z.string()) as unknown as ImageHelper;
const schema = materialSchema(image);
const valid = { title: 'Bài mẫu', summary: 'Tóm tắt.', campaign: 'thang-hanh-dong-2026', kind: 'article', published: '2026-03-05' };
/** A copy of `data` without `key`. */
const without = (data: object, key: string) => Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
const issues = (data: object) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('materialSchema', () => {
  it('accepts a minimal material and fills in defaults', () => {
    expect(schema.parse(valid)).toEqual({ ...valid, published: new Date(Date.UTC(2026, 2, 5)), audiences: [], legal: [], tags: [], draft: false });
  });
  it('accepts a full material', () => {
    const full = {
      ...valid,
      cover: { image: 'anh.jpg', alt: 'Hình' },
      legal: ['73/2006/QH11', '125/2021/ND-CP'],
      tags: ['gia đình'],
      draft: true,
      translation: { sourceVersion: '0123abcd' },
    };
    expect(issues(full)).toEqual([]);
  });
  it('reports a missing title in Vietnamese', () => {
    expect(issues(without(valid, 'title'))).toEqual([{ path: ['title'], message: 'Thiếu tiêu đề.' }]);
  });
  it('accepts audiences from the one list', () => {
    expect(schema.parse({ ...valid, audiences: ['cha-me', 'nam-gioi'] }).audiences).toEqual(['cha-me', 'nam-gioi']);
  });
  it('refuses an unknown audience, naming it and the choices in Vietnamese', () => {
    const [issue, ...rest] = issues({ ...valid, audiences: ['cha-me', 'phu-huynh'] });
    expect(rest).toEqual([]);
    expect(issue!.path).toEqual(['audiences', 1]);
    expect(issue!.message).toMatch(/^Đối tượng "phu-huynh" không có trong danh sách\. Chọn trong: thanh-nien \(Thanh niên – học sinh – sinh viên\), /);
    expect(issue!.message).toContain('cha-me (Cha mẹ)');
  });
  it('refuses an audience chosen twice, and a single id instead of a list', () => {
    expect(issues({ ...valid, audiences: ['cha-me', 'cha-me'] })).toEqual([{ path: ['audiences'], message: 'Một đối tượng được chọn hai lần; mỗi đối tượng chỉ chọn một lần.' }]);
    expect(issues({ ...valid, audiences: 'cha-me' }).map((i) => i.path)).toEqual([['audiences']]);
  });
  it('reports an unknown kind, listing the choices', () => {
    const [issue] = issues({ ...valid, kind: 'blog' });
    expect(issue!.path).toEqual(['kind']);
    expect(issue!.message).toMatch(/^Giá trị "blog" không hợp lệ\. Chọn một trong: article \(Bài viết\), /);
  });
  it('reports an unparseable or impossible date', () => {
    expect(issues({ ...valid, published: 'ngày mai' })).toEqual([
      { path: ['published'], message: expect.stringContaining('Không đọc được ngày "ngày mai"') },
    ]);
    expect(issues({ ...valid, published: '2026-02-30' })).toEqual([
      { path: ['published'], message: expect.stringContaining('"2026-02-30"') },
    ]);
  });
  it('reports a legal number that is not one, at its index', () => {
    expect(issues({ ...valid, legal: ['73/2006/QH11', '15/11/2025'] })).toEqual([
      { path: ['legal', 1], message: expect.stringContaining('"15/11/2025" không phải số hiệu văn bản hợp lệ') },
    ]);
  });
  it('requires alt text on a cover', () => {
    expect(issues({ ...valid, cover: { image: 'anh.jpg' } })).toEqual([{ path: ['cover', 'alt'], message: 'Thiếu mô tả ảnh (alt).' }]);
  });
  it('accepts an easy-read version of short blocks, a picture optional but never without alt', () => {
    const easyRead = [{ text: 'Gọi 111. Không mất tiền.', picture: { image: 'anh.jpg', alt: 'Hình' } }, { text: 'Em có thể tự gọi.' }];
    expect(schema.parse({ ...valid, easyRead }).easyRead).toEqual(easyRead);
    expect(issues({ ...valid, easyRead: [{ text: 'Câu.', picture: { image: 'anh.jpg' } }] })).toEqual([
      { path: ['easyRead', 0, 'picture', 'alt'], message: 'Thiếu mô tả ảnh (alt).' },
    ]);
    expect(issues({ ...valid, easyRead: [{ text: ' ' }] })).toEqual([{ path: ['easyRead', 0, 'text'], message: 'Đoạn không được để trống.' }]);
    expect(issues({ ...valid, easyRead: [] })).toEqual([{ path: ['easyRead'], message: expect.stringContaining('Bản dễ đọc cần ít nhất một đoạn') }]);
  });
});
