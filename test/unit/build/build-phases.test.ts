import { describe, expect, it } from 'vitest';
import { buildPhases, phaseGrowth } from '../../../src/build/build-phases.ts';

describe('build phases from an astro build log', () => {
  it('splits the time between Astro phases and integrations, in order', () => {
    const log = [
      '10:00:04 [WARN] [legal-links] something',
      '10:00:05 [content] Syncing content',
      '10:00:06 [build] Building static entrypoints...',
      '10:00:20 [vite] ✓ built in 14s',
      '10:00:31 [build] Rearranging server assets...',
      ' generating static routes ',
      '10:01:16 ✓ Completed in 45s.',
      ' generating optimized images ',
      '10:01:21 ✓ Completed in 5s.',
      '10:01:21 [build] ✓ Completed in 1m 15s.',
      '10:01:22 [font-coverage] Phông chữ có đủ mọi ký tự.',
      '10:01:52 [og-images] Ảnh chia sẻ: 9098 trang',
      '10:02:00 [precompress] 9223 tệp nén sẵn',
      '10:02:00 [build] Complete!',
    ].join('\n');
    const started = new Date(2026, 10, 24, 10, 0, 0);
    expect(buildPhases(log, started)).toBe(
      'config and content check 6 s, bundling 25 s, pages 45 s, images 5 s, font-coverage 1 s, og-images 30 s, precompress 8 s',
    );
  });
  it('gives nothing for a log without timestamps', () => {
    expect(buildPhases('no timestamps here', new Date())).toBe('');
  });
});

describe('phaseGrowth', () => {
  it('gives each phase its growth, and marks the ones that grew faster than the pages', () => {
    const small = {
      pages: 1000,
      phases: [
        ['pages', 10],
        ['short-links', 20],
        ['search-index', 5],
        ['og-images', 0],
      ] as [string, number][],
    };
    const large = {
      pages: 5000,
      phases: [
        ['pages', 48],
        ['short-links', 150],
        ['search-index', 24],
        ['og-images', 3],
      ] as [string, number][],
    };
    expect(phaseGrowth(small, large)).toBe('pages ×4.8, short-links ×7.5 (!), search-index ×4.8');
  });
});
