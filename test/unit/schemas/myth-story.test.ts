import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { ImageHelper } from '../../../src/schemas/fields.ts';
import { materialSchema } from '../../../src/schemas/material.ts';

const image = (() => z.string()) as unknown as ImageHelper;
const schema = materialSchema(image);
const base = { title: 'Bài mẫu', summary: 'Tóm tắt.', campaign: 'thang-hanh-dong-2026', published: '2026-03-05' };
const myth = {
  claim: 'Chuyện vợ chồng đóng cửa bảo nhau.',
  verdict: 'false',
  explanation: 'Bạo lực gia đình không phải chuyện riêng.',
};
const story = {
  person: 'Chị H.',
  commune: 'Xã mẫu, tỉnh Lạng Sơn',
  consent: { given: true, date: '2026-11-02', record: 'Giấy đồng ý lưu tại Hội Phụ nữ xã.' },
};
const issues = (data: object) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('the kind "Hiểu đúng – hiểu sai"', () => {
  it('accepts a claim with its verdict, explanation and legal basis', () => {
    expect(issues({ ...base, kind: 'myth', myth, legal: ['13/2022/QH15'] })).toEqual([]);
  });
  it('refuses the kind without its claim, naming the field in Vietnamese', () => {
    expect(issues({ ...base, kind: 'myth', legal: ['13/2022/QH15'] })).toEqual([
      { path: ['myth'], message: expect.stringContaining('cần mục "Hiểu đúng – hiểu sai"') },
    ]);
  });
  it('refuses a claim with no legal basis, or an unknown verdict', () => {
    expect(issues({ ...base, kind: 'myth', myth })).toEqual([
      {
        path: ['legal'],
        message: 'Tài liệu loại "Hiểu đúng – hiểu sai" cần căn cứ pháp luật: chọn ít nhất một văn bản ở mục "Văn bản pháp luật liên quan".',
      },
    ]);
    expect(issues({ ...base, kind: 'myth', legal: ['13/2022/QH15'], myth: { ...myth, verdict: 'maybe' } })[0]).toEqual({
      path: ['myth', 'verdict'],
      message: expect.stringMatching(
        /^Giá trị "maybe" không hợp lệ\. Chọn một trong: false \(Sai\), misleading \(Chưa đúng hẳn\), true \(Đúng\)/,
      ),
    });
  });
});

describe('the kind "Gương điển hình"', () => {
  it('accepts a story whose person has agreed', () => {
    expect(issues({ ...base, kind: 'story', story })).toEqual([]);
  });
  it('refuses the kind without the story part', () => {
    expect(issues({ ...base, kind: 'story' })).toEqual([
      { path: ['story'], message: expect.stringContaining('Không có sự đồng ý thì không đăng') },
    ]);
  });
  it('refuses a story whose consent is not given, or not recorded', () => {
    expect(issues({ ...base, kind: 'story', story: { ...story, consent: { ...story.consent, given: false } } })).toEqual([
      { path: ['story', 'consent', 'given'], message: expect.stringContaining('Chưa ghi nhận sự đồng ý của nhân vật') },
    ]);
    expect(issues({ ...base, kind: 'story', story: { ...story, consent: { given: true, date: '2026-11-02' } } })).toEqual([
      { path: ['story', 'consent', 'record'], message: 'Thiếu cách ghi nhận sự đồng ý.' },
    ]);
    expect(issues({ ...base, kind: 'story', story: { person: 'Chị H.', commune: 'Xã mẫu' } })).toEqual([
      { path: ['story', 'consent'], message: expect.any(String) },
    ]);
  });
});
