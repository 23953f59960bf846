/**
 * After the build: draws a share card for every page that names one in `og:image` (see
 * src/permalinks/og-image.ts), with the site's own fonts. Cards are cached by the hash of their
 * SVG in Astro's cache folder, so an unchanged page costs nothing on the next build.
 *
 * Drawing needs only titles, so it overlaps the rest of the build, in two child processes:
 * - as soon as the configuration is known (`astro build` only), the cards the content will most
 *   likely need (`likelyCards`: an entry's title in its own language) are drawn at low priority
 *   while Astro syncs content, bundles and renders, on the core its single-threaded work leaves idle;
 * - at `astro:build:generated`, the built pages say which cards are really needed (`cardsToDraw`);
 *   those neither cached nor guessed are drawn while the other integrations link legal numbers,
 *   index search and compress.
 * This integration goes last in astro.config.mjs: its `astro:build:done` waits for both drawings
 * and copies the cards the pages name into place.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FONT_FACES } from '../../fonts/fonts.ts';
import { truetypeOf } from '../../fonts/truetype.ts';
import { checkContentOnce } from '../../collections/check.ts';
import { contentRoot } from '../../collections/root.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { decodeEntities } from '../../site/html-text.ts';
import { confidentialAddresses, findLeaks } from '../../collections/confidential.ts';
import { htmlFilesUnder } from '../dist-files.ts';
import { stopOnLeaks } from './confidential-addresses.ts';
import { cardsToDraw, likelyCards, ogCacheKey, ogSvg, type OgCard } from '../../permalinks/og-image.ts';

const meta = (html: string, property: string) => {
  const tag = new RegExp(`<meta\\s+property="${property}"\\s+content="([^"]*)"`).exec(html);
  return tag ? decodeEntities(tag[1]!) : undefined;
};

/** TrueType copies of the site's fonts and a fontconfig file that lists only them. */
export async function prepareFonts(root: string, cacheDir: string): Promise<string> {
  const dir = join(cacheDir, 'og-fonts');
  mkdirSync(dir, { recursive: true });
  for (const face of FONT_FACES) {
    const ttf = join(dir, face.file.replace(/\.woff2$/, '.ttf'));
    if (!existsSync(ttf)) writeFileSync(ttf, await truetypeOf(join(root, 'public/fonts', face.file)));
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${dir}</dir><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`);
  return conf;
}

type RenderJob = { svg: string; out: string };

export interface RenderOptions {
  /** Name of the job list written in the work folder (one per concurrent drawing). */
  name?: string;
  /** Raise the child's niceness, so that it only takes CPU time the build leaves idle. */
  background?: boolean;
}

/**
 * Renders SVGs to JPEG files in a child process whose fontconfig sees only `fontsConf`; resolves
 * when every card is drawn. Each file appears complete or not at all. The child ends with this process.
 */
export function renderCards(root: string, fontsConf: string, jobs: RenderJob[], workDir: string, options: RenderOptions = {}): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const list = join(workDir, `${options.name ?? 'og-jobs'}.json`);
  writeFileSync(list, JSON.stringify(jobs));
  const child = spawn(process.execPath, [join(root, 'src/build/cli/og-render.ts'), list], {
    env: { ...process.env, FONTCONFIG_FILE: fontsConf, FONTCONFIG_PATH: dirname(fontsConf) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (options.background && child.pid !== undefined) {
    try {
      setPriority(child.pid, 10);
    } catch {
      // Not allowed here: the drawing simply competes with the build at normal priority.
    }
  }
  const stop = () => child.kill();
  process.once('exit', stop);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const failure = (reason: string) => new Error(`Không tạo được ảnh chia sẻ: ${reason}`);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(failure(error.message)));
    child.once('close', (code) => {
      process.off('exit', stop);
      if (code === 0) resolve();
      else reject(failure(stderr));
    });
  });
}

interface Drawing {
  pages: number;
  cards: { cached: string; target: string }[];
  drawn: number;
  /** Guessed cards the pages really name. */
  guessedUsed: number;
  done: Promise<void>;
}

interface Guess {
  /** Cache paths of the guessed cards being drawn. */
  paths: Set<string>;
  done: Promise<void>;
}

/** Jobs for the cards not in the cache, each once. */
function jobsFor(cards: { svg: string; cached: string }[]): RenderJob[] {
  return [...new Map(cards.filter((c) => !existsSync(c.cached)).map((c) => [c.cached, { svg: c.svg, out: c.cached }])).values()];
}

/** Awaited later; until then a failure must not count as unhandled. */
function quietly(done: Promise<void>): Promise<void> {
  done.catch(() => {});
  return done;
}

export default function ogImages(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = resolve('node_modules/.astro');
  let drawing: Drawing | undefined;
  let guess: Guess | undefined;
  let building = false;
  const cached = (card: OgCard) => {
    const svg = ogSvg(card);
    return { svg, cached: join(cacheDir, 'og', `${ogCacheKey(svg)}.jpg`) };
  };
  return {
    name: 'og-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Started as soon as the configuration is known, before Astro syncs the content: that step
      // leaves a core idle, which the drawing can use.
      'astro:config:done': async ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        if (!building || guess) return;
        mkdirSync(join(cacheDir, 'og'), { recursive: true });
        const { entries, settings } = checkContentOnce(root, contentRoot());
        if (!settings) return;
        const sources = entries.map(({ file, data }) => ({ collection: file.collection, lang: file.lang, title: data.title, draft: data.draft }));
        const jobs = jobsFor(likelyCards(sources, settings.agencyName).map(cached));
        const fonts = await prepareFonts(root, cacheDir);
        guess = { paths: new Set(jobs.map((job) => job.out)), done: quietly(renderCards(root, fonts, jobs, cacheDir, { name: 'og-jobs-likely', background: true })) };
      },
      'astro:build:generated': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFilesUnder(out).flatMap((file) => {
          const html = readFileSync(file, 'utf8');
          const image = meta(html, 'og:image');
          const title = meta(html, 'og:title');
          const url = meta(html, 'og:url');
          if (!image || !title || !url) return [];
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? DEFAULT_LANGUAGE;
          return [{ path: new URL(url).pathname, image: new URL(image).pathname, title, site: meta(html, 'og:site_name') ?? '', lang }];
        });
        // A share card is drawn from its page's title and site name: none may carry a confidential address.
        const addresses = confidentialAddresses(checkContentOnce(root, contentRoot()).entries);
        stopOnLeaks(findLeaks(addresses, pages.map((page) => ({ where: `ảnh chia sẻ của ${page.path}`, text: `${page.title}\n${page.site}` }))));
        const cards = [...cardsToDraw(pages)].map(([image, card]) => ({ ...cached(card), target: join(out, image) }));
        const guessed = guess?.paths ?? new Set<string>();
        const missing = jobsFor(cards.filter((c) => !guessed.has(c.cached)));
        const rest = renderCards(root, await prepareFonts(root, cacheDir), missing, cacheDir);
        const guessedUsed = new Set(cards.filter((c) => guessed.has(c.cached)).map((c) => c.cached)).size;
        drawing = { pages: pages.length, cards, drawn: missing.length + guessedUsed, guessedUsed, done: quietly(Promise.all([guess?.done, rest]).then(() => {})) };
      },
      'astro:build:done': async ({ logger }) => {
        if (!drawing) throw new Error('Ảnh chia sẻ chưa được bắt đầu vẽ (thiếu bước astro:build:generated).');
        const { pages, cards, drawn, guessedUsed, done } = drawing;
        const guessed = guess?.paths.size ?? 0;
        drawing = undefined;
        guess = undefined;
        await done;
        for (const card of cards) {
          mkdirSync(dirname(card.target), { recursive: true });
          copyFileSync(card.cached, card.target);
        }
        logger.info(
          `Ảnh chia sẻ: ${pages} trang, ${cards.length} ảnh, ${drawn} ảnh mới vẽ (${guessedUsed} trong số ${guessed} ảnh vẽ trước khi dựng trang).`,
        );
      },
    },
  };
}
