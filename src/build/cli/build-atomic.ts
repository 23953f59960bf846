/**
 * `npm run build`: `astro build` into a temporary folder, swapped into dist/ (or --outDir) only
 * on success. Other arguments are passed to astro build.
 */
import { spawnSync } from 'node:child_process';
import { astroArgs } from '../astro-cli.ts';
import { buildAtomically } from '../atomic-build.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at >= 0 ? args[at + 1]! : 'dist';
const passThrough = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

const result = buildAtomically(outDir, (temp) => {
  const run = spawnSync(process.execPath, astroArgs(['build', '--outDir', temp, ...passThrough]), { stdio: 'inherit' });
  return run.status ?? 1;
});
if (!result.ok) {
  console.error(`\nBản dựng thất bại: thư mục ${outDir}/ được giữ nguyên như lần dựng thành công trước.\n`);
  process.exitCode = result.status;
}
