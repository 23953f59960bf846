/** The built sample site served on a free port, and Chromium: what most browser tests open first. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from './astro.ts';
import { launchChromium } from './chromium.ts';
import { SAMPLE_DIST } from './sample.ts';
import { serveDist, type StaticServer } from './static-server.ts';

/** Serves test/.tmp/dist-sample (test/setup/build-sample.ts) and launches Chromium. */
export async function openSample(): Promise<{ browser: Browser; server: StaticServer }> {
  const server = await serveDist(join(ROOT, SAMPLE_DIST));
  return { server, browser: await launchChromium() };
}

/** Closes what `openSample` opened; either may be missing when opening failed. */
export async function closeSample(browser: Browser | undefined, server: StaticServer | undefined): Promise<void> {
  await browser?.close();
  await server?.close();
}
