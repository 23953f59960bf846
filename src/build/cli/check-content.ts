/**
 * `npm run check:content`: validates content/ in seconds, without building pages.
 * Exit code 1 and a Vietnamese report when something is wrong; facts to check again are printed
 * as warnings and do not change the exit code.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblems, formatWarnings } from '../../collections/check.ts';
import { inspectRecordings } from '../../collections/recordings.ts';
import { contentRoot } from '../../collections/root.ts';

const result = checkContent(process.cwd(), contentRoot());
// Recordings are decoded (channels, length) only once the files passed the quick checks.
if (result.problems.length === 0) result.problems.push(...(await inspectRecordings(resolve(process.cwd(), contentRoot(), '..'), result.entries)));
if (result.warnings.length > 0) console.warn(formatWarnings(result.warnings));
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  process.exitCode = 1;
} else {
  console.log(`Nội dung hợp lệ: đã kiểm tra ${result.entries.length} tệp.`);
}
