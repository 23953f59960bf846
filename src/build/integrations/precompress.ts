/**
 * Writes `.gz` and `.br` copies of the built text files (src/build/precompress.ts). Listed last in
 * astro.config.mjs (but for the share cards, JPEGs that need no copies): build:done hooks run in
 * order, so every other integration has written its files.
 * PRECOMPRESS=0 skips it, for hosts that compress by themselves and count files (docs/deploy.md).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressDir } from '../precompress.ts';

export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRECOMPRESS === '0') return logger.info('PRECOMPRESS=0: không tạo tệp nén sẵn.');
        const started = performance.now();
        const { files, bytes, gzipBytes, brotliBytes } = await precompressDir(fileURLToPath(dir));
        const mb = (n: number) => (n / 1_000_000).toFixed(1);
        logger.info(
          `${files} tệp nén sẵn: ${mb(bytes)} MB → gzip ${mb(gzipBytes)} MB, brotli ${mb(brotliBytes)} MB (${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}
