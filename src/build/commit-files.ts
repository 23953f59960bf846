/**
 * Commits the files a command wrote, and nothing else the work tree may hold. The CMS's local git
 * backend checks out and rebases its editorial branches in the working tree, and refuses every
 * save while a tracked file is changed; a command that left its files uncommitted would stop the
 * next editor's save. Used by `npm run links`, `npm run reach`, `npm run translate:import` and
 * `npm run activities:import`.
 */
import { spawnSync } from 'node:child_process';

/**
 * Commits `paths` (those that changed) with `message`; says so, or says what to do by hand when
 * git cannot. Does nothing outside a git work tree or for files git ignores (a test's or the
 * benchmark's copy of the content is nobody's history).
 */
export function commitFiles(cwd: string, paths: readonly string[], message: string): void {
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (git('rev-parse', '--is-inside-work-tree').stdout.trim() !== 'true') return;
  const tracked = paths.filter((path) => git('check-ignore', '-q', path).status !== 0);
  const changed = tracked.filter((path) => git('status', '--porcelain', '--', path).stdout.trim() !== '');
  if (changed.length === 0) return;
  git('add', '--', ...changed);
  const commit = git('commit', '-q', '-m', message, '--', ...changed);
  if (commit.status === 0) console.log(`Đã ghi vào git: ${message}`);
  else
    console.error(
      `Chưa ghi được vào git (${commit.stderr.trim().split('\n')[0]}). Hãy tự ghi lại: git add ${changed.join(' ')} && git commit -m "${message.replace(/"/g, "'")}"`,
    );
}
