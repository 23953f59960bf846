import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { ImageHelper } from '../../../src/schemas/fields.ts';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import { materialSchema } from '../../../src/schemas/material.ts';

const image = (() => z.string()) as unknown as ImageHelper;
const schema = materialSchema(image);
const base = { title: 'Bài mẫu', summary: 'Tóm tắt.', campaign: 'thang-hanh-dong-2026', kind: 'article', published: '2026-03-05' };
const messages = ['Một.', 'Hai.', 'Ba.'];
const questions = ['Hỏi một?', 'Hỏi hai?', 'Hỏi ba?'];
const issues = (data: object) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('the meeting kit of a material', () => {
  it('is optional, and takes 3 to 5 messages and 3 questions; the image shows the first message by default', () => {
    expect(issues(base)).toEqual([]);
    const parsed = schema.parse({ ...base, kit: { messages, questions } });
    expect(parsed.kit).toEqual({ messages, questions, imageMessage: 1 });
    expect(issues({ ...base, kit: { messages: [...messages, 'Bốn.', 'Năm.'], questions, imageMessage: 5 } })).toEqual([]);
  });

  it('refuses fewer than 3 or more than 5 messages, in Vietnamese', () => {
    expect(issues({ ...base, kit: { messages: messages.slice(0, 2), questions } })).toEqual([
      { path: ['kit', 'messages'], message: 'Bộ họp thôn cần từ 3 đến 5 thông điệp chính; hãy thêm cho đủ 3.' },
    ]);
    expect(issues({ ...base, kit: { messages: [...messages, '4', '5', '6'], questions } })).toEqual([
      { path: ['kit', 'messages'], message: 'Bộ họp thôn chỉ có tối đa 5 thông điệp chính; hãy bớt cho còn 5.' },
    ]);
  });

  it('refuses anything but exactly 3 questions', () => {
    for (const qs of [questions.slice(0, 2), [...questions, 'Bốn?']]) {
      expect(issues({ ...base, kit: { messages, questions: qs } })).toEqual([
        { path: ['kit', 'questions'], message: 'Bộ họp thôn cần đúng 3 câu hỏi thảo luận.' },
      ]);
    }
  });

  it('refuses an image message past the last message, and an empty message', () => {
    expect(issues({ ...base, kit: { messages, questions, imageMessage: 4 } })).toEqual([
      { path: ['kit', 'imageMessage'], message: 'Thông điệp trên ảnh là số 4, nhưng bộ họp thôn chỉ có 3 thông điệp chính.' },
    ]);
    expect(issues({ ...base, kit: { messages: ['Một.', ' ', 'Ba.'], questions } })[0]?.path).toEqual(['kit', 'messages', 1]);
  });
});

describe('campaign hashtags', () => {
  const campaign = campaignSchema(image);
  const c = { title: 'Chiến dịch', kind: 'other', year: 2026, start: '2026-06-01', end: '2026-06-30', summary: 'Tóm tắt.' };
  it('default to none and keep their marks (NFC)', () => {
    expect(campaign.parse(c).hashtags).toEqual([]);
    expect(campaign.parse({ ...c, hashtags: ['#BìnhĐẳngGiới'.normalize('NFD')] }).hashtags).toEqual(['#BìnhĐẳngGiới']);
  });
  it('refuses a tag without # or with a space, and more than five', () => {
    const refused = campaign.safeParse({ ...c, hashtags: ['BinhDangGioi', '#Bình đẳng'] });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.path)).toEqual([
      ['hashtags', 0],
      ['hashtags', 1],
    ]);
    expect(refused.error!.issues[0]!.message).toContain('bắt đầu bằng dấu #');
    expect(campaign.safeParse({ ...c, hashtags: ['#a', '#b', '#c', '#d', '#e', '#f'] }).error?.issues[0]?.message).toBe(
      'Chỉ dùng tối đa 5 hashtag cho một chiến dịch.',
    );
  });
});
