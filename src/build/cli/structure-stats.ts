// Prints the figures of issue 22: source files per folder under src/ and admin/, the largest source
// files, and the median and maximum frontmatter lines of the .astro files. Run: npx node src/build/cli/structure-stats.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, extname } from 'node:path';

const root = process.argv[2] ?? process.cwd();
const SOURCE = new Set(['.ts', '.astro', '.mjs', '.js', '.json', '.css']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = ['src', 'admin'].flatMap((top) => walk(join(root, top))).filter((f) => SOURCE.has(extname(f)));
const perFolder = new Map<string, number>();
for (const f of files) {
  const folder = relative(root, dirname(f));
  perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
}
const lines = (f: string) => readFileSync(f, 'utf8').split('\n').length;
console.log('files per folder (source files, not counting sub-folders):');
for (const [folder, n] of [...perFolder].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${folder}/`);
console.log('largest files (lines):');
for (const f of files.filter((f) => !f.endsWith('.json')).sort((a, b) => lines(b) - lines(a)).slice(0, 10))
  console.log(`  ${String(lines(f)).padStart(4)}  ${relative(root, f)}`);
const front = files
  .filter((f) => f.endsWith('.astro'))
  .map((f) => {
    const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(f, 'utf8'));
    return { f, n: m?.[1] ? m[1].split('\n').length : 0 };
  })
  .sort((a, b) => a.n - b.n);
const at = (i: number) => front[i]?.n ?? 0;
const median = front.length % 2 ? at((front.length - 1) / 2) : (at(front.length / 2 - 1) + at(front.length / 2)) / 2;
const max = front.at(-1);
console.log(`.astro files: ${front.length}; frontmatter lines: median ${median}, maximum ${max?.n ?? 0} (${max ? relative(root, max.f) : '-'})`);
