/** The CMS refuses oversized uploads before Decap sees them, with a Vietnamese message naming the file. */
import { describe, expect, it } from 'vitest';
import { mediaProblem } from '../../../admin/media-limits.ts';

describe('upload limits in the CMS', () => {
  it('accepts an image up to 10 MB and a document up to 25 MB', () => {
    expect(mediaProblem({ name: 'anh.jpg', size: 10_000_000, type: 'image/jpeg' })).toBeUndefined();
    expect(mediaProblem({ name: 'to-roi.pdf', size: 25_000_000, type: 'application/pdf' })).toBeUndefined();
  });
  it('refuses a larger image or document, naming the file, its size and the limit', () => {
    expect(mediaProblem({ name: 'anh-lon.png', size: 10_000_001 })).toBe(
      'Tệp "anh-lon.png" nặng 10 MB, vượt giới hạn 10 MB cho ảnh. Hãy giảm kích thước ảnh (ví dụ lưu lại với chiều rộng khoảng 2000 điểm ảnh) rồi tải lên lại.',
    );
    expect(mediaProblem({ name: 'bao-cao.pdf', size: 26_400_000, type: 'application/pdf' })).toContain('nặng 26,4 MB, vượt giới hạn 25 MB cho tài liệu');
  });
});

describe('recordings in the CMS', () => {
  it('accepts an MP3 or M4A up to the limit of the settings (5 MB by default)', () => {
    expect(mediaProblem({ name: 'bai-doc.mp3', size: 5_000_000, type: 'audio/mpeg' })).toBeUndefined();
    expect(mediaProblem({ name: 'bai-doc.m4a', size: 7_000_000, type: 'audio/mp4' }, 8)).toBeUndefined();
  });
  it('refuses a 6 MB recording with the message the content check gives', () => {
    expect(mediaProblem({ name: 'bai-doc.mp3', size: 6_000_000, type: 'audio/mpeg' })).toMatch(
      /^Tệp ghi âm "bai-doc\.mp3" nặng 6 MB, vượt giới hạn 5 MB \(Cài đặt trang › Dung lượng tối đa của tệp ghi âm\)/,
    );
  });
  it('refuses audio that not every phone plays, whatever its size', () => {
    expect(mediaProblem({ name: 'bai-doc.wav', size: 1000, type: 'audio/wav' })).toMatch(/chỉ nhận MP3 \(\.mp3\) hoặc M4A \(\.m4a\)/);
    expect(mediaProblem({ name: 'ghi-am.ogg', size: 1000 })).toMatch(/chỉ nhận MP3/);
  });
});
