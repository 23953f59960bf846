/**
 * Ready-made lists for the pages, computed once per language so that no page filters again.
 * Inputs are the localized entries (one per slug and reader language).
 */
import { MATERIAL_KINDS, type MaterialKind } from '../schemas/material.ts';
import { DOC_TYPES, type DocType } from '../schemas/legal.ts';
import { selectCurrentCampaign, type CampaignLike } from './campaigns.ts';
import type { EntryLike, Localized } from './localize.ts';

type WithData<D> = EntryLike & { data: D & { draft?: boolean } };

export interface MaterialFields {
  title: string;
  campaign: string;
  kind: MaterialKind;
  published: Date;
}
export interface LegalFields {
  number: string;
  docType: DocType;
  issued: Date;
}

const byPublishedDesc = <E extends WithData<MaterialFields>>(a: Localized<E>, b: Localized<E>) =>
  b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.slug.localeCompare(b.slug);

/** The versions a reader of `lang` sees. */
export function forLanguage<E extends EntryLike>(items: readonly Localized<E>[], lang: string): Localized<E>[] {
  return items.filter((item) => item.lang === lang);
}

/** Newest first, at most `limit`. */
export function newestMaterials<E extends WithData<MaterialFields>>(materials: readonly Localized<E>[], lang: string, limit: number): Localized<E>[] {
  return forLanguage(materials, lang).sort(byPublishedDesc).slice(0, limit);
}

/** Materials of each campaign, newest first. */
export function materialsByCampaign<E extends WithData<MaterialFields>>(materials: readonly Localized<E>[], lang: string): Map<string, Localized<E>[]> {
  const groups = new Map<string, Localized<E>[]>();
  for (const item of forLanguage(materials, lang).sort(byPublishedDesc)) {
    const key = item.entry.data.campaign;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  return groups;
}

/** Groups materials by kind, in the order kinds are declared; empty kinds are left out. */
export function groupByKind<E extends WithData<MaterialFields>>(materials: readonly Localized<E>[]): { kind: MaterialKind; items: Localized<E>[] }[] {
  return MATERIAL_KINDS.map((kind) => ({ kind, items: materials.filter((m) => m.entry.data.kind === kind) })).filter((group) => group.items.length > 0);
}

/** Campaigns grouped by year, newest year first, each year's campaigns by start date. */
export function campaignsByYear<E extends WithData<CampaignLike>>(campaigns: readonly Localized<E>[], lang: string): { year: number; items: Localized<E>[] }[] {
  const years = new Map<number, Localized<E>[]>();
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
export function currentCampaign<E extends WithData<CampaignLike>>(campaigns: readonly Localized<E>[], lang: string, today: Date): Localized<E> | undefined {
  const mine = forLanguage(campaigns, lang);
  const chosen = selectCurrentCampaign(mine.map((item) => item.entry.data), today);
  return mine.find((item) => item.entry.data === chosen);
}

/** The legal library in reading order: laws first, then decrees, resolutions…; newest first within a type. */
export function legalLibrary<E extends WithData<LegalFields>>(documents: readonly Localized<E>[], lang: string): { docType: DocType; items: Localized<E>[] }[] {
  const mine = forLanguage(documents, lang);
  return DOC_TYPES.map((docType) => ({
    docType,
    items: mine.filter((d) => d.entry.data.docType === docType).sort((a, b) => b.entry.data.issued.getTime() - a.entry.data.issued.getTime()),
  })).filter((group) => group.items.length > 0);
}
