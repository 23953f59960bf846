import { describe, expect, it } from 'vitest';
import { labelHtml, labelText } from '../../../src/site/label-html.ts';

describe('labelHtml', () => {
  const mark = 'bản dịch chưa duyệt';
  it('prints reviewed text in the page language as it is, escaped', () => {
    expect(labelHtml({ text: 'Thoát <nhanh>', lang: 'vi' }, 'vi', mark)).toBe('Thoát &lt;nhanh&gt;');
  });
  it('marks reviewed text of another language with its lang', () => {
    expect(labelHtml({ text: 'Thoát nhanh', lang: 'vi' }, 'km', mark)).toBe('<span lang="vi">Thoát nhanh</span>');
  });
  it('never prints a draft alone: its Vietnamese and the mark come with it', () => {
    expect(labelHtml({ text: 'Tơbiă tañ', lang: 'jra', vietnamese: 'Thoát nhanh' }, 'jra', mark)).toBe(
      '<span class="ui-draft"><span lang="jra">Tơbiă tañ</span> <span class="ui-draft__vi" lang="vi">Thoát nhanh</span> <span class="ui-draft__mark" lang="vi">bản dịch chưa duyệt</span></span>',
    );
  });
  it('says a draft that borrows the Vietnamese words once, still marked', () => {
    expect(labelHtml({ text: 'Tổng đài Nhà nước', lang: 'tyz', vietnamese: 'Tổng đài Nhà nước' }, 'nut', mark)).toBe(
      '<span class="ui-draft"><span lang="tyz">Tổng đài Nhà nước</span> <span class="ui-draft__mark" lang="vi">bản dịch chưa duyệt</span></span>',
    );
  });
  it('gives attributes the draft and its Vietnamese as text', () => {
    expect(labelText({ text: 'Xov tooj ceev', lang: 'hmn-Latn-VN', vietnamese: 'Đường dây nóng' })).toBe('Xov tooj ceev (Đường dây nóng)');
    expect(labelText({ text: 'Đường dây nóng', lang: 'vi' })).toBe('Đường dây nóng');
  });
});
