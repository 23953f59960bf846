/**
 * After the build: draws the share images of every social-media pack (src/permalinks/social-pack.ts)
 * with the site's own fonts, in the child process the share cards use, and writes them and the
 * pack's ZIP next to the pack page. Images are cached in Astro's cache folder under the hash of
 * exactly what they show (shareImageKey), so an unchanged pack costs nothing on the next build.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../../collections/root.ts';
import { cachedLinks } from '../../permalinks/links-data.ts';
import { kitJobs, packImages, packZip } from '../../permalinks/social-pack.ts';
import { shareImageKey, shareImageSvg } from '../../permalinks/share-images.ts';
import { socialPackFileUrl, socialPackZipUrl } from '../../site/routes.ts';
import { prepareFonts, renderCards } from './og-images.ts';

export default function socialPacks(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, 'node_modules/.astro');
  return {
    name: 'social-packs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const links = cachedLinks(root, contentRoot());
        const jobs = kitJobs(links);
        if (jobs.length === 0) return;
        const cache = join(cacheDir, 'social');
        mkdirSync(cache, { recursive: true });
        const packs = jobs.map((job) => ({
          job,
          images: packImages(job, links.settings.agencyName).map(({ file, image }) => ({
            file,
            svg: shareImageSvg(image),
            cached: join(cache, `${shareImageKey(image)}.png`),
          })),
        }));
        const missing = [
          ...new Map(
            packs
              .flatMap((p) => p.images)
              .filter((i) => !existsSync(i.cached))
              .map((i) => [i.cached, { svg: i.svg, out: i.cached }]),
          ).values(),
        ];
        await renderCards(root, await prepareFonts(root, cacheDir), missing, cacheDir, { name: 'social-jobs' });
        for (const { job, images } of packs) {
          const files = images.map(({ file, cached }) => {
            const target = join(dist, socialPackFileUrl(job.lang, job.slug, file));
            mkdirSync(dirname(target), { recursive: true });
            copyFileSync(cached, target);
            return { file, bytes: readFileSync(cached) };
          });
          writeFileSync(join(dist, socialPackZipUrl(job.lang, job.slug)), packZip(job, files));
        }
        logger.info(`Gói mạng xã hội: ${packs.length} gói, ${missing.length} ảnh mới vẽ (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
