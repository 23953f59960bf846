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
