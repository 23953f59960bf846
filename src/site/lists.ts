/**
 * The lists pages show (newest materials, by campaign, by kind, pages of a list, campaigns by
 * year, the current campaign, the legal library), so no page writes its own filter or sort.
 * Pure functions over the localized entries (one per slug and reader language); they cache
 * nothing, so a page that calls one computes it for itself.
 */
import { MATERIAL_KINDS, type MaterialKind } from '../schemas/material.ts';
import { DOC_TYPES, type DocType } from '../schemas/legal.ts';
import { AUDIENCES, type Audience } from '../schemas/audience.ts';
import { selectCurrentCampaign, type CampaignLike } from '../calendar/campaigns.ts';
import type { EntryLike, Localized } from '../i18n/localize.ts';

type WithData<D> = EntryLike & { data: D & { draft?: boolean } };

export interface MaterialFields {
  title: string;
  campaign: string;
  kind: MaterialKind;
  published: Date;
  /** The groups it is written for; the Vietnamese version's are the material's (the CMS copies them into every language). */
  audiences?: readonly Audience[];
}
export interface LegalFields {
  number: string;
  docType: DocType;
  issued: Date;
}

type MaterialItem = Localized<WithData<MaterialFields>>;
type CampaignItem = Localized<WithData<CampaignLike>>;
type LegalItem = Localized<WithData<LegalFields>>;

type Dated = { slug: string; entry: { data: { published: Date } } };

/** Newest first by publication date, then by slug. */
export const byPublishedDesc = (a: Dated, b: Dated) =>
  b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.slug.localeCompare(b.slug);

/** The versions a reader of `lang` sees. */
export function forLanguage<T extends Localized<EntryLike>>(items: readonly T[], lang: string): T[] {
  return items.filter((item) => item.lang === lang);
}

/** Newest first, at most `limit`. */
export function newestMaterials<T extends MaterialItem>(materials: readonly T[], lang: string, limit: number): T[] {
  return forLanguage(materials, lang).sort(byPublishedDesc).slice(0, limit);
}

/** Materials of each campaign, newest first. */
export function materialsByCampaign<T extends MaterialItem>(materials: readonly T[], lang: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of forLanguage(materials, lang).sort(byPublishedDesc)) {
    const key = item.entry.data.campaign;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  return groups;
}

/** Groups materials by kind, in the order kinds are declared; empty kinds are left out. */
export function groupByKind<T extends MaterialItem>(materials: readonly T[]): { kind: MaterialKind; items: T[] }[] {
  return MATERIAL_KINDS.map((kind) => ({ kind, items: materials.filter((m) => m.entry.data.kind === kind) })).filter((group) => group.items.length > 0);
}

/**
 * The materials a reader of `lang` sees for each audience, newest first, every audience listed
 * (an empty one too). The audiences are those of the Vietnamese version, so that a translation or
 * a fallback page is listed exactly where its original is.
 */
export function materialsByAudience<T extends MaterialItem>(materials: readonly T[], lang: string): Map<Audience, T[]> {
  const newest = forLanguage(materials, lang).sort(byPublishedDesc);
  return new Map(AUDIENCES.map((audience) => [audience, newest.filter((item) => (item.source.data.audiences ?? []).includes(audience))]));
}

/** How many materials a list by kind shows per page, and the index per kind. */
export const KIND_PAGE_SIZE = 24;
export const INDEX_PER_KIND = 6;

/** One page of a list: its items, its number (from 1) and how many pages there are. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

/**
 * Splits a list into pages of `size`. An empty list still has one (empty) page, so that a list's
 * first page always exists and its address keeps working.
 */
export function paginateList<T>(items: readonly T[], size: number): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), page: i + 1, pages, total: items.length }));
}

/** Campaigns grouped by year, newest year first, each year's campaigns by start date. */
export function campaignsByYear<T extends CampaignItem>(campaigns: readonly T[], lang: string): { year: number; items: T[] }[] {
  const years = new Map<number, T[]>();
  for (const item of forLanguage(campaigns, lang)) {
    const year = item.entry.data.year;
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(item);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({ year, items: items.sort((a, b) => a.entry.data.start.getTime() - b.entry.data.start.getTime()) }));
}

/** The campaign the home page features for a reader of `lang` on `today`. */
export function currentCampaign<T extends CampaignItem>(campaigns: readonly T[], lang: string, today: Date): T | undefined {
  const mine = forLanguage(campaigns, lang);
  const chosen = selectCurrentCampaign(mine.map((item) => item.entry.data), today);
  return mine.find((item) => item.entry.data === chosen);
}

/** The legal library in reading order: laws first, then decrees, resolutions…; newest first within a type. */
export function legalLibrary<T extends LegalItem>(documents: readonly T[], lang: string): { docType: DocType; items: T[] }[] {
  const mine = forLanguage(documents, lang);
  return DOC_TYPES.map((docType) => ({
    docType,
    items: mine.filter((d) => d.entry.data.docType === docType).sort((a, b) => b.entry.data.issued.getTime() - a.entry.data.issued.getTime()),
  })).filter((group) => group.items.length > 0);
}
