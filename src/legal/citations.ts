/**
 * Who cites what: backlinks from a legal document to every material that cites it (through the
 * `legal` list, `LegalRef` or a number in the text), and the out-of-force documents a material
 * cites, for the notice on the material. Pure; the pages pass in the localized entries.
 */
import { legalNumberKey } from './number.ts';
import { citedKeys } from './mentions.ts';
import { byPublishedDesc } from '../site/lists.ts';
import { periodEnded } from './period.ts';
import type { LegalPeriod } from '../schemas/legal.ts';

export interface CitingItem {
  lang: string;
  slug: string;
  entry: { body?: string | undefined; data: { legal?: readonly string[] } };
}

export interface CitedDoc {
  lang: string;
  slug: string;
  entry: { data: { number: string; status: string; replacedBy?: string | undefined; period?: LegalPeriod | undefined } };
}

/** A cited document the reader must be told about: out of force, or a programme whose period has ended. */
export interface CitationNotice<D extends CitedDoc> {
  doc: D;
  replacement?: D;
  /** Why: its legal status, or the end of its period (it may still be formally in force). */
  reason: 'status' | 'period';
}

/** Keys of every document an item cites. */
export function citationsOf(item: CitingItem): Set<string> {
  return citedKeys(item.entry.body ?? '', item.entry.data.legal ?? []);
}

/** Citing materials a document's page lists; the rest are found by searching its number. */
export const BACKLINKS_SHOWN = 12;

/** Citing items found once for a whole build: each document's page is then a lookup, not a rescan of every body. */
export interface CitationIndex<T> {
  /**
   * The newest `limit` items in `lang` citing `number` (by publication date, then slug), and how
   * many more there are: a law cited by thousands of materials keeps a page of the same size.
   */
  newest(lang: string, number: string, limit?: number): { shown: T[]; more: number };
}

/** Reads every item's citations once and groups the items by language and cited document. */
export function citationIndex<T extends CitingItem & { entry: { data: { published: Date } } }>(items: readonly T[]): CitationIndex<T> {
  const byDocument = new Map<string, T[]>();
  for (const item of items) {
    for (const key of citationsOf(item)) {
      const id = `${item.lang} ${key}`;
      if (!byDocument.has(id)) byDocument.set(id, []);
      byDocument.get(id)!.push(item);
    }
  }
  for (const list of byDocument.values()) list.sort(byPublishedDesc);
  return {
    newest(lang, number, limit = BACKLINKS_SHOWN) {
      const all = byDocument.get(`${lang} ${legalNumberKey(number)}`) ?? [];
      return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) };
    },
  };
}

/**
 * Documents an item cites that are out of force (expired or partly expired), each with its
 * replacement if known, and programmes whose period has ended by `today`.
 */
export function outOfForceCitations<D extends CitedDoc>(item: CitingItem, lookup: (number: string) => D | undefined, today?: Date): CitationNotice<D>[] {
  const found: CitationNotice<D>[] = [];
  for (const key of citationsOf(item)) {
    const doc = lookup(key);
    if (!doc) continue;
    const reason = doc.entry.data.status !== 'in-force' ? 'status' : today && periodEnded(doc.entry.data.period, today) ? 'period' : undefined;
    if (!reason) continue;
    const replacement = doc.entry.data.replacedBy ? lookup(doc.entry.data.replacedBy) : undefined;
    found.push(replacement ? { doc, replacement, reason } : { doc, reason });
  }
  return found.sort((a, b) => a.doc.entry.data.number.localeCompare(b.doc.entry.data.number));
}
