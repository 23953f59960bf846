/** Builds the shipped sample content once for every build and browser test. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildSite } from '../helpers/astro.ts';
import { SAMPLE_DIST, SAMPLE_TODAY } from '../helpers/sample.ts';

export default function setup() {
  rmSync(join(ROOT, SAMPLE_DIST), { recursive: true, force: true });
  const run = buildSite('content', SAMPLE_DIST, 'sample', SAMPLE_TODAY);
  if (run.status !== 0) throw new Error(`The sample site did not build:\n${run.output}`);
}
