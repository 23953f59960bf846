/**
 * Poster PDFs are cached by exactly what they show (issue 20): on the shipped content, a second
 * build draws none; a change to one material's text, to the agency, to a hotline or to the fonts
 * draws again exactly the posters that print it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileCache } from '../../../src/build/file-cache.ts';
import { loadLinks, type LinksData } from '../../../src/permalinks/links-data.ts';
import { posterCacheKey, posterJobs, writePosterPdfs } from '../../../src/permalinks/posters.ts';
import { ROOT } from '../../helpers/astro.ts';

let work: string;
let links: LinksData;
const cacheDir = () => join(work, 'cache');

/** Writes every poster with the cache folder; how many were drawn and reused. */
async function build(data: LinksData): Promise<{ made: number; reused: number; count: number }> {
  const cache = openFileCache(cacheDir(), 'pdf');
  const count = await writePosterPdfs(ROOT, join(work, 'dist'), data.entries, data, cache);
  cache.prune();
  return { ...cache.counts, count };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'poster-cache-'));
  links = loadLinks(ROOT, 'content');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('poster PDF cache', () => {
  it('draws every poster once, and none on a second build of the same content', async () => {
    const cold = await build(links);
    expect(cold.count).toBeGreaterThan(0);
    expect(cold).toMatchObject({ made: cold.count, reused: 0 });
    expect(await build(links)).toEqual({ made: 0, reused: cold.count, count: cold.count });
  }, 120_000);
  it("draws again the two sizes of a material's poster when its title changes, and only those", async () => {
    const job = posterJobs(links.entries, links)[0]!;
    const entries = links.entries.map((entry) =>
      entry.file.collection === 'materials' && entry.file.slug === job.slug && entry.file.lang === job.lang
        ? { ...entry, data: { ...entry.data, title: `${job.title} (sửa)` } }
        : entry,
    );
    const result = await build({ ...links, entries });
    expect(result).toMatchObject({ made: 2, reused: result.count - 2 });
    // The poster with the old title is no longer used and is pruned; the cache holds one file per poster.
    expect(readdirSync(cacheDir())).toHaveLength(result.count);
  }, 120_000);
  it('draws every poster again when the agency name changes', async () => {
    const result = await build({ ...links, settings: { ...links.settings, agencyName: `${links.settings.agencyName} tỉnh` } });
    expect(result).toMatchObject({ made: result.count, reused: 0 });
  }, 120_000);
});

describe('posterCacheKey', () => {
  const shown = {
    lang: 'vi',
    title: 'Nơi tạm lánh',
    summary: 'Tóm tắt',
    agencyName: 'Sở',
    shortUrlText: 'example.org/q/7K2P',
    qrText: 'https://example.org/q/7K2P',
    hotlines: [{ number: '111', name: 'Tổng đài 111', caveat: '', caveatFamily: 'Noto Sans' as const }],
    labels: { scan: 'Quét', or: 'hoặc', hotlines: 'Số' },
    families: {
      agencyName: 'Noto Sans',
      title: 'Noto Sans',
      summary: 'Noto Sans',
      scan: 'Noto Sans',
      or: 'Noto Sans',
      shortUrlText: 'Noto Sans',
      hotlines: 'Noto Sans',
      hotlineNumber: 'Noto Sans',
      hotlineName: 'Noto Sans',
    } as const,
  };
  const files = { cover: 'c1', fonts: ['f1', 'f2'] };
  const key = posterCacheKey(shown, files, 'a4', 'd1');
  it('changes with every text, family, file, size and drawing the poster shows', () => {
    const variants = [
      posterCacheKey({ ...shown, lang: 'tyz' }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, title: 'Khác' }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, summary: 'Khác' }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, agencyName: 'Khác' }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, shortUrlText: 'example.org/q/9ABC' }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, qrText: 'https://example.org/q/9ABC' }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, hotlines: [{ ...shown.hotlines[0]!, number: '113' }] }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, hotlines: [{ ...shown.hotlines[0]!, caveat: 'có phí' }] }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, labels: { ...shown.labels, scan: 'Quét mã' } }, files, 'a4', 'd1'),
      posterCacheKey({ ...shown, families: { ...shown.families, title: 'Noto Sans Khmer' } }, files, 'a4', 'd1'),
      posterCacheKey(shown, { ...files, cover: 'c2' }, 'a4', 'd1'),
      posterCacheKey(shown, { ...files, cover: undefined }, 'a4', 'd1'),
      posterCacheKey(shown, { ...files, fonts: ['f1', 'f3'] }, 'a4', 'd1'),
      posterCacheKey(shown, files, 'a3', 'd1'),
      posterCacheKey(shown, files, 'a4', 'd2'),
    ];
    expect(new Set([key, ...variants]).size).toBe(variants.length + 1);
  });
  it('is the same for the same poster', () => {
    expect(posterCacheKey(structuredClone(shown), structuredClone(files), 'a4', 'd1')).toBe(key);
  });
});
