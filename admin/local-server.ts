/**
 * The CMS's local backend for `npm start` (and `npm run cms:proxy` beside a preview): decap-server
 * in git mode on 127.0.0.1:8081, editorial workflow included, writing to this repository's own
 * git history. No account is needed. PORT, BIND_HOST, GIT_REPO_DIRECTORY and LOG_LEVEL still win.
 *
 * What is added in front of decap-server's own handler, in the same process:
 * - Requests are answered one at a time, in the order they came. decap-server holds a lock per
 *   request and answers 500 to one that waited 3 s for it; queued here, nothing waits there.
 * - A save (any action that checks out, commits, merges or deletes) is refused while files are
 *   changed outside the CMS, with a Vietnamese message naming them (src/build/work-tree.ts). Decap
 *   shows it and keeps the form as typed; decap-server would otherwise fail with git's "Please
 *   commit or stash them", or commit the stray files into the editor's draft (it runs `git add .`).
 * - Stopping (Ctrl+C, SIGTERM, or the end of `npm start`'s launcher) waits until the request being
 *   answered and those already queued are done, so a save or a branch switch is never cut off halfway
 *   and the work tree is left clean, on the publishing branch. Requests that come after are refused.
 * - Two mismatches between Decap and decap-server are bridged: a draft's unchanged language files,
 *   which Decap asks for with an empty id, are read by path; and "no draft" (404) is answered as a
 *   marked 200 to an admin that asks for it, so the browser logs no failed request.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { WRITING_ACTIONS, changedPaths, dirtyTreeSaveMessage } from '../src/build/work-tree.ts';
import { SOFT_NOT_FOUND_HEADER } from './local-backend-fetch.ts';

type Next = () => void;
interface Request {
  body?: { action?: string; params?: Record<string, unknown> };
  get?: (header: string) => string | undefined;
  destroyed?: boolean;
}
interface Response {
  status: (code: number) => Response;
  json: (body: unknown) => void;
  once: (event: 'finish' | 'close', listener: () => void) => void;
}
interface App {
  use: (handler: (req: Request, res: Response, next: Next) => void) => void;
  post: (path: string, handler: (req: Request, res: Response, next: Next) => void) => void;
  listen: (port: number, host: string, ready: () => void) => Server;
}

// decap-server's own express, as it resolves it (express is its dependency, not ours).
const fromDecap = createRequire(createRequire(import.meta.url).resolve('decap-server'));
const express = fromDecap('express') as {
  (): App;
  json: (options: { limit: string }) => (req: Request, res: Response, next: Next) => void;
};
const { registerLocalGit } = fromDecap('./middlewares.js') as {
  registerLocalGit: (app: App, options: { logLevel?: string }) => Promise<void>;
};
// The admin (localhost:4321) calls this server cross-origin: a refusal needs the CORS headers that
// decap-server's own middleware adds after ours, with decap-server's own rule for the origin.
const cors = fromDecap('cors') as (options: { origin: string | RegExp }) => (req: Request, res: Response, next: Next) => void;

const repo = resolve(process.env.GIT_REPO_DIRECTORY ?? process.cwd());
const port = Number(process.env.PORT ?? 8081);
const host = process.env.BIND_HOST ?? '127.0.0.1';
process.env.GIT_REPO_DIRECTORY = repo;

function changedOutsideCms(): string[] {
  const run = spawnSync('git', ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all'], {
    cwd: repo,
    encoding: 'utf8',
  });
  return run.status === 0 ? changedPaths(run.stdout) : [];
}

/** Longest wait, on stopping, for the requests in hand; a git command hanging longer is given up. */
const STOP_WAIT_MS = 30_000;
let stopping = false;

const app = express();
// One request at a time (see above): each waits until the previous one has been answered.
let queue: Promise<void> = Promise.resolve();
app.use((req, res, next) => {
  if (stopping) {
    res.status(503).json({ error: 'Máy chủ lưu bài của CMS đang dừng. Nội dung bạn đang soạn vẫn còn trong biểu mẫu; hãy chạy lại npm start rồi bấm Lưu.' });
    return;
  }
  const previous = queue;
  const answered = new Promise<void>((done) => {
    res.once('finish', done);
    res.once('close', done);
  });
  // Settles once this request and every one before it are answered, even if this one was given up.
  queue = previous.then(() => answered);
  // A request its page gave up on while it waited (the editor navigated away) has no body to read.
  void previous.then(() => (req.destroyed ? undefined : next()));
});
app.use(cors({ origin: process.env.ORIGIN || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/ }));
app.use(express.json({ limit: '50mb' }));
// Opening a draft, Decap asks for each language file the draft did not change with an empty id
// (decap-cms-core's getI18nDataFiles). decap-server's request schema refuses an empty id (422), so
// a draft with an untouched language never opened ("Đang tải..." for good). decap-server reads
// those files by path and never uses the id: the path stands in for it.
app.post('/api/v1', (req, _res, next) => {
  const params = req.body?.params;
  if (req.body?.action === 'unpublishedEntryDataFile' && params && params.id === '') params.id = params.path;
  next();
});
// decap-server answers 404 to "is there a draft of this entry?" when there is none, which is every
// time an editor opens a published entry. The browser logs every 404 as a console error. The admin
// asks (SOFT_NOT_FOUND_HEADER) for that answer as a 200 marked `softNotFound`, and turns it back into
// the 404 Decap expects without a network error (admin/local-backend-fetch.ts).
app.post('/api/v1', (req, res, next) => {
  if (!req.get?.(SOFT_NOT_FOUND_HEADER)) return next();
  const status = res.status.bind(res);
  const json = res.json.bind(res);
  let notFound = false;
  res.status = (code: number) => ((notFound = code === 404), notFound ? res : status(code));
  res.json = (body: unknown) => json(notFound ? { ...(body as object), softNotFound: true } : body);
  next();
});
app.post('/api/v1', (req, res, next) => {
  if (!WRITING_ACTIONS.has(req.body?.action ?? '')) return next();
  const changed = changedOutsideCms();
  if (changed.length === 0) return next();
  console.error(`[cms] Từ chối lưu (${req.body?.action}): có thay đổi ngoài CMS: ${changed.join(', ')}`);
  res.status(409).json({ error: dirtyTreeSaveMessage(changed) });
});
await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL ?? 'info' });
const server = app
  .listen(port, host, () =>
    console.log(`Máy chủ lưu bài của CMS (decap-server, git) đang chạy tại http://${host}:${port}/api/v1, ghi vào ${repo}`),
  )
  .once('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Không khởi động được máy chủ lưu bài của CMS: cổng ${port} đang bị một chương trình khác chiếm. Hãy đóng chương trình đó rồi chạy lại.`
        : `Không khởi động được máy chủ lưu bài của CMS: ${error.message}`,
    );
    process.exit(1);
  });

/** Stops taking requests, lets the ones in hand finish, then exits. */
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close();
  setTimeout(() => {
    console.error(`[cms] Dừng hẳn sau ${STOP_WAIT_MS / 1000} giây chờ: một lệnh git chưa xong. Hãy xem lại thư mục bằng git status.`);
    process.exit(1);
  }, STOP_WAIT_MS).unref();
  void queue.then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Started by `npm start`'s launcher (src/build/cli/start.ts): it is gone, so stop as well.
process.on('disconnect', stop);
