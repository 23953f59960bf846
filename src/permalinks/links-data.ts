/**
 * Reads content/ for the short-link registry and URL manifest: the pages that exist now, the
 * registry events and the manifest lines, and what is wrong with them, in Vietnamese.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentOnce } from '../collections/check.ts';
import { buildToday } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { isPublic } from '../site/schedule.ts';
import { assignCodes, PAGE_URLS, parseRegistry, resolveRegistry, type RegistryEvent, type Resolution } from './short-links.ts';
import { parseManifest, publishedUrls, unlistedUrls } from './url-manifest.ts';
import { SECTION_PAGES } from '../site/routes.ts';
import type { Settings } from '../schemas/settings.ts';

export const REGISTRY_FILE = 'links/registry.yaml';
export const MANIFEST_FILE = 'links/urls.txt';

export interface LinksData {
  settings: Settings;
  /** Page key (collection/slug) → languages it is served in. */
  pages: Map<string, string[]>;
  events: RegistryEvent[];
  resolution: Resolution;
  manifest: string[];
  published: string[];
  registryPath: string;
  manifestPath: string;
  /** The checked content entries (for posters). */
  entries: ReturnType<typeof checkContentOnce>['entries'];
  /** Everything that must stop a build, already worded for editors. */
  problems: string[];
  /**
   * New pages' codes that the registry does not list yet. The build uses them: each is drawn from
   * its page's key and language, so "npm run links" later records exactly the same code.
   */
  pending: RegistryEvent[];
  /** What "npm run links" should record soon; worded for editors, never stops a build. */
  warnings: string[];
}

/**
 * Public page keys on `today`: published Vietnamese sources of page collections, each served in
 * every enabled language, and the home and section index pages (sections/<name>). A material
 * scheduled after `today` is not public yet (src/site/schedule.ts): it gets its short code, QR
 * and poster from the build of its date on.
 */
export function currentPages(
  entries: ReturnType<typeof checkContentOnce>['entries'],
  languages: readonly string[],
  today: Date = buildToday(),
): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const { file, data } of entries) {
    if (!(file.collection in PAGE_URLS) || file.lang !== DEFAULT_LANGUAGE || data.draft === true) continue;
    if (file.collection === 'materials' && !isPublic(data.published instanceof Date ? data.published : undefined, today)) continue;
    pages.set(`${file.collection}/${file.slug}`, [...languages]);
  }
  for (const name of Object.keys(SECTION_PAGES)) pages.set(`sections/${name}`, [...languages]);
  return new Map([...pages].sort(([a], [b]) => a.localeCompare(b)));
}

export function loadLinks(cwd: string, root: string): LinksData {
  const { settings, entries } = checkContentOnce(cwd, root);
  if (!settings) throw new Error(`Không đọc được ${root}/settings/site.yaml.`);
  const registryPath = join(root, REGISTRY_FILE);
  const manifestPath = join(root, MANIFEST_FILE);
  const read = (path: string) => (existsSync(resolve(cwd, path)) ? readFileSync(resolve(cwd, path), 'utf8') : '');
  const { events: recorded, problems: registryProblems } = parseRegistry(read(registryPath));
  const pages = currentPages(entries, settings.languages);
  const first = resolveRegistry(recorded, pages);
  // A page published from the CMS has no code until "npm run links" records one: it gets the code
  // that command will record, so its poster can be printed today.
  const pending = assignCodes(recorded, first.missing);
  const events = [...recorded, ...pending];
  const resolution = pending.length > 0 ? resolveRegistry(events, pages) : first;
  const manifest = parseManifest(read(manifestPath));
  const published = publishedUrls(pages, settings.languages);
  const problems = [...registryProblems, ...resolution.problems].map((p) => `${registryPath}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  const warnings: string[] = [];
  if (pending.length > 0) {
    const list = pending.slice(0, 10).map((e) => (e.kind === 'code' ? `${e.page} (${e.lang}): ${e.code}` : ''));
    warnings.push(
      `${registryPath}: ${pending.length} trang mới chưa được ghi mã ngắn, ví dụ ${list.join(', ')}. Trang vẫn dùng đúng mã này; hãy chạy "npm run links" rồi lưu (commit) tệp ${registryPath} và ${manifestPath} để ghi lại.`,
    );
  }
  const unlisted = unlistedUrls(manifest, published);
  if (unlisted.length > 0) {
    warnings.push(
      `${manifestPath}: ${unlisted.length} địa chỉ mới chưa có trong danh sách, ví dụ ${unlisted.slice(0, 5).join(', ')}. Hãy chạy "npm run links" rồi lưu (commit) tệp này.`,
    );
  }
  return { settings, entries, pages, events, resolution, manifest, published, registryPath, manifestPath, problems, pending, warnings };
}

const memo = new Map<string, LinksData>();
/** loadLinks once per build (pages ask for it many times). */
export function cachedLinks(cwd: string, root: string): LinksData {
  const key = `${cwd}\n${root}`;
  if (!memo.has(key)) memo.set(key, loadLinks(cwd, root));
  return memo.get(key)!;
}
