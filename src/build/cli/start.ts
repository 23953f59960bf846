/**
 * `npm start`'s second step, after start-check.ts: runs the dev server (astro dev) and the CMS's
 * local backend (admin/local-server.ts) together, each line of their output prefixed with its name,
 * and stops both on Ctrl+C. Either one ending stops the other.
 *
 * The local backend checks out, commits and rebases in the work tree. Ctrl+C in a terminal signals
 * the whole foreground process group, and a git command cut off halfway leaves the tree changed or
 * on a draft branch, so that the next `npm start` refuses to run. So the backend runs in a process
 * group of its own: Ctrl+C reaches it only from here, as a request to stop once the requests in
 * hand are answered, and never reaches the git commands it runs. An IPC channel tells it when this
 * launcher is gone for any other reason.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

interface Part {
  /** The prefix of its output lines. */
  name: string;
  /** Arguments to Node. */
  args: string[];
  /** In a process group of its own, out of reach of the terminal's Ctrl+C. */
  ownGroup: boolean;
}

const astro = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs');
const PARTS: Part[] = [
  { name: 'site', args: [astro, 'dev'], ownGroup: false },
  { name: 'cms', args: ['admin/local-server.ts'], ownGroup: true },
];

const env = { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
let stopping = false;
/** Ctrl+C or a SIGTERM to the launcher: a normal end. */
let byPerson = false;
/** The exit code of the part that ended on its own, which ended the rest. */
let firstCode: number | null = null;

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function prefix(stream: NodeJS.ReadableStream, name: string, out: NodeJS.WriteStream): void {
  createInterface({ input: stream }).on('line', (line) => out.write(`[${name}] ${line}\n`));
}

const children: ChildProcess[] = PARTS.map((part) => {
  const child = spawn(process.execPath, part.args, {
    env,
    detached: part.ownGroup,
    stdio: ['ignore', 'pipe', 'pipe', ...(part.ownGroup ? (['ipc'] as const) : [])],
  });
  prefix(child.stdout!, part.name, process.stdout);
  prefix(child.stderr!, part.name, process.stderr);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    if (signal === 'SIGINT' || code === 130) byPerson = true;
    else firstCode = code ?? 1;
    stop();
  });
  return child;
});

/** Asks every part still running to stop; their exits are awaited below. */
function stop(): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (running(child)) child.kill('SIGTERM');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) console.error('[cms] Đang chờ máy chủ lưu bài ghi xong (tối đa 30 giây)…');
    byPerson = true;
    stop();
  });
}

await Promise.all(children.map((child) => new Promise<void>((done) => (running(child) ? child.once('exit', () => done()) : done()))));
process.exitCode = byPerson ? 0 : (firstCode ?? 0);
