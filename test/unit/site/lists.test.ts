import { describe, expect, it } from 'vitest';
import { campaignsByYear, currentCampaign, groupByKind, legalLibrary, materialsByAudience, materialsByCampaign, newestMaterials, paginateList } from '../../../src/site/lists.ts';
import { KIND_SLUGS, SECTION_PAGES, audienceUrl, audiencesIndexUrl, campaignMaterialsUrl, materialsKindUrl } from '../../../src/site/routes.ts';
import { AUDIENCES, type Audience } from '../../../src/schemas/audience.ts';
import { localize } from '../../../src/i18n/localize.ts';
import type { CampaignKind } from '../../../src/schemas/campaign.ts';
import type { DocType } from '../../../src/schemas/legal.ts';
import type { MaterialKind } from '../../../src/schemas/material.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ENABLED = ['vi', 'tyz'];

const material = (id: string, published: string, kind: MaterialKind = 'article', campaign = 'thang-hanh-dong-2026') => ({
  id,
  data: { title: id, campaign, kind, published: day(published), draft: false },
});
const campaign = (id: string, kind: CampaignKind, start: string, end: string) => ({
  id,
  data: { title: id, kind, year: Number(start.slice(0, 4)), start: day(start), end: day(end), draft: false },
});
const legal = (id: string, docType: DocType, issued: string) => ({ id, data: { number: id, docType, issued: day(issued), draft: false } });
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

describe('newestMaterials', () => {
  const materials = localize(
    [
      material('vi/cu', '2025-01-10'),
      material('vi/moi', '2026-03-05'),
      material('vi/giua', '2025-11-20'),
      material('tyz/giua', '2025-11-20'),
      material('vi/b-cung-ngay', '2026-03-05'),
    ],
    ENABLED,
  );
  it('orders newest first, ties by slug', () => {
    expect(slugs(newestMaterials(materials, 'vi', 10))).toEqual(['b-cung-ngay', 'moi', 'giua', 'cu']);
    expect(slugs(newestMaterials([...materials].reverse(), 'vi', 10))).toEqual(['b-cung-ngay', 'moi', 'giua', 'cu']);
  });
  it('keeps at most `limit`', () => {
    expect(slugs(newestMaterials(materials, 'vi', 2))).toEqual(['b-cung-ngay', 'moi']);
  });
  it('gives one item per slug in the reader language, translated where possible', () => {
    const tyz = newestMaterials(materials, 'tyz', 10);
    expect(tyz.every((m) => m.lang === 'tyz')).toBe(true);
    expect(tyz.map((m) => `${m.slug}:${m.contentLang}`)).toEqual(['b-cung-ngay:vi', 'moi:vi', 'giua:tyz', 'cu:vi']);
  });
  it('does not reorder its input', () => {
    const before = slugs(materials);
    newestMaterials(materials, 'vi', 10);
    expect(slugs(materials)).toEqual(before);
  });
});

describe('materialsByCampaign', () => {
  it('groups each campaign’s materials, newest first', () => {
    const materials = localize(
      [
        material('vi/a', '2026-01-01', 'article', 'x'),
        material('vi/b', '2026-02-01', 'article', 'y'),
        material('vi/c', '2026-03-01', 'poster', 'x'),
      ],
      ENABLED,
    );
    const groups = materialsByCampaign(materials, 'vi');
    expect([...groups.keys()].sort()).toEqual(['x', 'y']);
    expect(slugs(groups.get('x')!)).toEqual(['c', 'a']);
    expect(slugs(groups.get('y')!)).toEqual(['b']);
    expect(groups.get('x')!.every((m) => m.lang === 'vi')).toBe(true);
  });
});

describe('groupByKind', () => {
  it('follows the declared kind order and drops empty kinds', () => {
    const materials = localize(
      [
        material('vi/a', '2026-01-01', 'qa'),
        material('vi/b', '2026-01-02', 'article'),
        material('vi/c', '2026-01-03', 'video'),
        material('vi/d', '2026-01-04', 'article'),
      ],
      ['vi'],
    );
    const groups = groupByKind(materials);
    expect(groups.map((g) => g.kind)).toEqual(['article', 'video', 'qa']);
    expect(slugs(groups[0]!.items)).toEqual(['b', 'd']);
  });
  it('returns no groups for no materials', () => {
    expect(groupByKind([])).toEqual([]);
  });
});

describe('materialsByAudience', () => {
  const aimed = (id: string, published: string, audiences: Audience[]) => ({ id, data: { ...material(id, published).data, audiences } });
  const materials = localize(
    [
      aimed('vi/cha-me-cu', '2025-01-10', ['cha-me']),
      aimed('vi/hai-nhom', '2026-03-05', ['nam-gioi', 'cha-me']),
      // A translation's own (copied or stale) audiences do not count: the Vietnamese version's do.
      aimed('tyz/hai-nhom', '2026-03-05', []),
      material('vi/khong-nhom', '2026-01-01'),
    ],
    ENABLED,
  );
  it('lists every audience, in the list\'s order, with its materials newest first; a material aimed at two is in both', () => {
    const vi = materialsByAudience(materials, 'vi');
    expect([...vi.keys()]).toEqual([...AUDIENCES]);
    expect(slugs(vi.get('cha-me')!)).toEqual(['hai-nhom', 'cha-me-cu']);
    expect(slugs(vi.get('nam-gioi')!)).toEqual(['hai-nhom']);
    expect(vi.get('nguoi-khuyet-tat')).toEqual([]);
  });
  it('gives a reader of another language its version or the fallback, listed where the Vietnamese original is', () => {
    const tyz = materialsByAudience(materials, 'tyz').get('cha-me')!;
    expect(tyz.map((m) => [m.slug, m.contentLang])).toEqual([
      ['hai-nhom', 'tyz'],
      ['cha-me-cu', 'vi'],
    ]);
  });
  it('has addresses made of the audience ids, a short code for the index and each first page', () => {
    expect(audiencesIndexUrl('vi')).toBe('/doi-tuong/');
    expect(audienceUrl('km', 'cha-me')).toBe('/km/doi-tuong/cha-me/');
    expect(audienceUrl('vi', 'nguoi-bi-bao-luc', 2)).toBe('/doi-tuong/nguoi-bi-bao-luc/2/');
    expect(SECTION_PAGES['doi-tuong']!('tyz')).toBe('/tyz/doi-tuong/');
    expect(AUDIENCES.map((a) => SECTION_PAGES[`doi-tuong-${a}`]!('vi'))).toEqual(AUDIENCES.map((a) => `/doi-tuong/${a}/`));
  });
});

describe('campaignsByYear', () => {
  it('puts the newest year first and each year’s campaigns by start date', () => {
    const campaigns = localize(
      [
        campaign('vi/chien-dich-2025', 'action-month', '2025-11-15', '2025-12-15'),
        campaign('vi/thang-2026', 'action-month', '2026-11-15', '2026-12-15'),
        campaign('vi/gia-dinh-2026', 'family-day', '2026-06-01', '2026-06-30'),
        campaign('vi/phap-luat-2026', 'legal-dissemination', '2026-11-09', '2026-11-30'),
      ],
      ENABLED,
    );
    const years = campaignsByYear(campaigns, 'tyz');
    expect(years.map((y) => [y.year, slugs(y.items)])).toEqual([
      [2026, ['gia-dinh-2026', 'phap-luat-2026', 'thang-2026']],
      [2025, ['chien-dich-2025']],
    ]);
    expect(years.flatMap((y) => y.items).every((c) => c.lang === 'tyz')).toBe(true);
  });
});

describe('currentCampaign', () => {
  const campaigns = localize(
    [
      campaign('vi/thang-2026', 'action-month', '2026-11-15', '2026-12-15'),
      campaign('tyz/thang-2026', 'action-month', '2026-11-15', '2026-12-15'),
      campaign('vi/gia-dinh-2026', 'family-day', '2026-06-01', '2026-06-30'),
    ],
    ENABLED,
  );
  it('returns the reader’s version of the campaign in season', () => {
    const vi = currentCampaign(campaigns, 'vi', day('2026-11-20'));
    const tyz = currentCampaign(campaigns, 'tyz', day('2026-11-20'));
    expect([vi?.slug, vi?.lang, vi?.contentLang]).toEqual(['thang-2026', 'vi', 'vi']);
    expect([tyz?.slug, tyz?.lang, tyz?.contentLang]).toEqual(['thang-2026', 'tyz', 'tyz']);
  });
  it('picks the June campaign in June and nothing from an empty list', () => {
    expect(currentCampaign(campaigns, 'vi', day('2026-06-10'))?.slug).toBe('gia-dinh-2026');
    expect(currentCampaign([], 'vi', day('2026-06-10'))).toBeUndefined();
  });
});

describe('legalLibrary', () => {
  it('groups by document type in reading order, newest first within a type', () => {
    const documents = localize(
      [
        legal('vi/nd-125', 'nghi-dinh', '2021-12-28'),
        legal('vi/luat-2006', 'luat', '2006-11-29'),
        legal('vi/nd-70', 'nghi-dinh', '2008-06-04'),
        legal('vi/luat-2022', 'luat', '2022-11-14'),
        legal('vi/bo-luat', 'bo-luat', '2019-11-20'),
        legal('vi/ct-21', 'chi-thi', '2018-01-20'),
      ],
      ENABLED,
    );
    const library = legalLibrary(documents, 'vi');
    expect(library.map((g) => [g.docType, slugs(g.items)])).toEqual([
      ['luat', ['luat-2022', 'luat-2006']],
      ['bo-luat', ['bo-luat']],
      ['nghi-dinh', ['nd-125', 'nd-70']],
      ['chi-thi', ['ct-21']],
    ]);
  });
});

describe('paginateList', () => {
  it('cuts a list into pages of the given size, numbered from 1', () => {
    const pages = paginateList(Array.from({ length: 50 }, (_, i) => i), 24);
    expect(pages.map((p) => [p.page, p.pages, p.total, p.items.length])).toEqual([
      [1, 3, 50, 24],
      [2, 3, 50, 24],
      [3, 3, 50, 2],
    ]);
    expect(pages[2]!.items).toEqual([48, 49]);
  });
  it('keeps one empty first page for an empty list, so its address always works', () => {
    expect(paginateList([], 24)).toEqual([{ items: [], page: 1, pages: 1, total: 0 }]);
  });
});

describe('lists by kind', () => {
  it('have fixed addresses, one per kind, with page numbers from page 2', () => {
    expect(materialsKindUrl('vi', 'qa')).toBe('/tai-lieu/loai/hoi-dap/');
    expect(materialsKindUrl('vi', 'qa', 1)).toBe('/tai-lieu/loai/hoi-dap/');
    expect(materialsKindUrl('km', 'article', 3)).toBe('/km/tai-lieu/loai/bai-viet/3/');
    expect(campaignMaterialsUrl('vi', 'thang-hanh-dong-2026')).toBe('/chien-dich/thang-hanh-dong-2026/tai-lieu/');
    expect(campaignMaterialsUrl('km', 'thang-hanh-dong-2026', 2)).toBe('/km/chien-dich/thang-hanh-dong-2026/tai-lieu/2/');
    expect(new Set(Object.values(KIND_SLUGS)).size).toBe(Object.keys(KIND_SLUGS).length);
  });
});
