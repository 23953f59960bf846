/** How every build here starts Astro's CLI: `npm run build`, the benchmark and the tests alike. */
import { fileURLToPath } from 'node:url';

/** The astro package does not export its bin; it sits in the project's node_modules. */
export const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Node flags for `astro build`. With 2 cores, V8's parallel garbage collection spends more on
 * waking and waiting for its helper threads than it gains: collecting on the main thread cut
 * kernel time by a fifth on the 1,000-material benchmark corpus.
 */
export const BUILD_NODE_FLAGS = ['--single-threaded-gc'];

/** Arguments for `process.execPath` that run the Astro CLI with `args`. */
export function astroArgs(args: string[]): string[] {
  return [...(args[0] === 'build' ? BUILD_NODE_FLAGS : []), ASTRO_BIN, ...args];
}
