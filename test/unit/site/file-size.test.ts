import { describe, expect, it } from 'vitest';
import { fileFormat, formatFileSize } from '../../../src/site/file-size.ts';

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 KB'],
    [1500, '1,5 KB'],
    [350_000, '350 KB'],
    [1_500_000, '1,5 MB'],
    [1_234_567, '1,2 MB'],
    [12_000_000, '12 MB'],
    [2_000_000_000, '2 GB'],
  ])('%i bytes → %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (bytes) => {
    expect(() => formatFileSize(bytes)).toThrow(RangeError);
  });
});

describe('fileFormat', () => {
  it.each([
    ['to-gap.pdf', 'PDF'],
    ['bai-viet.DOCX', 'DOCX'],
    ['anh.jpg', 'JPG'],
    ['luu-tru.tar.gz', 'GZ'],
    ['khong-duoi', ''],
    ['dau-cham.', ''],
  ])('%s → %j', (name, expected) => {
    expect(fileFormat(name)).toBe(expected);
  });
});
