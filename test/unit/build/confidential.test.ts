import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { distTexts, formatLeaks } from '../../../src/build/confidential.ts';
import { confidentialAddresses, findLeaks, foldForMatch, needlesOf } from '../../../src/collections/confidential.ts';
import type { CheckedEntry } from '../../../src/collections/problems.ts';

const ADDRESS = 'Số 0 đường Mẫu, thôn Mẫu (địa chỉ giả để kiểm thử, không được hiện)';
const shelter = { path: 'content/services/vi/nha-tam-lanh.yaml', name: 'Nhà tạm lánh mẫu', address: ADDRESS };

const entry = (collection: string, data: Record<string, unknown>, raw: Record<string, unknown>) =>
  ({ file: { collection, path: `content/${collection}/vi/x.yaml`, data: raw }, data }) as unknown as CheckedEntry;

describe('confidential addresses', () => {
  it('are read from the files of confidential services only (the checked data has none)', () => {
    const entries = [
      entry('services', { name: 'A', location: 'confidential' }, { address: ` ${ADDRESS} ` }),
      entry('services', { name: 'B', location: 'public', address: 'Trụ sở xã' }, { address: 'Trụ sở xã' }),
      entry('services', { name: 'C', location: 'confidential' }, {}),
      entry('hotlines', { name: 'D', location: 'confidential' }, { address: 'x' }),
    ];
    expect(confidentialAddresses(entries)).toEqual([{ path: 'content/services/vi/x.yaml', name: 'A', address: ADDRESS }]);
  });

  it('match whatever the case, spacing, tags, references, JSON escapes or Unicode form', () => {
    const variants = [
      `<p>Đến ${ADDRESS}.</p>`,
      ADDRESS.toUpperCase(),
      ADDRESS.normalize('NFD'),
      'Số 0 <strong>đường   Mẫu</strong>,\n thôn Mẫu',
      'S&#7889; 0 đường M&#7851;u, thôn Mẫu',
      JSON.stringify('Số 0 đường Mẫu, thôn Mẫu').replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      'Số 0 đường\u200bMẫu, thôn Mẫu',
    ];
    for (const text of variants) expect(findLeaks([shelter], [{ where: '/x/', text }]), text).toHaveLength(1);
  });

  it('do not match other text, nor a remnant too short to tell', () => {
    expect(
      findLeaks(
        [shelter],
        [
          { where: '/x/', text: 'Số 1 đường Mẫu, thôn Mẫu' },
          { where: '/y/', text: 'thôn Mẫu' },
        ],
      ),
    ).toEqual([]);
    expect(needlesOf('Thôn A')).toEqual([]);
    expect(needlesOf(ADDRESS)).toEqual([foldForMatch(ADDRESS), 'số0đườngmẫu,thônmẫu']);
    expect(findLeaks([], [{ where: '/x/', text: ADDRESS }])).toEqual([]);
  });

  it('are looked for in every text file of dist/, the search fragments decompressed, not in images', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confidential-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'tai-lieu/bai'), { recursive: true });
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dir, 'tai-lieu/bai/index.html'), `<main><p>${ADDRESS}</p></main>`);
    writeFileSync(join(dir, 'rss.xml'), `<item><description>&lt;p&gt;${ADDRESS}&lt;/p&gt;</description></item>`);
    writeFileSync(join(dir, '_redirects'), '/a /b 301\n');
    writeFileSync(
      join(dir, 'pagefind/fragment/vi_1.pf_fragment'),
      gzipSync(Buffer.from(`pagefind_dcd{"url":"/tai-lieu/bai/","content":"Số 0 đường duong Mẫu, thôn Mẫu"}`)),
    );
    writeFileSync(join(dir, 'anh.jpg'), ADDRESS);
    const leaks = findLeaks([shelter], distTexts(dir));
    expect(leaks.map((l) => l.where)).toEqual([
      '/tai-lieu/bai/ (chỉ mục tìm kiếm, pagefind/fragment/vi_1.pf_fragment)',
      'rss.xml',
      '/tai-lieu/bai/',
    ]);
    const report = formatLeaks(leaks);
    expect(report).toContain(
      'content/services/vi/nha-tam-lanh.yaml — trường "address" (Địa chỉ): địa chỉ giữ kín của "Nhà tạm lánh mẫu" xuất hiện ở /tai-lieu/bai/. Hãy xóa',
    );
    expect(report.split('\n')[0]).toBe('Dừng xuất bản: 3 chỗ để lộ địa chỉ của dịch vụ phải giữ kín địa chỉ.');
  });
});
