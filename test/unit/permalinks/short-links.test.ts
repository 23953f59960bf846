import { describe, expect, it } from 'vitest';
import {
  assignCodes,
  CODE_ALPHABET,
  eventYaml,
  isValidCode,
  newCode,
  parseRegistry,
  seededRandom,
  qrText,
  resolveRegistry,
  shortUrl,
  type RegistryEvent,
} from '../../../src/permalinks/short-links.ts';
import { parseManifest, unresolvedUrls } from '../../../src/permalinks/url-manifest.ts';
import { redirectRules } from '../../../src/permalinks/deploy-target.ts';
import { codePaths, nginxInclude, redirectsFile } from '../../../src/permalinks/redirect-files.ts';

const LANGS = ['vi', 'tyz'];
const pages = (...keys: string[]) => new Map(keys.map((key) => [key, LANGS]));
const registry = (...lines: string[]) => parseRegistry(`entries:\n${lines.map((l) => `  - ${l}\n`).join('')}`);

describe('registry', () => {
  it('keeps the code when a slug is renamed, and redirects the old URL', () => {
    const { events, problems } = registry(
      '{ code: 7K2P, page: materials/ten-cu, lang: vi }',
      '{ code: 9BXD, page: materials/ten-cu, lang: tyz }',
      '{ move: materials/ten-cu, to: materials/ten-moi }',
    );
    expect(problems).toEqual([]);
    const result = resolveRegistry(events, pages('materials/ten-moi'));
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.codes.map((c) => [c.code, c.url])).toEqual([
      ['7K2P', '/tai-lieu/ten-moi/'],
      ['9BXD', '/tyz/tai-lieu/ten-moi/'],
    ]);
    expect(result.redirects.get('/tai-lieu/ten-cu/')).toBe('/tai-lieu/ten-moi/');
    expect(result.redirects.get('/tyz/tai-lieu/ten-cu/')).toBe('/tyz/tai-lieu/ten-moi/');
  });

  it('follows a rename of a rename straight to the end (no chain)', () => {
    const { events } = registry(
      '{ code: 7K2P, page: materials/a, lang: vi }',
      '{ move: materials/a, to: materials/b }',
      '{ move: materials/b, to: pages/c }',
    );
    const result = resolveRegistry(events, new Map([['pages/c', ['vi']]]));
    expect(result.codes[0]!.url).toBe('/c/');
    expect(result.redirects.get('/tai-lieu/a/')).toBe('/c/');
    expect(result.redirects.get('/tai-lieu/b/')).toBe('/c/');
  });

  it('gives a slug reused by a new page a new code, and leaves the old code with the moved page', () => {
    const { events } = registry(
      '{ code: 7K2P, page: materials/a, lang: vi }',
      '{ move: materials/a, to: materials/b }',
      '{ code: 9BXD, page: materials/a, lang: vi }',
    );
    const result = resolveRegistry(
      events,
      new Map([
        ['materials/a', ['vi']],
        ['materials/b', ['vi']],
      ]),
    );
    expect(result.codes.map((c) => [c.code, c.key])).toEqual([
      ['7K2P', 'materials/b'],
      ['9BXD', 'materials/a'],
    ]);
    expect(result.redirects.size).toBe(0);
    expect(result.missing).toEqual([]);
  });

  it('fails with a clear message naming the page and the code when a page is deleted without a target', () => {
    const { events } = registry('{ code: 7K2P, page: materials/da-xoa, lang: vi }', '{ code: 9BXD, page: campaigns/chien-dich, lang: vi }');
    const result = resolveRegistry(events, new Map([['campaigns/chien-dich', ['vi']]]));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBe(2);
    expect(result.problems[0]!.message).toContain(
      'Mã 7K2P dẫn tới trang materials/da-xoa (vi, địa chỉ /tai-lieu/da-xoa/) nhưng trang này không còn',
    );
    expect(result.problems[0]!.message).toContain('npm run links -- retire materials/da-xoa');
  });

  it('sends a retired page and its code to the target', () => {
    const { events } = registry(
      '{ code: 7K2P, page: materials/da-xoa, lang: vi }',
      '{ code: 9BXD, page: campaigns/chien-dich, lang: vi }',
      '{ retire: materials/da-xoa, target: campaigns/chien-dich }',
    );
    const result = resolveRegistry(events, new Map([['campaigns/chien-dich', ['vi']]]));
    expect(result.problems).toEqual([]);
    expect(result.codes.find((c) => c.code === '7K2P')).toMatchObject({ url: '/chien-dich/chien-dich/', retired: true });
    expect(result.redirects.get('/tai-lieu/da-xoa/')).toBe('/chien-dich/chien-dich/');
  });

  it('names every page and language without a code of its own', () => {
    const { events } = registry('{ code: 7K2P, page: materials/a, lang: vi }');
    expect(resolveRegistry(events, pages('materials/a', 'pages/b')).missing).toEqual([
      { key: 'materials/a', lang: 'tyz' },
      { key: 'pages/b', lang: 'vi' },
      { key: 'pages/b', lang: 'tyz' },
    ]);
  });

  it('rejects a code used twice, in any case', () => {
    const { problems } = registry('{ code: 7K2P, page: materials/a, lang: vi }', '{ code: 7K2P, page: materials/b, lang: vi }');
    expect(problems.map((p) => p.message)).toEqual(['Mã "7K2P" đã dùng ở dòng 2. Mỗi mã chỉ dùng một lần, kể cả mã của trang đã xóa.']);
    expect(registry('{ code: 7k2p, page: materials/a, lang: vi }').problems[0]!.message).toContain('không hợp lệ');
  });

  it('rejects ambiguous letters, vowels and malformed lines', () => {
    for (const code of ['7K2O', '7K20', '1K2P', '7I2P', '7L2P', 'BAKE', 'K2P', '7K2P9X']) expect(isValidCode(code)).toBe(false);
    expect(registry('{ code: 7K2P, page: tai-lieu, lang: vi }').problems).toHaveLength(1);
    expect(registry('{ code: 7K2P, page: materials/a }').problems[0]!.message).toContain('{code, page, lang}');
  });
});

describe('codes', () => {
  it('are 4 characters from an alphabet without 0, O, 1, I, L or vowels', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OILAEUY]/);
    const code = newCode(new Set(), seededRandom('materials/a vi'));
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}$`));
    expect(isValidCode(code)).toBe(true);
  });

  it('are drawn from the page and language, so the build and "npm run links" give a new page the same code', () => {
    const pages = [
      { key: 'materials/a', lang: 'vi' },
      { key: 'materials/a', lang: 'tyz' },
      { key: 'materials/b', lang: 'vi' },
    ];
    const once = assignCodes([], pages);
    const reversed = assignCodes([], [...pages].reverse()).reverse();
    const alone = assignCodes([], [pages[2]!]);
    expect(reversed).toEqual(once);
    expect(alone[0]).toEqual(once[2]);
    expect(new Set(once.map((e) => (e.kind === 'code' ? e.code : ''))).size).toBe(3);
  });

  it('never collide, even when the random source repeats itself', () => {
    let n = 0;
    const repeating = (max: number) => (n++ % 8 < 4 ? 0 : max - 1); // yields 2222, ZZZZ, 2222, …
    const events: RegistryEvent[] = assignCodes(
      [],
      Array.from({ length: 3 }, (_, i) => ({ key: `materials/p${i}`, lang: 'vi' })),
      repeating,
    );
    const codes = events.map((e) => (e.kind === 'code' ? e.code : ''));
    expect(new Set(codes).size).toBe(3);
    expect(codes.slice(0, 2)).toEqual(['2222', 'ZZZZ']);
    expect(codes[2]).toHaveLength(5);
  });

  it('hundreds of assigned codes are all distinct and round-trip through the file format', () => {
    const missing = Array.from({ length: 500 }, (_, i) => ({ key: `materials/p${i}`, lang: 'vi' }));
    const events = assignCodes([], missing);
    const parsed = parseRegistry(`entries:\n${events.map(eventYaml).join('')}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.events.map(({ line: _line, ...e }) => e)).toEqual(events);
  });
});

describe('short URL and redirects', () => {
  it('puts the URL in QR alphanumeric form', () => {
    expect(qrText('https://binhdanggioi.example.org/', '7K2P')).toBe('HTTPS://BINHDANGGIOI.EXAMPLE.ORG/Q/7K2P');
    expect(qrText('https://x.org', '7K2P')).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(shortUrl('https://x.org/', '7K2P')).toBe('https://x.org/q/7K2P/');
  });

  it('answers the code in upper and lower case, with and without the slash', () => {
    expect(codePaths('7K2P')).toEqual(['/q/7K2P', '/q/7K2P/', '/Q/7K2P', '/Q/7K2P/', '/q/7k2p', '/q/7k2p/']);
    const codes = [{ code: '7K2P', url: '/tai-lieu/a/' }];
    const file = redirectsFile(redirectRules('any', codes, new Map([['/tai-lieu/cu/', '/tai-lieu/a/']])));
    expect(file).toContain('/tai-lieu/cu /tai-lieu/a/ 301');
    // Three rules a code in _redirects (hosts cap the file); the other forms have fallback pages.
    expect(file.split('\n').filter((line) => line.includes('7K2P') || line.includes('7k2p'))).toEqual([
      '/Q/7K2P /tai-lieu/a/ 301',
      '/q/7K2P /tai-lieu/a/ 301',
      '/q/7K2P/ /tai-lieu/a/ 301',
    ]);
    expect(nginxInclude(codes, new Map())).toContain('location ~* ^/q/7K2P/?$ { return 301 /tai-lieu/a/; }');
  });

  it('names manifest URLs that neither a page nor a redirect answers', () => {
    const manifest = parseManifest('# comment\n/\n/tai-lieu/a/\n/tai-lieu/cu/\n/tai-lieu/mat/\n');
    expect(unresolvedUrls(manifest, (url) => ['/', '/tai-lieu/a/'].includes(url), new Map([['/tai-lieu/cu/', '/tai-lieu/a/']]))).toEqual([
      '/tai-lieu/mat/',
    ]);
  });
});
