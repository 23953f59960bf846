/**
 * What `npm start` and the CMS's local backend must know about the git work tree, in pure
 * functions: which files are changed outside the CMS, and the one Vietnamese line that says so.
 *
 * decap-server (git mode) checks out and rebases its cms/* branches in the work tree and commits
 * with `git add .`. A file changed outside the CMS (a hand edit, a rewritten lock file, anything a
 * command wrote) either makes git refuse ("Please commit or stash them") or is swept into the
 * editor's draft. So `npm start` refuses to start on such a tree, and the local backend refuses a
 * save while the tree is in that state, naming the files and the way out. The form keeps what the
 * editor typed (a refused save changes nothing in Decap's draft or its local backup).
 */

/** The paths that `git status --porcelain=v1 -z --untracked-files=all` lists, in its order. */
export function changedPaths(porcelainZ: string): string[] {
  const paths: string[] = [];
  const fields = porcelainZ.split('\0').filter((field) => field !== '');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const status = field.slice(0, 2);
    paths.push(field.slice(3));
    // A rename or copy is followed by the path it came from.
    if (status.includes('R') || status.includes('C')) i++;
  }
  return paths;
}

/** At most this many paths are named in one message; the rest are counted. */
export const PATHS_NAMED = 5;

function namePaths(paths: readonly string[]): string {
  const named = paths.slice(0, PATHS_NAMED).join(', ');
  return paths.length > PATHS_NAMED ? `${named} và ${paths.length - PATHS_NAMED} tệp khác` : named;
}

/** Why a save is refused while files are changed outside the CMS, and what to do. */
export function dirtyTreeSaveMessage(paths: readonly string[]): string {
  return (
    `Chưa lưu được vì thư mục dự án đang có thay đổi nằm ngoài CMS, chưa được ghi vào git: ${namePaths(paths)}. ` +
    'Nội dung bạn đang soạn vẫn còn nguyên trong biểu mẫu, đừng tải lại trang. ' +
    'Hãy nhờ người quản trị ghi lại các thay đổi đó (git add -A && git commit) hoặc cất chúng đi (git stash -u), rồi bấm Lưu lại.'
  );
}

/**
 * The local backend's actions that check out, commit, merge or delete in the work tree. Moving a
 * draft between columns only rewrites its branch description, and reads change nothing.
 */
export const WRITING_ACTIONS: ReadonlySet<string> = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
  'deleteUnpublishedEntry',
]);

/** What `npm start` found about the machine and the repository before starting anything. */
export interface StartFacts {
  /** Whether the folder is inside a git work tree. */
  isRepository: boolean;
  /** `git config user.name` and `user.email`, empty when not set. */
  userName: string;
  userEmail: string;
  /** The branch checked out (empty when detached) and the branch the CMS publishes to. */
  branch: string;
  publishBranch: string;
  /** Files changed outside the CMS (changedPaths). */
  changed: readonly string[];
  /** Ports already taken, of those the dev server and the local backend need. */
  busyPorts: readonly number[];
}

/** The dev server's and the local backend's ports, and what each is, for the messages. */
export const START_PORTS: Readonly<Record<number, string>> = {
  4321: 'trang web (astro dev)',
  8081: 'máy chủ lưu bài của CMS (decap-server)',
};

/**
 * Everything that would keep `npm start` from working, one Vietnamese line each, naming the cause
 * and the fix. Empty when it can start.
 */
export function startProblems(facts: StartFacts): string[] {
  if (!facts.isRepository) {
    return [
      'Không khởi động được: thư mục này không phải kho git, mà CMS lưu bài bằng git. Hãy lấy mã nguồn bằng "git clone" (không dùng tệp ZIP) rồi chạy lại npm start.',
    ];
  }
  const problems: string[] = [];
  if (!facts.userName || !facts.userEmail) {
    problems.push(
      'Không khởi động được: git chưa có tên và thư điện tử của người sửa, nên CMS không ghi được bài. Hãy chạy git config --global user.name "Họ và tên" và git config --global user.email "ten@coquan.gov.vn", rồi chạy lại npm start.',
    );
  }
  if (facts.branch !== facts.publishBranch) {
    const where = facts.branch ? `nhánh "${facts.branch}"` : 'một phiên bản cũ (không ở nhánh nào)';
    problems.push(
      `Không khởi động được: kho git đang ở ${where}, không phải nhánh "${facts.publishBranch}" mà CMS xuất bản. Hãy chạy git checkout ${facts.publishBranch} rồi chạy lại npm start.`,
    );
  }
  if (facts.changed.length > 0) {
    problems.push(
      `Không khởi động được: thư mục dự án có thay đổi chưa ghi vào git (${namePaths(facts.changed)}), và CMS không lưu được bài khi còn thay đổi như vậy. Hãy ghi lại (git add -A && git commit -m "…") hoặc cất đi (git stash -u), rồi chạy lại npm start.`,
    );
  }
  for (const port of facts.busyPorts) {
    problems.push(
      `Không khởi động được: cổng ${port}, dùng cho ${START_PORTS[port] ?? 'npm start'}, đang bị một chương trình khác chiếm (có thể npm start đang chạy ở một cửa sổ khác). Hãy đóng chương trình đó (Ctrl+C trong cửa sổ của nó) rồi chạy lại npm start.`,
    );
  }
  return problems;
}
