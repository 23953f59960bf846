import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHOR_COMPONENT_LIST, AUTHOR_COMPONENTS, authorProps } from '../../../../src/components/author/index.ts';
import { ROOT } from '../../../helpers/astro.ts';

describe('authorProps', () => {
  it('covers the seven author components, one folder each, and every folder', () => {
    // A new component adds its folder and its registry entry; the seven shipped ones stay.
    expect([...AUTHOR_COMPONENTS].sort()).toEqual(
      expect.arrayContaining(['Callout', 'Download', 'FAQ', 'Figure', 'Hotline', 'LegalRef', 'Steps']),
    );
    const folders = readdirSync(join(ROOT, 'src/components/author'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const named = folders.map((folder) =>
      readdirSync(join(folder.parentPath, folder.name))
        .find((file) => file.endsWith('.astro'))
        ?.replace(/\.astro$/, ''),
    );
    expect(named.sort()).toEqual([...AUTHOR_COMPONENTS].sort());
  });
  it('keeps the order of the CMS menu and of the messages', () => {
    expect(AUTHOR_COMPONENTS.slice(0, 7)).toEqual(['Callout', 'Hotline', 'LegalRef', 'Figure', 'Download', 'Steps', 'FAQ']);
  });
  it('gives every component at least one example', () => {
    for (const component of AUTHOR_COMPONENT_LIST) expect(component.examples.length, component.name).toBeGreaterThan(0);
  });
  it('accepts valid props and applies defaults', () => {
    expect(authorProps('Callout', {})).toEqual({ type: 'info' });
    expect(authorProps('Callout', { type: 'danger', title: ' Chú ý ' })).toEqual({ type: 'danger', title: 'Chú ý' });
    expect(authorProps('LegalRef', { number: '125/2021/ND-CP', article: '5' })).toEqual({ number: '125/2021/ND-CP', article: '5' });
    expect(authorProps('Download', { file: 'to-gap-2026.pdf', title: 'Tờ gấp' })).toEqual({ file: 'to-gap-2026.pdf', title: 'Tờ gấp' });
    expect(authorProps('Steps', {})).toEqual({});
  });
  it.each([
    ['Callout', {}],
    ['Hotline', { id: '111' }],
    ['LegalRef', { number: '73/2006/QH11' }],
    ['Figure', {}],
    ['Download', { file: 'to-gap.pdf', title: 'Tờ gấp' }],
    ['Steps', {}],
    ['FAQ', { question: 'Hỏi?' }],
  ] as const)('<%s> refuses an unknown attribute', (name, props) => {
    expect(() => authorProps(name, props)).not.toThrow();
    expect(() => authorProps(name, { ...props, mau: 'do' })).toThrow(
      `Thẻ <${name}> có thuộc tính không hợp lệ: thuộc tính không dùng được: mau`,
    );
  });
  it('rejects an unknown attribute, naming the component and the attribute', () => {
    expect(() => authorProps('Hotline', { id: '111', color: 'red' })).toThrow(
      'Thẻ <Hotline> có thuộc tính không hợp lệ: thuộc tính không dùng được: color',
    );
    expect(() => authorProps('Steps', { start: 3 })).toThrow('Thẻ <Steps> có thuộc tính không hợp lệ: thuộc tính không dùng được: start');
  });
  it('rejects a bad legal number with a Vietnamese message', () => {
    expect(() => authorProps('LegalRef', { number: '15/11/2025' })).toThrow(
      'Thẻ <LegalRef> có thuộc tính không hợp lệ: number: "15/11/2025" không phải số hiệu văn bản hợp lệ.',
    );
  });
  it('rejects other bad values field by field', () => {
    expect(() => authorProps('LegalRef', { number: '73/2006/QH11', article: 'Điều 5' })).toThrow(
      'article: Số điều chỉ gồm chữ số, ví dụ 5.',
    );
    expect(() => authorProps('Callout', { type: 'note' })).toThrow('Thẻ <Callout> có thuộc tính không hợp lệ: type:');
    expect(() => authorProps('Download', { file: 'Tờ gấp.pdf', title: 'Tờ gấp' })).toThrow('file: Tên tệp chỉ gồm chữ thường không dấu');
    expect(() => authorProps('FAQ', {})).toThrow('Thẻ <FAQ> có thuộc tính không hợp lệ: question:');
  });
});
