import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import {
  assertContrast,
  contrastRatio,
  imageMessage,
  kitHotlines,
  meetingKit,
  POST_MAX_CHARS,
  postText,
  readAloudText,
} from '../../../src/site/kit.ts';

const t = useTranslations('vi');
const kit = {
  messages: ['Bị bạo lực không phải lỗi của bạn.', 'Gọi 113 khi có nguy hiểm.', 'Đừng làm ngơ.'],
  questions: ['Một?', 'Hai?', 'Ba?'],
  imageMessage: 2,
};
const lines = [
  { number: '113', name: 'Công an', free: true, stateRun: true },
  { number: '1900 969 680', name: 'Ngôi nhà Bình yên', free: false, stateRun: false },
];
const link = 'https://binhdanggioi.example.org/q/WQGF/';

describe('meeting kit data', () => {
  it('carries the messages, questions, the hotlines with their caveats and the short link', () => {
    const data = meetingKit('Làm gì?', kit, kitHotlines(lines, t), link);
    expect(data.messages).toEqual(kit.messages);
    expect(data.questions).toHaveLength(3);
    expect(data.hotlines[0]!.caveat).toBe('');
    expect(data.hotlines[1]!.caveat).toBe('có thể mất cước, không phải tổng đài Nhà nước');
    expect(data.shortUrl).toBe(link);
  });

  it('reads aloud the loudspeaker script where there is one, otherwise the kit itself', () => {
    const data = meetingKit('Làm gì?', kit, kitHotlines(lines, t), link);
    expect(readAloudText(data, t, 'Kính thưa bà con!\r\n\r\nXin cảm ơn.')).toBe('Kính thưa bà con!\n\nXin cảm ơn.');
    const text = readAloudText(data, t);
    expect(text).toContain('Thông điệp chính:\n1. Bị bạo lực không phải lỗi của bạn.');
    expect(text).toContain('Câu hỏi thảo luận:\n1. Một?\n2. Hai?\n3. Ba?');
    expect(text).toContain('1900 969 680: Ngôi nhà Bình yên (có thể mất cước, không phải tổng đài Nhà nước)');
  });

  it('takes the image message the editor chose', () => {
    expect(imageMessage(kit)).toBe('Gọi 113 khi có nguy hiểm.');
    expect(imageMessage({ ...kit, imageMessage: 1 })).toBe(kit.messages[0]);
  });
});

describe('post texts', () => {
  const input = {
    title: 'Làm gì khi bị bạo lực gia đình?',
    summary: 'Các bước đơn giản.',
    messages: kit.messages,
    message: imageMessage(kit),
    link,
    hashtags: ['#BinhDangGioi', '#NgayGiaDinhVietNam'],
  };
  it('end with the plain short link and the hashtags', () => {
    for (const network of ['zalo', 'facebook'] as const) {
      const post = postText(network, input, t);
      expect(post.endsWith(`Xem thêm: ${link}\n#BinhDangGioi #NgayGiaDinhVietNam`)).toBe(true);
      // The only address is the short link itself: no query, no tracking parameter.
      expect(post.match(/https?:\/\/\S+/g)).toEqual([link]);
      expect(post.startsWith(input.title)).toBe(true);
    }
    expect(postText('zalo', input, t)).toContain('Gọi 113 khi có nguy hiểm.');
    expect(postText('zalo', input, t)).not.toContain('Đừng làm ngơ.');
    expect(postText('facebook', input, t)).toContain('✔ Đừng làm ngơ.');
  });

  it('are never longer than 2,000 characters, and keep the link and hashtags when cut', () => {
    const long = { ...input, summary: 'Rất dài. '.repeat(400), messages: ['Thông điệp dài. '.repeat(30)] };
    const post = postText('facebook', long, t);
    expect([...post].length).toBeLessThanOrEqual(POST_MAX_CHARS);
    expect([...post].length).toBeGreaterThan(POST_MAX_CHARS - 20);
    expect(post).toContain('…\n\nXem thêm: ');
    expect(post.endsWith('#NgayGiaDinhVietNam')).toBe(true);
    expect(postText('zalo', { ...input, hashtags: [] }, t).endsWith(link)).toBe(true);
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeLessThan(4.5);
  });
  it('refuses a pair below 4.5:1', () => {
    expect(() => assertContrast([{ text: '#ffffff', background: '#777777', what: 'chữ' }])).toThrow(/Độ tương phản của chữ chỉ 4\.48:1/);
    expect(() => assertContrast([{ text: '#767676', background: '#ffffff', what: 'chữ' }])).not.toThrow();
    expect(() => contrastRatio('white', '#fff')).toThrow();
  });
});
