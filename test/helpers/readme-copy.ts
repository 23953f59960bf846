/**
 * The product as a new user gets it: a fresh copy of this repository (every file git tracks or
 * would track, committed on `main` in a new repository, as a clone would have it), with the
 * commands of the README run there as a person would type them, with the machine's own Node and
 * npm on the PATH and none of the test runner's environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './astro.ts';
import { commitAsNewRepo, git } from './decap.ts';

/** The two commands the README starts with: set up and run the site with the CMS, and run every test. */
export function readmeCommands(): { start: string; test: string } {
  const block = /```sh\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '';
  const [start, test] = block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
  if (!start || !test) throw new Error('README.md does not start with a sh block of two commands');
  return { start, test };
}

/** `git status --porcelain` of the copy, all untracked files listed: '' when clean. */
export const gitStatus = (repo: string) => git(repo, '--no-optional-locks', 'status', '--porcelain', '--untracked-files=all');

/** A new repository holding this checkout's files (tracked, or untracked and not ignored) in one commit. */
export function freshCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'binh-dang-gioi-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    // A file deleted in the work tree but still in the index is not part of the copy.
    try {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return commitAsNewRepo(copy, 'Bản sao mới của kho', { name: 'Biên tập viên thử', email: 'bien-tap@example.org' });
}

/**
 * The environment of a person's shell: the machine's PATH without any node_modules/.bin (so `npm`
 * and `node` are the system's, Node 20 here), HOME for npm's cache and git's settings, and nothing
 * the test runner set (CONTENT_DIR, SITE_TODAY, NODE_ENV, VITEST…).
 */
export function personEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['HOME', 'USER', 'LANG', 'LC_ALL', 'TERM', 'SHELL', 'TMPDIR', 'CI']) if (process.env[key]) env[key] = process.env[key];
  env.PATH = (process.env.PATH ?? '')
    .split(':')
    .filter((entry) => entry && !entry.includes('node_modules'))
    .join(':');
  // Astro's anonymous usage report would try the network, which this machine does not have.
  env.ASTRO_TELEMETRY_DISABLED = '1';
  return env;
}

export interface Command {
  /** Everything printed so far, stdout and stderr. */
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Ctrl+C, as a person stops it, then SIGKILL for what is left after 20 s. */
  stop: () => Promise<void>;
}

/** Runs a shell line in `cwd`, as typed, in its own process group. */
export function run(line: string, cwd: string, env: NodeJS.ProcessEnv = personEnv()): Command {
  let output = '';
  const child: ChildProcess = spawn('sh', ['-c', line], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  return {
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null) return;
      group('SIGINT');
      const timer = setTimeout(() => group('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
      // Children the shell left behind (a dev server's workers) go with their group.
      group('SIGKILL');
    },
  };
}

/** Runs a shell line to its end; resolves with its exit code and output. */
export async function runToEnd(line: string, cwd: string, env?: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const command = run(line, cwd, env);
  const code = await command.exited;
  return { code, output: command.output() };
}

/** Waits until `url` answers with a status below 500, or the command ends, or time runs out. */
export async function waitForUrl(url: string, command: Command, timeoutMs: number, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void command.exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`the command ended before ${url} answered:\n${command.output().slice(-4000)}`);
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs / 1000} s:\n${command.output().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** decap-server's "info" action: what the local backend answers when it is up. */
export const LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';
export const backendInfo: RequestInit = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ action: 'info' }),
};
