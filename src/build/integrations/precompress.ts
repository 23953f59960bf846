/**
 * Writes `.gz` and `.br` copies of the built text files (src/build/precompress.ts). Listed last in
 * astro.config.mjs (but for the share cards, JPEGs that need no copies): build:done hooks run in
 * order, so every other integration has written its files.
 * PRECOMPRESS=0 skips it, for hosts that compress by themselves and count files (docs/deploy.md).
 * The copies are kept in Astro's cache folder by the bytes of their file, so a rebuild compresses
 * only the files that changed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressDir } from '../precompress.ts';

export default function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'precompress');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRECOMPRESS === '0') return logger.info('PRECOMPRESS=0: không tạo tệp nén sẵn.');
        const started = performance.now();
        const { files, bytes, gzipBytes, brotliBytes, reused } = await precompressDir(fileURLToPath(dir), cacheDir);
        const mb = (n: number) => (n / 1_000_000).toFixed(1);
        logger.info(
          `${files} tệp nén sẵn (${reused} lấy lại từ bộ nhớ đệm): ${mb(bytes)} MB → gzip ${mb(gzipBytes)} MB, brotli ${mb(brotliBytes)} MB (${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}
