/**
 * `npm run bench [-- 1000 5000]`: builds synthetic corpora of N materials, written in 3 languages
 * (Vietnamese, Khmer, H'Mông), on a site with the sample's 7 enabled languages (the other four
 * show the Vietnamese text as fallback pages, as a province's site does), and prints build time
 * per 1,000 pages and per phase, peak memory, dist size, per-page transfer bytes (gzip of HTML +
 * CSS + JS, median and max), search index bytes and the bytes a first and a second search
 * download on /tim-kiem/, measured in Chromium; then rebuilds after editing one material with the
 * cache kept (BENCH_WARM=0 skips that). BENCH_PAGES_ONLY=1 also builds each corpus cold without
 * the work that follows page rendering (src/build/cli/bench-pages-only.config.mjs),
 * to show Astro's own share of the build time. Not part of `npm test`.
 *
 * The corpus is the whole sample content (its short-code registry included) plus N materials
 * composed from the sample's own sentences, so the text is real Vietnamese (and
 * real Khmer and H'Mông) and every reference resolves. Images are generated with sharp.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { parse, stringify } from 'yaml';
import { astroArgs } from '../astro-cli.ts';
import { formatPhases, phaseGrowth, phaseSeconds } from '../build-phases.ts';
import { filesUnder } from '../dist-files.ts';
import { pageWeight } from '../page-weight.ts';
import { sourceVersion } from '../../collections/translation-status.ts';
// The bench measures the search as the browser tests do; Chromium is found or installed as for them.
import { launchChromium } from '../../../test/helpers/chromium.ts';
import { searchPageDownloads } from '../../../test/helpers/search-runner.ts';
import { serveDist } from '../../../test/helpers/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The languages the generated materials are written in (the sample has sentences in each). */
const LANGS = ['vi', 'km', 'hmn-Latn-VN'] as const;
/** The languages the sample site enables, which the bench's site enables too. */
const enabledLanguages = (): string[] =>
  (parse(readFileSync(join(ROOT, 'content/settings/site.yaml'), 'utf8')) as { languages: string[] }).languages;
const IMAGES = 24;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length > 0 ? sizes : [1000, 5000];

/** A small seeded generator, so every run builds the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const split = (text: string) => {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n')) ?? [];
  return { data: parse(front) as Record<string, unknown>, body };
};

/** Plain sentences of the sample's materials in one language (no components, no headings). */
function sentences(lang: string): string[] {
  const dir = join(ROOT, 'content/materials', lang);
  return readdirSync(dir).flatMap((name) =>
    split(readFileSync(join(dir, name), 'utf8'))
      .body.split('\n')
      .map((line) => line.replace(/^\s*(?:\d+\.|[-*])\s+/, '').trim())
      .filter((line) => line.length > 30 && !/[<>{}#|[\]]/.test(line)),
  );
}

async function generateCorpus(dir: string, materials: number) {
  // The whole sample, its materials and short-code registry included (every recorded code must
  // keep its page), with the generated materials added to it.
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  // The sample's own enabled languages (7): the site a province runs, with fallback pages for the languages without text.
  const enabled = enabledLanguages();
  for (const lang of LANGS) if (!enabled.includes(lang)) throw new Error(`bench: the sample settings do not enable ${lang}`);
  for (const folder of ['pages', 'hotlines', 'campaigns', 'legal']) {
    for (const lang of readdirSync(join(dir, folder))) if (!enabled.includes(lang)) rmSync(join(dir, folder, lang), { recursive: true });
  }
  mkdirSync(join(dir, 'media'), { recursive: true });
  const random = rng(materials);
  for (let i = 0; i < IMAGES; i++) {
    const [r, g, b] = [random(), random(), random()].map((x) => Math.round(60 + x * 180));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="rgb(${r},${g},${b})"/>${Array.from({ length: 30 }, () => `<circle cx="${Math.round(random() * 1600)}" cy="${Math.round(random() * 1000)}" r="${Math.round(40 + random() * 200)}" fill="rgb(${b},${r},${g})" fill-opacity="0.5"/>`).join('')}</svg>`;
    await sharp(Buffer.from(svg))
      .jpeg({ quality: 82 })
      .toFile(join(dir, 'media', `anh-${i}.jpg`));
  }
  const sample = Object.fromEntries(LANGS.map((lang) => [lang, sentences(lang)]));
  const vi = split(readFileSync(join(ROOT, 'content/materials/vi/lam-gi-khi-bi-bao-luc-gia-dinh.mdx'), 'utf8')).data;
  const campaigns = readdirSync(join(dir, 'campaigns/vi')).map((name) => name.replace(/\.mdx$/, ''));
  const kinds = ['article', 'leaflet', 'qa', 'infographic', 'poster'];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const text = (lang: string, paragraphs: number) =>
    Array.from(
      { length: paragraphs },
      (_, p) =>
        `${p % 3 === 0 ? `## ${pick(sample[lang]!).slice(0, 60)}\n\n` : ''}${Array.from({ length: 3 }, () => pick(sample[lang]!)).join(' ')}`,
    ).join('\n\n');
  for (const lang of LANGS) mkdirSync(join(dir, 'materials', lang), { recursive: true });
  for (let i = 0; i < materials; i++) {
    const slug = `tai-lieu-mau-${String(i).padStart(5, '0')}`;
    const title = `${pick(sample.vi!)
      .split(/[.,;:?!]/)[0]!
      .slice(0, 70)} (${i})`;
    const front = {
      title,
      summary: pick(sample.vi!).slice(0, 200),
      campaign: pick(campaigns),
      kind: pick(kinds),
      published: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      legal: vi.legal,
      tags: ['bình đẳng giới', pick(['bạo lực gia đình', 'an toàn', 'pháp luật', 'gia đình'])],
      cover: { image: `../../media/anh-${i % IMAGES}.jpg`, alt: 'Hình minh họa tổng hợp cho phép đo hiệu năng.' },
    };
    const source = `---\n${stringify(front)}---\n\n${text('vi', 9)}\n\n<Hotline id="111" />\n`;
    writeFileSync(join(dir, 'materials/vi', `${slug}.mdx`), source);
    for (const lang of LANGS.slice(1)) {
      const translated = {
        ...front,
        title: `${pick(sample[lang]!).slice(0, 60)} (${i})`,
        summary: pick(sample[lang]!).slice(0, 200),
        translation: { sourceVersion: sourceVersion(source), reviewed: false },
      };
      writeFileSync(join(dir, 'materials', lang, `${slug}.mdx`), `---\n${stringify(translated)}---\n\n${text(lang, 6)}\n`);
    }
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function build(content: string, dist: string, cache: string, extraArgs: string[] = []) {
  const startedAt = new Date();
  const timeBin = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
  const command = [...timeBin, process.execPath, ...astroArgs(['build', '--outDir', dist, ...extraArgs])];
  const run = spawnSync(command[0]!, command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      SITE_TODAY: '2026-11-20',
    },
  });
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`build of ${content} failed`);
  }
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  const phaseList = phaseSeconds(log, startedAt);
  return { seconds, log, phases: formatPhases(phaseList), phaseList, peakMiB: peak ? Number(peak) / 1024 : undefined };
}

async function bench(materials: number) {
  const work = mkdtempSync(join(tmpdir(), `bench-${materials}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  console.log(
    `\n== ${materials} materials written in ${LANGS.length} languages, on a site of ${enabledLanguages().length} languages (${work})`,
  );
  const generated = Date.now();
  await generateCorpus(content, materials);
  console.log(`corpus generated in ${((Date.now() - generated) / 1000).toFixed(1)} s`);
  // Cold: an empty cache, as on a fresh clone or a CI runner without a cache.
  const cold = build(content, dist, cache);
  writeFileSync(join(work, 'build.log'), cold.log);
  const files = filesUnder(dist);
  const html = files.filter((file) => file.endsWith('.html'));
  const path = (file: string) => `/${file.slice(dist.length + 1)}`.replace(/index\.html$/, '');
  // /admin/ (the CMS) and /bien-tap/ (reports) are for editors on office computers: printed apart.
  const isEditorPage = (file: string) => ['/admin/', '/bien-tap/'].some((prefix) => path(file).startsWith(prefix));
  const publicPages = html.filter((file) => !isEditorPage(file));
  const weights = publicPages.map((file) => ({ file, total: pageWeight(dist, file).total }));
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  const materialWeights = html.filter((file) => /\/tai-lieu\/[^/]+\/index\.html$/.test(file)).map((file) => pageWeight(dist, file).total);
  const pagefind = join(dist, 'pagefind');
  const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
  // The .gz/.br copies (src/build/precompress.ts) are counted apart: a server sends one or the other.
  const copies = files.filter((file) => /\.(gz|br)$/.test(file));
  const distBytes = size(files) - size(copies);
  console.log(`pages built: ${html.length}`);
  console.log(
    `build, cold cache: ${cold.seconds.toFixed(1)} s total, ${((cold.seconds * 1000) / html.length).toFixed(1)} s per 1,000 pages`,
  );
  console.log(`  phases: ${cold.phases}`);
  console.log(`peak memory (RSS of the build): ${cold.peakMiB ? `${cold.peakMiB.toFixed(0)} MiB` : 'not measured (no /usr/bin/time)'}`);
  console.log(
    `dist size: ${(distBytes / 1024 / 1024).toFixed(1)} MiB in ${files.length - copies.length} files, plus ${(size(copies) / 1024 / 1024).toFixed(1)} MiB of precompressed copies`,
  );
  console.log(
    `per-page transfer (gzip HTML+CSS+JS), public pages: median ${kib(median(weights.map((w) => w.total)))}, max ${kib(heaviest.total)} (${path(heaviest.file)})`,
  );
  console.log(`per-page transfer, material pages: median ${kib(median(materialWeights))}, max ${kib(Math.max(...materialWeights))}`);
  const editorPages = html.filter(isEditorPage).map((file) => ({ file, total: pageWeight(dist, file).total }));
  const heaviestEditorPage = editorPages.reduce((a, b) => (b.total > a.total ? b : a), { file: '', total: 0 });
  if (editorPages.length > 0)
    console.log(
      `editor pages (not counted above): ${editorPages.length}, heaviest ${kib(heaviestEditorPage.total)} (${path(heaviestEditorPage.file)})`,
    );
  if (existsSync(pagefind)) {
    const index = filesUnder(pagefind);
    const bytes = (filter: (file: string) => boolean) => index.filter(filter).reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(`search index: ${kib(bytes(() => true))} in ${index.length} files`);
    // Measured as a reader gets it: the search page in Chromium, two queries typed one after the other.
    const server = await serveDist(dist);
    const browser = await launchChromium();
    try {
      const [one, two] = await searchPageDownloads(browser, server.origin, ['binh dang gioi', 'bao luc gia dinh']);
      console.log(
        `first search on /tim-kiem/, measured in Chromium: "${one!.query}" ${one!.wire} bytes on the wire in ${one!.files} files, then "${two!.query}" ${two!.wire} bytes more`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } else {
    console.log('search index: none (no pagefind/ folder in this build)');
    console.log('first-search download: not measurable (no search in this build)');
  }
  // Warm: an editor publishes one changed material; the cache holds the rest (images, share cards).
  let warm: ReturnType<typeof build> | undefined;
  if (process.env.BENCH_WARM !== '0') {
    const edited = join(content, 'materials/vi/tai-lieu-mau-00000.mdx');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nMột đoạn mới, thêm vào để đo lần dựng lại sau khi sửa.\n`);
    rmSync(dist, { recursive: true, force: true });
    warm = build(content, dist, cache);
    console.log(
      `build after editing one material, warm cache: ${warm.seconds.toFixed(1)} s total, ${((warm.seconds * 1000) / html.length).toFixed(1)} s per 1,000 pages`,
    );
    console.log(`  phases: ${warm.phases}`);
  }
  if (process.env.BENCH_PAGES_ONLY === '1') {
    const pagesDist = join(work, 'dist-pages-only');
    // Relative to the root: Astro joins --config to it, even when the path is absolute.
    const pagesOnly = build(content, pagesDist, join(work, 'cache-pages-only'), ['--config', 'src/build/cli/bench-pages-only.config.mjs']);
    const pages = filesUnder(pagesDist).filter((file) => file.endsWith('.html')).length;
    console.log(
      `build of the pages alone (no share cards, search, precompression or passes over built pages), cold cache: ${pagesOnly.seconds.toFixed(1)} s total for ${pages} pages`,
    );
    console.log(`  phases: ${pagesOnly.phases}`);
    console.log(`cold build / pages alone: ${(cold.seconds / pagesOnly.seconds).toFixed(2)}× (issue 20's goal: 1.3×)`);
  }
  if (warm) console.log(`warm rebuild / cold build: ${(warm.seconds / cold.seconds).toFixed(2)}× (issue 20's goal: 0.3×)`);
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  return { materials, pages: html.length, seconds: cold.seconds, warmSeconds: warm?.seconds, phases: cold.phaseList };
}

const results = [];
for (const size of SIZES) results.push(await bench(size));
if (results.length > 1) {
  const per1000 = (seconds: number | undefined, pages: number) => (seconds === undefined ? '–' : ((seconds * 1000) / pages).toFixed(1));
  console.log('\nscaling, cold (s per 1,000 pages):', results.map((r) => `${r.materials}: ${per1000(r.seconds, r.pages)}`).join(', '));
  console.log('scaling, warm (s per 1,000 pages):', results.map((r) => `${r.materials}: ${per1000(r.warmSeconds, r.pages)}`).join(', '));
  for (let i = 1; i < results.length; i++) {
    const [small, large] = [results[i - 1]!, results[i]!];
    console.log(
      `phases, cold, ${small.materials} → ${large.materials} materials (pages ×${(large.pages / small.pages).toFixed(1)}; (!) grew more than a fifth faster than the pages): ${phaseGrowth(small, large)}`,
    );
  }
}
