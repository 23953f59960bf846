/**
 * Short links and the URL manifest. Before the build: stops with a Vietnamese message when a code
 * has lost its page; warns when a new page's code or URL is not recorded yet (the page gets the code
 * "npm run links" will record; the build never writes content/, that command does). After the build: stops when a manifest URL no longer
 * resolves; writes _redirects, nginx-redirects.conf and HTML fallback pages as the host needs them
 * (DEPLOY_TARGET, src/permalinks/deploy-target.ts), and each code's QR code
 * (q/<CODE>/qr.svg and qr.png), and every poster's PDFs. QR images and poster PDFs are kept in
 * Astro's cache folder by a key of exactly what they show (src/build/file-cache.ts), so a rebuild
 * draws only those whose text, code, language or settings changed.
 *
 * A content folder without content/links/registry.yaml (small test fixtures) is skipped with a warning.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../../collections/root.ts';
import { cacheKey, drawingVersion, openFileCache, type FileCache } from '../file-cache.ts';
import { useTranslations } from '../../i18n/index.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { loadLinks, REGISTRY_FILE, type LinksData } from '../../permalinks/links-data.ts';
import { writePosterPdfs } from '../../permalinks/posters.ts';
import { qrPng, qrSvg } from '../../permalinks/qr.ts';
import { deployTarget, redirectFilesFor, redirectPages, redirectRules, type DeployTarget } from '../../permalinks/deploy-target.ts';
import { fallbackHtml, nginxInclude, redirectsFile } from '../../permalinks/redirect-files.ts';
import { qrText } from '../../permalinks/short-links.ts';
import { unresolvedUrls } from '../../permalinks/url-manifest.ts';

function fail(lines: readonly string[]): never {
  console.error(`\nLiên kết cố định có ${lines.length} lỗi cần sửa trước khi xuất bản:\n${lines.map((l) => `  • ${l}`).join('\n')}\n`);
  process.exit(1);
}

/** Writes a file below dist for a URL path ending in a slash (or a file path). */
function writeBelow(dist: string, urlPath: string, content: string | Buffer) {
  const file = join(dist, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

/** What draws a QR image: the QR module and the packages it calls. Part of every QR image's cache key. */
const qrDrawing = () => drawingVersion([new URL('../../permalinks/qr.ts', import.meta.url)], ['qrcode', 'sharp']);

export async function writeLinkFiles(
  dist: string,
  data: LinksData,
  qrCache: FileCache = openFileCache(undefined, 'png'),
  target: DeployTarget = deployTarget(),
): Promise<{ qrCount: number; redirectPages: number }> {
  const drawing = qrDrawing();
  // Redirect pages are shared by every language's old address: they speak the default language.
  const t = useTranslations(DEFAULT_LANGUAGE);
  const base = data.settings.baseUrl.replace(/\/+$/, '');
  const { codes, redirects } = data.resolution;
  // Only what the host reads: its rules, and HTML pages where it has no rule (permalinks/deploy-target.ts).
  const files = redirectFilesFor(target);
  if (files.redirects) writeFileSync(join(dist, '_redirects'), redirectsFile(redirectRules(target, codes, redirects)));
  if (files.nginx) writeFileSync(join(dist, 'nginx-redirects.conf'), nginxInclude(codes, redirects));
  const page = (to: string) => fallbackHtml(to, `${base}${to}`, t('links.redirect.title'), t('links.redirect.link'));
  // A moved address that has a page again keeps it; the code forms in upper and lower case each get a page.
  const pages = redirectPages(target, codes, redirects);
  for (const [path, to] of pages) if (!existsSync(join(dist, decodeURIComponent(path), 'index.html'))) writeBelow(dist, path, page(to));
  await Promise.all(
    codes.map(async ({ code }) => {
      const text = qrText(base, code);
      writeBelow(dist, `/q/${code}/qr.svg`, await qrSvg(text));
      // A code's QR image shows only its text: drawn once, whatever else changes.
      writeBelow(dist, `/q/${code}/qr.png`, await qrCache.get(cacheKey({ text, drawing }), () => qrPng(text)));
    }),
  );
  return { qrCount: codes.length, redirectPages: pages.size };
}

export default function shortLinks(): AstroIntegration {
  const root = contentRoot();
  const enabled = () => existsSync(resolve(root, REGISTRY_FILE));
  let cacheDir: string | undefined;
  return {
    name: 'short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        try {
          deployTarget();
        } catch (error) {
          fail([(error as Error).message]);
        }
        if (!enabled()) {
          logger.warn(`Không có ${root}/${REGISTRY_FILE}: bỏ qua mã ngắn và danh sách địa chỉ.`);
          return;
        }
        const { problems, warnings } = loadLinks(process.cwd(), root);
        if (problems.length > 0) fail(problems);
        for (const warning of warnings) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled()) return;
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const data = loadLinks(process.cwd(), root);
        const isPage = (url: string) => existsSync(join(dist, decodeURIComponent(url), 'index.html'));
        const missing = unresolvedUrls(data.manifest, isPage, data.resolution.redirects);
        if (missing.length > 0) {
          fail(
            missing.map(
              (url) =>
                `${data.manifestPath}: địa chỉ ${url} đã từng công bố nhưng không còn trang nào. Nếu trang đổi tên, hãy chạy "npm run links -- move <cũ> <mới>"; nếu trang bị xóa, "npm run links -- retire <trang> <trang thay thế>". Không xóa dòng này.`,
            ),
          );
        }
        const qrCache = openFileCache(cacheDir && join(cacheDir, 'qr'), 'png');
        const target = deployTarget();
        const { qrCount, redirectPages: pageCount } = await writeLinkFiles(dist, data, qrCache, target);
        qrCache.prune();
        const qrDone = performance.now();
        const posterCache = openFileCache(cacheDir && join(cacheDir, 'posters'), 'pdf');
        const pdfCount = await writePosterPdfs(process.cwd(), dist, data.entries, data, posterCache);
        posterCache.prune();
        const { made, reused } = posterCache.counts;
        logger.info(
          `${pdfCount} tệp PDF áp phích: ${made} vẽ mới, ${reused} lấy lại từ bộ nhớ đệm (${Math.round(performance.now() - qrDone)} ms).`,
        );
        logger.info(`Ảnh mã QR: ${qrCache.counts.made} vẽ mới, ${qrCache.counts.reused} lấy lại từ bộ nhớ đệm.`);
        logger.info(
          `${qrCount} mã ngắn, ${data.resolution.redirects.size} địa chỉ chuyển hướng, ${pageCount} trang chuyển hướng HTML cho nơi triển khai "${target}", ${data.manifest.length} địa chỉ đã kiểm tra (${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}
