/**
 * The CI files shipped for the content repository (.github/workflows/*.yml, .gitlab-ci.yml): every
 * npm command they run exists in package.json, they install with npm ci and never with a bare
 * npm install (which could rewrite the lock file), pull requests (and so the CMS's cms/* branches)
 * are checked, main is built and deployed, and the nightly rebuild starts just after midnight in
 * Vietnam. Also .ci/run: npm ci, then npm test, then a check that the work tree is still clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { deployTarget } from '../../../src/permalinks/deploy-target.ts';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/astro.ts';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const githubDir = join(ROOT, '.github/workflows');
const github = readdirSync(githubDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name: `.github/workflows/${name}`, doc: parse(readFileSync(join(githubDir, name), 'utf8')) as GithubWorkflow }));
const gitlab = parse(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob | unknown>;

interface GithubWorkflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
}
interface GitlabJob {
  before_script?: string[];
  script?: string[];
  rules?: { if: string }[];
}

const isJob = (value: unknown): value is GitlabJob => typeof value === 'object' && value !== null && 'script' in value;
const gitlabJobs = Object.entries(gitlab).filter((entry): entry is [string, GitlabJob] => isJob(entry[1]));

/** Every shell command line of every file, with where it comes from. */
const commands: { where: string; line: string }[] = [
  ...github.flatMap(({ name, doc }) =>
    Object.entries(doc.jobs).flatMap(([job, { steps }]) =>
      steps.flatMap((step) =>
        (step.run ?? '')
          .split('\n')
          .filter(Boolean)
          .map((line) => ({ where: `${name} ${job}`, line })),
      ),
    ),
  ),
  ...gitlabJobs.flatMap(([job, { before_script = [], script = [] }]) =>
    [...before_script, ...script].map((line) => ({ where: `.gitlab-ci.yml ${job}`, line })),
  ),
];

/** npm's own commands a workflow may use; everything else must be a package.json script. */
const NPM_BUILTINS = ['ci'];
/** npm commands that run the package.json script of the same name. */
const NPM_SCRIPT_ALIASES = ['test', 'start', 'stop', 'restart'];

/** The npm commands in one shell line: `npm run x` → x, `npm test` → test, `npm ci` → ci. */
function npmCommands(line: string): { command: string; script?: string }[] {
  return [...line.matchAll(/(?:^|[\s;&|(])npm\s+(?:(?:run|run-script)\s+([\w:.-]+)|([\w-]+))/g)].map(([, script, command]) =>
    script
      ? { command: 'run', script }
      : NPM_SCRIPT_ALIASES.includes(command!)
        ? { command: command!, script: command! }
        : { command: command! },
  );
}

describe('npmCommands', () => {
  it('reads run scripts, script aliases and npm commands from a shell line', () => {
    expect(npmCommands('npm run check:content && npm test')).toEqual([
      { command: 'run', script: 'check:content' },
      { command: 'test', script: 'test' },
    ]);
    expect(npmCommands('npm install --no-audit; npm ci')).toEqual([{ command: 'install' }, { command: 'ci' }]);
    expect(npmCommands('apt-get install -y chromium')).toEqual([]);
  });
});

describe('the CI files', () => {
  it('are found and run npm commands', () => {
    expect(github.map((w) => w.name).sort()).toEqual(['.github/workflows/checks.yml', '.github/workflows/deploy.yml']);
    expect(gitlabJobs.map(([job]) => job).sort()).toEqual(['checks', 'pages']);
    expect(commands.flatMap(({ line }) => npmCommands(line)).length).toBeGreaterThan(10);
  });

  it('build for the host they publish to, with a known DEPLOY_TARGET', () => {
    const deploy = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    expect(deploy).toMatch(/- run: npm run build\n\s+env:\n\s+DEPLOY_TARGET: github-pages\n/);
    const pages = gitlabJobs.find(([job]) => job === 'pages')![1] as { script: string[] };
    expect(pages.script).toContain('DEPLOY_TARGET=gitlab-pages npm run build');
    for (const target of ['github-pages', 'gitlab-pages']) expect(deployTarget(target)).toBe(target);
  });

  it('run only npm scripts that exist in package.json, and install with npm ci, never npm install', () => {
    for (const { where, line } of commands) {
      for (const { command, script } of npmCommands(line)) {
        expect(['install', 'i', 'add'], `${where}: ${line} (npm install could rewrite the lock file; use npm ci)`).not.toContain(command);
        if (script) expect(Object.keys(scripts), `${where}: ${line}`).toContain(script);
        else expect(NPM_BUILTINS, `${where}: ${line}`).toContain(command);
      }
    }
  });

  it('check every pull request and merge request with check:content, build and the tests, after npm ci', () => {
    const checks = github.find((w) => w.name.endsWith('/checks.yml'))!.doc;
    expect(Object.keys(checks.on)).toContain('pull_request');
    // No branch filter: the CMS's cms/* branches and every other head branch are checked.
    expect(checks.on.pull_request ?? {}).not.toHaveProperty('branches');
    const mergeRequest = gitlabJobs.find(([job]) => job === 'checks')![1];
    expect(mergeRequest.rules!.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"']);
    for (const lines of [
      Object.values(checks.jobs).flatMap((job) => job.steps.map((s) => s.run ?? '')),
      [...(mergeRequest.before_script ?? []), ...(mergeRequest.script ?? [])],
    ]) {
      const order = lines.flatMap((line) => npmCommands(line).map((c) => c.script ?? c.command));
      expect(order).toEqual(['ci', 'check:content', 'check', 'build', 'test']);
      expect(lines.join('\n')).toMatch(/apt-get install -y -qq chromium nginx-light libnginx-mod-http-brotli-static/);
    }
  });

  it('build and deploy main, on every push and every night', () => {
    const deploy = github.find((w) => w.name.endsWith('/deploy.yml'))!.doc;
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    const runs = Object.values(deploy.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
    expect(runs.flatMap((line) => npmCommands(line).map((c) => c.script ?? c.command))).toEqual(['ci', 'check:content', 'build']);
    expect(Object.values(deploy.jobs).flatMap((job) => job.steps.map((s) => s.uses))).toContain('actions/deploy-pages@v4');
    const pages = gitlabJobs.find(([job]) => job === 'pages')![1];
    expect(pages.rules!.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "schedule"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(pages.script!.flatMap((line) => npmCommands(line).map((c) => c.script ?? c.command))).toEqual(['ci', 'check:content', 'build']);
  });

  it('include .ci/run, which installs with npm ci, runs npm test, then fails on a dirty work tree', () => {
    const lines = readFileSync(join(ROOT, '.ci/run'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    const npm = lines.flatMap((line) => npmCommands(line).map((c) => c.script ?? c.command));
    expect(npm).toEqual(['ci', 'test']);
    const test = lines.findIndex((line) => npmCommands(line).some((c) => c.command === 'test'));
    const status = lines.findIndex((line) => /\bgit status --porcelain\b/.test(line));
    expect(status, 'git status --porcelain after npm test').toBeGreaterThan(test);
    expect(lines.slice(status).join('\n')).toMatch(/exit 1/);
    expect(lines).toContain('set -euo pipefail');
  });

  it('rebuild daily between midnight and 00:30 in Asia/Ho_Chi_Minh', () => {
    const deploy = github.find((w) => w.name.endsWith('/deploy.yml'))!.doc;
    const { cron } = (deploy.on.schedule as { cron: string }[])[0]!;
    const [minute, hour, ...rest] = cron.split(' ');
    expect(rest).toEqual(['*', '*', '*']);
    // GitHub reads cron in UTC; find the local time of that UTC minute on an ordinary day.
    const run = new Date(Date.UTC(2026, 10, 20, Number(hour), Number(minute)));
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(run);
    expect(local >= '00:00' && local <= '00:30', local).toBe(true);
  });
});
