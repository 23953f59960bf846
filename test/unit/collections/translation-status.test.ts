import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reviewQueue, sourceVersion, statusCsv, translationState, type StatusRow } from '../../../src/collections/translation-status.ts';

describe('sourceVersion', () => {
  it('is 12 hex digits and changes when the text changes', () => {
    expect(sourceVersion('a')).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceVersion('Bình đẳng giới')).not.toBe(sourceVersion('Bình đẳng giới.'));
  });
  it('ignores line-end style, a BOM and Unicode normalisation form', () => {
    const text = '---\ntitle: Bình đẳng giới\n---\nNội dung\n';
    expect(sourceVersion(text.replace(/\n/g, '\r\n'))).toBe(sourceVersion(text));
    expect(sourceVersion(`\uFEFF${text}`)).toBe(sourceVersion(text));
    expect(sourceVersion(text.normalize('NFD'))).toBe(sourceVersion(text));
  });
});

describe('translationState', () => {
  it('missing, outdated, unreviewed, current', () => {
    expect(translationState('abc', undefined)).toBe('missing');
    expect(translationState('abc', { sourceVersion: 'old', reviewed: true })).toBe('outdated');
    expect(translationState('abc', { sourceVersion: 'abc', reviewed: false })).toBe('unreviewed');
    expect(translationState('abc', { sourceVersion: 'abc', reviewed: true })).toBe('current');
  });
  it('a translation file without bookkeeping is outdated, not missing', () => {
    expect(translationState('abc', undefined, true)).toBe('outdated');
  });
});

describe('statusCsv', () => {
  const rows: StatusRow[] = [
    { collection: 'materials', slug: 'a', title: 'Bình đẳng, "giới"', lang: 'km', state: 'unreviewed', sourceVersion: 'abc123abc123' },
    { collection: 'pages', slug: 'b', title: 'Giới thiệu', lang: 'tyz', state: 'missing', sourceVersion: 'def456def456' },
  ];
  it('starts with a UTF-8 BOM and quotes fields with commas and quotes', () => {
    const csv = statusCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"Bình đẳng, ""giới"""');
    expect(csv.split('\r\n')).toHaveLength(4);
  });
  it('parses back to the same cells', () => {
    const lines = statusCsv(rows).slice(1).trim().split('\r\n');
    // A YAML flow sequence reads RFC 4180 quoting well enough for this check.
    const second = parse(`[${lines[2]}]`) as string[];
    expect(second).toEqual(['pages', 'b', 'Giới thiệu', 'tyz', 'Chưa dịch', 'def456def456']);
    expect(lines[0]!.split(',')).toEqual(['Mục', 'Tên tệp', 'Tiêu đề', 'Ngôn ngữ', 'Trạng thái', 'Phiên bản bản gốc']);
  });
});

describe('reviewQueue', () => {
  const row = (lang: string, slug: string, state: StatusRow['state']): StatusRow => ({
    collection: 'materials',
    slug,
    title: slug,
    lang,
    state,
    sourceVersion: 'abcdef012345',
  });
  it('lists what waits for review by language, in the order of the languages, leaving out languages with nothing waiting', () => {
    const rows = [
      row('km', 'a', 'unreviewed'),
      row('tyz', 'b', 'unreviewed'),
      row('tyz', 'c', 'current'),
      row('jra', 'd', 'outdated'),
      row('km', 'e', 'unreviewed'),
    ];
    expect(reviewQueue(rows, ['vi', 'tyz', 'jra', 'km'])).toEqual([
      { lang: 'tyz', rows: [rows[1]] },
      { lang: 'km', rows: [rows[0], rows[4]] },
    ]);
  });
});
