/**
 * `npm run check` keeps the structure: this runs the repository's own eslint.config.js, tsconfig.json
 * and knip.jsonc on a tiny project in a temporary folder and shows that an import cycle, each kind of
 * layer violation, a floating promise and a dead export fail, while the same project without them
 * passes. The real tree is never touched, so the check cannot be fooled by what happens to be in it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Files every probe project has: a CLI entry, a domain module, a page, a component, a schema. */
const CLEAN: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'lint-probe', private: true, type: 'module' }),
  'src/build/cli/main.ts': "import { greeting } from '../../site/greeting.ts';\nconsole.log(greeting('vi'));\n",
  'src/site/greeting.ts':
    "/** Why: a probe. */\nexport function greeting(lang: string): string {\n  return lang === 'vi' ? 'Xin chào' : 'Hello';\n}\n",
  'src/site/other.ts': "import { greeting } from './greeting.ts';\n\nexport const loud = (): string => greeting('vi').toUpperCase();\n",
  'src/components/Card.astro':
    "---\nimport { greeting } from '../site/greeting.ts';\nconst { lang } = Astro.props;\n---\n<p>{greeting(lang)}</p>\n",
  'src/schemas/name.ts': "import { DEFAULT } from '../i18n/languages.ts';\n\nexport const nameDefault = (): string => DEFAULT;\n",
  'src/i18n/languages.ts': "export const DEFAULT = 'vi';\n",
  'admin/main.ts':
    "import { nameDefault } from '../src/schemas/name.ts';\nimport { loud } from '../src/site/other.ts';\nconsole.log(nameDefault(), loud());\n",
};

let root = '';

/** A probe project with the repository's config files for `tool`. */
function project(name: string, files: Record<string, string>, tool: 'eslint' | 'knip' = 'eslint'): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries({ ...CLEAN, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const file of ['tsconfig.json', tool === 'eslint' ? 'eslint.config.js' : 'knip.jsonc'])
    copyFileSync(join(ROOT, file), join(dir, file));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Rule ids of every problem ESLint reports in the project, as "path: rule". */
async function lint(dir: string): Promise<string[]> {
  const results = await new ESLint({ cwd: dir }).lintFiles(['src', 'admin']);
  return results
    .flatMap((result) => result.messages.map((m) => `${result.filePath.slice(dir.length + 1)}: ${m.ruleId ?? `fatal ${m.message}`}`))
    .sort();
}

/** Knip's exit status and report. */
function knip(dir: string): { status: number; output: string } {
  try {
    return {
      status: 0,
      output: execFileSync(process.execPath, [join(ROOT, 'node_modules/knip/bin/knip.js'), '--no-progress'], {
        cwd: dir,
        encoding: 'utf8',
      }),
    };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: stdout + stderr };
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lint-rules-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the structure lint (eslint.config.js)', () => {
  it('passes a project that keeps the rules, .astro files included', async () => {
    expect(await lint(project('clean', {}))).toEqual([]);
  }, 60_000);

  it('fails on an import cycle', async () => {
    const dir = project('cycle', {
      'src/collections/check.ts':
        "import { quizProblems } from './quiz-check.ts';\n\nexport const problems = (): string[] => quizProblems();\nexport const CODE = 'x';\n",
      'src/collections/quiz-check.ts': "import { CODE } from './check.ts';\n\nexport const quizProblems = (): string[] => [CODE];\n",
    });
    expect(await lint(dir)).toEqual(['src/collections/check.ts: import-x/no-cycle', 'src/collections/quiz-check.ts: import-x/no-cycle']);
  }, 60_000);

  it('fails when a domain module, a schema or the CMS imports what its layer may not', async () => {
    const dir = project('layers', {
      'src/site/lists.ts': "import Card from '../components/Card.astro';\n\nexport const card = Card;\n",
      'src/legal/pages.ts': "import page from '../pages/index.astro';\n\nexport const p = page;\n",
      'src/collections/entries.ts':
        "import { getCollection } from 'astro:content';\n\nexport const all = () => getCollection('materials');\n",
      'src/schemas/material.ts': "import { loud } from '../site/other.ts';\n\nexport const title = loud;\n",
      'admin/routes.ts': "import page from '../src/pages/index.astro';\n\nexport const p = page;\n",
      'src/pages/index.astro': '---\n---\n<h1>Trang chủ</h1>\n',
    });
    expect(await lint(dir)).toEqual([
      'admin/routes.ts: import-x/no-restricted-paths',
      'src/collections/entries.ts: no-restricted-imports',
      'src/legal/pages.ts: import-x/no-restricted-paths',
      'src/schemas/material.ts: import-x/no-restricted-paths',
      'src/site/lists.ts: import-x/no-restricted-paths',
    ]);
  }, 60_000);

  it('runs the typed rules: a promise nobody awaits fails', async () => {
    const dir = project('typed', {
      'src/build/cli/main.ts':
        "import { greeting } from '../../site/greeting.ts';\n\nasync function later(): Promise<void> {\n  await Promise.resolve();\n}\nlater();\nconsole.log(greeting('vi'));\n",
    });
    expect(await lint(dir)).toEqual(['src/build/cli/main.ts: @typescript-eslint/no-floating-promises']);
  }, 60_000);
});

describe('dead code (knip.jsonc)', () => {
  it('passes a project whose every export is used', () => {
    const run = knip(project('knip-clean', {}, 'knip'));
    expect(run.output).not.toMatch(/Unused (files|exports)/);
    expect(run.status, run.output).toBe(0);
  }, 60_000);

  it('fails on an export nobody imports, and on a file nobody imports', () => {
    const run = knip(
      project(
        'knip-dead',
        {
          'src/site/greeting.ts': `${CLEAN['src/site/greeting.ts']}\nexport function qrVersion(text: string): number {\n  return text.length;\n}\n`,
          'src/site/forgotten.ts': "export const forgotten = 'x';\n",
        },
        'knip',
      ),
    );
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/Unused exports \(1\)\s+qrVersion\s+function\s+src\/site\/greeting\.ts/);
    expect(run.output).toMatch(/Unused files \(1\)\s+src\/site\/forgotten\.ts/);
  }, 60_000);
});
