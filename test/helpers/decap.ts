/** decap-server (git mode) on a throw-away git repository, for CMS integration and browser tests. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './ports.ts';
import { ROOT, TMP } from './astro.ts';

export function git(repo: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * Makes `dir` a git repository with everything in it committed on main, by `user` (what a person
 * sets once with `git config --global`, here for this repository only).
 */
export function commitAsNewRepo(dir: string, message: string, user = { name: 'Kiểm thử', email: 'kiem-thu@example.org' }): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', user.name);
  git(dir, 'config', 'user.email', user.email);
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return dir;
}

/** Copies test/fixtures/<fixture> into a new temporary git repository with one commit on main. */
export function makeRepo(fixture = 'minimal'): string {
  mkdirSync(join(TMP, 'repos'), { recursive: true });
  const repo = mkdtempSync(join(TMP, 'repos', 'cms-'));
  cpSync(join(ROOT, 'test/fixtures', fixture), repo, { recursive: true });
  return commitAsNewRepo(repo, 'Nội dung ban đầu');
}

export interface DecapServer {
  url: string;
  api: <T = unknown>(action: string, params?: Record<string, unknown>) => Promise<T>;
  stop: () => Promise<void>;
  log: () => string;
}

/**
 * Starts decap-server in git mode on a free port, writing to `repo`: bare, or as `npm start` runs
 * it, inside the product's local backend (`admin/local-server.ts`).
 */
export async function startDecapServer(repo: string, { product = false } = {}): Promise<DecapServer & { child: ChildProcess }> {
  const port = await freePort();
  let output = '';
  const entry = product ? join(ROOT, 'admin/local-server.ts') : join(ROOT, 'node_modules/decap-server/dist/index.js');
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/api/v1`;
  const api = async <T>(action: string, params?: Record<string, unknown>): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, params }),
    });
    const body = (await response.json()) as T;
    if (!response.ok) throw new Error(`${action}: ${response.status} ${JSON.stringify(body)}`);
    return body;
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await api('info');
      break;
    } catch (error) {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`decap-server did not start: ${output}\n${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    child,
    url,
    api,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
