/**
 * Permanent short links. The registry (content/links/registry.yaml) is one append-only list of
 * events, replayed in order:
 *
 *   - `{ code, page, lang }`  gives the page `page` (collection/slug at that moment) in `lang` a code;
 *   - `{ move, to }`          the page at `move` now lives at `to` (a renamed slug);
 *   - `{ retire, target }`    the page at `retire` was deleted; its readers go to `target`.
 *
 * A code's stable id is the registry entry itself: its page is wherever the events after it carry
 * it, so renaming a slug never changes the code, and a slug reused later by a new page gets a new
 * code without disturbing the old one. Pure: knows no files and no Astro.
 */
import { createHash } from 'node:crypto';
import { parseDocument, isSeq, LineCounter } from 'yaml';
import { collectionFacts, PAGE_COLLECTIONS, type PageCollection } from '../collections/registry.ts';
import { sectionUrl } from '../site/routes.ts';

/**
 * Letters and digits that cannot be misread (no 0/O, 1/I/L) and no vowels (A, E, I, O, U, Y), so
 * that a code never spells a word. Upper case only: QR alphanumeric mode; readers may type either case.
 */
export const CODE_ALPHABET = '23456789BCDFGHJKMNPQRSTVWXZ';
export const CODE_LENGTH = 4;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{4,5}$`);

/**
 * Collections whose entries are public pages (from the collection registry), each with its URL.
 * Page keys are <collection>/<slug>, or sections/<name> for the home and section index pages.
 */
export const PAGE_URLS: Record<PageCollection | 'sections', (lang: string, slug: string) => string> = {
  ...(Object.fromEntries(PAGE_COLLECTIONS.map((name) => [name, collectionFacts(name).url!])) as Record<PageCollection, (lang: string, slug: string) => string>),
  sections: sectionUrl,
};

export type RegistryEvent =
  | { kind: 'code'; code: string; page: string; lang: string; line?: number }
  | { kind: 'move'; from: string; to: string; line?: number }
  | { kind: 'retire'; page: string; target: string; line?: number };

export interface RegistryProblem {
  line?: number;
  message: string;
}

const PAGE_KEY = new RegExp(`^(${Object.keys(PAGE_URLS).join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);

/** Normalises a code as typed by a reader (any case, spaces) to its registered form. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

export function isValidCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** Reads the registry text; every problem is in Vietnamese with its line. */
export function parseRegistry(text: string): { events: RegistryEvent[]; problems: RegistryProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: RegistryProblem[] = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line,
    message: `Lỗi cú pháp YAML (${e.code}). Hãy kiểm tra dòng này.`,
  }));
  const events: RegistryEvent[] = [];
  if (problems.length > 0) return { events, problems };
  const list = doc.get('entries', true);
  if (doc.contents !== null && list !== undefined && !isSeq(list)) {
    return { events, problems: [{ message: 'Trường "entries" phải là một danh sách.' }] };
  }
  const seen = new Map<string, number | undefined>();
  for (const node of isSeq(list) ? list.items : []) {
    const range = (node as { range?: [number, number, number] }).range;
    const line = range ? lineCounter.linePos(range[0]).line : undefined;
    const item = (node as { toJSON?: () => unknown }).toJSON?.() as Record<string, unknown> | undefined;
    const str = (key: string) => (typeof item?.[key] === 'string' || typeof item?.[key] === 'number' ? String(item[key]) : undefined);
    const keys = Object.keys(item ?? {})
      .sort()
      .join(',');
    if (keys === 'code,lang,page') {
      const code = str('code')!;
      const page = str('page')!;
      if (!isValidCode(code)) {
        problems.push({
          line,
          message: `Mã "${code}" không hợp lệ: mã gồm 4–5 ký tự in hoa trong "${CODE_ALPHABET}". Hãy để công cụ "npm run links" tạo mã.`,
        });
      } else if (seen.has(code)) {
        problems.push({
          line,
          message: `Mã "${code}" đã dùng ở dòng ${seen.get(code)}. Mỗi mã chỉ dùng một lần, kể cả mã của trang đã xóa.`,
        });
      }
      seen.set(code, line);
      if (!PAGE_KEY.test(page))
        problems.push({ line, message: `"page: ${page}" phải có dạng <thư mục>/<tên tệp>, ví dụ materials/noi-tam-lanh-la-gi.` });
      events.push({ kind: 'code', code, page, lang: str('lang')!, line });
    } else if (keys === 'move,to') {
      const from = str('move')!;
      const to = str('to')!;
      for (const key of [from, to])
        if (!PAGE_KEY.test(key))
          problems.push({ line, message: `"${key}" phải có dạng <thư mục>/<tên tệp>, ví dụ materials/noi-tam-lanh-la-gi.` });
      events.push({ kind: 'move', from, to, line });
    } else if (keys === 'retire,target') {
      const page = str('retire')!;
      const target = str('target')!;
      for (const key of [page, target])
        if (!PAGE_KEY.test(key))
          problems.push({ line, message: `"${key}" phải có dạng <thư mục>/<tên tệp>, ví dụ campaigns/thang-hanh-dong-2026.` });
      events.push({ kind: 'retire', page, target, line });
    } else {
      problems.push({ line, message: 'Mỗi dòng của sổ mã phải là {code, page, lang}, {move, to} hoặc {retire, target}.' });
    }
  }
  return { events, problems };
}

/** Where the page at `key` is after replaying the events from index `from`; `retired` if it passed through a deletion. */
export function replay(events: readonly RegistryEvent[], key: string, from: number): { key: string; retired: boolean } {
  let current = key;
  let retired = false;
  for (let i = from; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'move' && event.from === current) current = event.to;
    else if (event.kind === 'retire' && event.page === current) {
      current = event.target;
      retired = true;
    }
  }
  return { key: current, retired };
}

/** URL of a page key (collection/slug) in a language. */
export function keyUrl(key: string, lang: string): string {
  const [collection, slug] = key.split('/') as [PageCollection | 'sections', string];
  return PAGE_URLS[collection](lang, slug);
}

export interface ResolvedCode {
  code: string;
  lang: string;
  /** The page key the code reaches today. */
  key: string;
  url: string;
  /** True when the code's own page was deleted and it now leads to the retirement target. */
  retired: boolean;
}

export interface Resolution {
  codes: ResolvedCode[];
  /** Pages (key × language) without a code of their own: run `npm run links`. */
  missing: { key: string; lang: string }[];
  /** Redirects from every URL a page has left (moves and deletions), to where it is now. */
  redirects: Map<string, string>;
  problems: RegistryProblem[];
}

/**
 * Resolves every code against the pages that exist now (`pages`: key → languages served).
 * A code that reaches no page is a deletion without a target, named with its line.
 */
export function resolveRegistry(events: readonly RegistryEvent[], pages: ReadonlyMap<string, readonly string[]>): Resolution {
  const problems: RegistryProblem[] = [];
  const codes: ResolvedCode[] = [];
  const owned = new Set<string>();
  events.forEach((event, index) => {
    if (event.kind !== 'code') return;
    const { key, retired } = replay(events, event.page, index + 1);
    if (!pages.get(key)?.includes(event.lang)) {
      const gone = key === event.page ? event.page : `${event.page} (nay là ${key})`;
      problems.push({
        line: event.line,
        message: `Mã ${event.code} dẫn tới trang ${gone} (${event.lang}, địa chỉ ${keyUrl(key, event.lang)}) nhưng trang này không còn. Nếu trang đã đổi tên, hãy chạy "npm run links -- move ${key} <thư mục>/<tên mới>"; nếu trang đã bị xóa, hãy chạy "npm run links -- retire ${key} <trang thay thế hoặc trang chiến dịch>".`,
      });
      return;
    }
    if (!retired) owned.add(`${key} ${event.lang}`);
    codes.push({ code: event.code, lang: event.lang, key, url: keyUrl(key, event.lang), retired });
  });
  const missing = [...pages].flatMap(([key, langs]) => langs.filter((lang) => !owned.has(`${key} ${lang}`)).map((lang) => ({ key, lang })));

  // Every key a page has left: the last event that vacated it decides where its readers go.
  const redirects = new Map<string, string>();
  const vacated = new Map<string, number>();
  events.forEach((event, index) => {
    if (event.kind === 'move') vacated.set(event.from, index);
    if (event.kind === 'retire') vacated.set(event.page, index);
  });
  const languages = [...new Set([...pages.values()].flat())];
  for (const [oldKey, index] of vacated) {
    if (pages.has(oldKey)) continue; // a page lives there again
    const event = events[index]!;
    const next = event.kind === 'move' ? event.to : event.kind === 'retire' ? event.target : oldKey;
    const { key } = replay(events, next, index + 1);
    const langs = pages.get(key);
    if (!langs) {
      problems.push({
        line: event.line,
        message: `Trang ${oldKey} được chuyển tới ${key}, nhưng ${key} không tồn tại. Hãy sửa đích hoặc thêm một dòng "retire" mới.`,
      });
      continue;
    }
    for (const lang of languages) if (langs.includes(lang)) redirects.set(keyUrl(oldKey, lang), keyUrl(key, lang));
  }
  return { codes, missing, redirects, problems };
}

/**
 * Random numbers drawn from a seed: the same seed always gives the same sequence. A page's code
 * is drawn from its key and language, so the build and "npm run links" give a new page the same
 * code whoever runs them first and in whatever order.
 */
export function seededRandom(seed: string): (max: number) => number {
  let block = 0;
  let bytes: Buffer = Buffer.alloc(0);
  let at = 0;
  return (max: number) => {
    if (at + 4 > bytes.length) {
      bytes = createHash('sha256').update(`${seed}\n${block++}`).digest();
      at = 0;
    }
    const value = bytes.readUInt32BE(at);
    at += 4;
    return value % max;
  };
}

/** A new code that is not in `taken` (compared in upper case). */
export function newCode(taken: ReadonlySet<string>, random: (max: number) => number): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const length = attempt < 500 ? CODE_LENGTH : CODE_LENGTH + 1;
    let code = '';
    for (let i = 0; i < length; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
  throw new Error('Không tạo được mã mới.');
}

/**
 * Registry lines giving a code to each missing page, to append to the file. Each page's code is
 * drawn from its key and language (seededRandom) unless `random` is given.
 */
export function assignCodes(
  events: readonly RegistryEvent[],
  missing: readonly { key: string; lang: string }[],
  random?: (max: number) => number,
): RegistryEvent[] {
  const taken = new Set(events.flatMap((e) => (e.kind === 'code' ? [normalizeCode(e.code)] : [])));
  return missing.map(({ key, lang }) => {
    const code = newCode(taken, random ?? seededRandom(`${key} ${lang}`));
    taken.add(code);
    return { kind: 'code', code, page: key, lang };
  });
}

/** One registry list item as YAML. */
export function eventYaml(event: RegistryEvent): string {
  if (event.kind === 'code') return `  - { code: ${event.code}, page: ${event.page}, lang: ${event.lang} }\n`;
  if (event.kind === 'move') return `  - { move: ${event.from}, to: ${event.to} }\n`;
  return `  - { retire: ${event.page}, target: ${event.target} }\n`;
}

/** The short URL people read and type, e.g. https://example.org/q/7K2P/. */
export function shortUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/q/${code}/`;
}

/**
 * The text a QR code holds: the short URL in upper case without the final slash, so that the
 * whole of it fits QR's compact alphanumeric mode. Scheme and host are case-insensitive and the
 * server answers /Q/<CODE> like /q/<code>/.
 */
export function qrText(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/Q/${code}`.toUpperCase();
}
