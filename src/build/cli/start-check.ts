/**
 * First step of `npm start`: checks what the dev server and the CMS's local backend need (a git
 * repository on the publishing branch, a git user to commit as, a clean work tree, free ports
 * 4321 and 8081) and stops with one Vietnamese line per problem, naming the cause and the fix,
 * instead of a stack trace later. The decisions are in src/build/work-tree.ts.
 */
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { loadCmsSettings } from '../../collections/cms-settings.ts';
import { START_PORTS, changedPaths, startProblems } from '../work-tree.ts';

const git = (...args: string[]) => {
  const run = spawnSync('git', args, { encoding: 'utf8' });
  return { ok: run.status === 0, out: (run.stdout ?? '').trim(), raw: run.stdout ?? '' };
};

/** Whether something answers on the port, on either loopback address. */
function answers(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (busy: boolean) => {
      socket.destroy();
      resolve(busy);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function busyPorts(): Promise<number[]> {
  const busy: number[] = [];
  for (const port of Object.keys(START_PORTS).map(Number)) {
    if ((await answers(port, '127.0.0.1')) || (await answers(port, '::1'))) busy.push(port);
  }
  return busy;
}

function main(): Promise<string[]> {
  const isRepository = git('rev-parse', '--is-inside-work-tree').out === 'true';
  let publishBranch = 'main';
  try {
    publishBranch = loadCmsSettings().branch;
  } catch (error) {
    return Promise.resolve([error instanceof Error ? error.message : String(error)]);
  }
  return busyPorts().then((ports) =>
    startProblems({
      isRepository,
      userName: isRepository ? git('config', 'user.name').out : '',
      userEmail: isRepository ? git('config', 'user.email').out : '',
      branch: isRepository ? git('branch', '--show-current').out : '',
      publishBranch,
      changed: isRepository ? changedPaths(git('--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all').raw) : [],
      busyPorts: ports,
    }),
  );
}

const problems = await main();
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exitCode = 1;
}
