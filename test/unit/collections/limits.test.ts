import { describe, expect, it } from 'vitest';
import { mediaProblem } from '../../../src/collections/limits.ts';

describe('mediaProblem', () => {
  it('accepts images up to 10 MB and documents up to 25 MB', () => {
    expect(mediaProblem('anh.jpg', 10_000_000, ['image'])).toBeUndefined();
    expect(mediaProblem('to-gap.pdf', 25_000_000, ['document', 'image'])).toBeUndefined();
  });
  it('rejects bigger files with the size and the limit', () => {
    expect(mediaProblem('anh.JPG', 10_000_001, ['image'])).toMatch(/Ảnh nặng 10 MB, vượt giới hạn 10 MB/);
    expect(mediaProblem('to-gap.pdf', 30_000_000, ['document'])).toBe(
      'Tài liệu nặng 30 MB, vượt giới hạn 25 MB. Hãy nén tệp hoặc chia thành nhiều tệp nhỏ hơn.',
    );
  });
  it('never accepts video or audio, whatever the size', () => {
    expect(mediaProblem('clip.mp4', 10, ['image', 'document'])).toMatch(/Không lưu tệp video hoặc âm thanh \(\.mp4\)/);
    expect(mediaProblem('bai.MP3', 10, ['image'])).toMatch(/\.mp3/);
  });
  it('rejects kinds a folder does not hold', () => {
    expect(mediaProblem('logo.svg', 10, ['image'])).toMatch(/Loại tệp "\.svg" không được dùng/);
  });
});

