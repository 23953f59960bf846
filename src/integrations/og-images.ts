/**
 * After the build: draws a share card for every page that names one in `og:image` (see
 * src/lib/og-image.ts), with the site's own Noto fonts. Cards are cached by the hash of their
 * SVG in Astro's cache folder, so an unchanged page costs nothing on the next build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import fontverter from 'fontverter';
import { FONT_FACES } from '../fonts/fonts.ts';
import { cardsToDraw, ogCacheKey, ogSvg } from '../lib/og-image.ts';

const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  );
const meta = (html: string, property: string) => {
  const tag = new RegExp(`<meta\\s+property="${property}"\\s+content="([^"]*)"`).exec(html);
  return tag ? decode(tag[1]!) : undefined;
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** TrueType copies of the site's fonts and a fontconfig file that lists only them. */
export async function prepareFonts(root: string, cacheDir: string): Promise<string> {
  const dir = join(cacheDir, 'og-fonts');
  mkdirSync(dir, { recursive: true });
  for (const face of FONT_FACES) {
    const ttf = join(dir, face.file.replace(/\.woff2$/, '.ttf'));
    if (!existsSync(ttf)) writeFileSync(ttf, await fontverter.convert(readFileSync(join(root, 'public/fonts', face.file)), 'truetype'));
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${dir}</dir><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`);
  return conf;
}

/** Renders SVGs to JPEG files in a child process whose fontconfig sees only `fontsConf`. */
export function renderCards(root: string, fontsConf: string, jobs: { svg: string; out: string }[], workDir: string) {
  if (jobs.length === 0) return;
  const list = join(workDir, 'og-jobs.json');
  writeFileSync(list, JSON.stringify(jobs));
  const run = spawnSync(process.execPath, [join(root, 'src/cli/og-render.ts'), list], {
    env: { ...process.env, FONTCONFIG_FILE: fontsConf, FONTCONFIG_PATH: dirname(fontsConf) },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`Không tạo được ảnh chia sẻ: ${run.stderr}`);
}

export default function ogImages(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = resolve('node_modules/.astro');
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cardCache = join(cacheDir, 'og');
        mkdirSync(cardCache, { recursive: true });
        const pages = htmlFiles(out).flatMap((file) => {
          const html = readFileSync(file, 'utf8');
          const image = meta(html, 'og:image');
          const title = meta(html, 'og:title');
          const url = meta(html, 'og:url');
          if (!image || !title || !url) return [];
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'vi';
          return [{ path: new URL(url).pathname, image: new URL(image).pathname, title, site: meta(html, 'og:site_name') ?? '', lang }];
        });
        const cards = [...cardsToDraw(pages)].map(([image, card]) => {
          const svg = ogSvg(card);
          return { svg, cached: join(cardCache, `${ogCacheKey(svg)}.jpg`), target: join(out, image) };
        });
        const missing = [...new Map(cards.filter((c) => !existsSync(c.cached)).map((c) => [c.cached, { svg: c.svg, out: c.cached }])).values()];
        renderCards(root, await prepareFonts(root, cacheDir), missing, cacheDir);
        for (const card of cards) {
          mkdirSync(dirname(card.target), { recursive: true });
          copyFileSync(card.cached, card.target);
        }
        logger.info(`Ảnh chia sẻ: ${pages.length} trang, ${cards.length} ảnh, ${missing.length} ảnh mới vẽ.`);
      },
    },
  };
}
