import { describe, expect, it } from 'vitest';
import {
  PATHS_NAMED,
  WRITING_ACTIONS,
  changedPaths,
  dirtyTreeSaveMessage,
  startProblems,
  type StartFacts,
} from '../../../src/build/work-tree.ts';

const clean: StartFacts = {
  isRepository: true,
  userName: 'Biên tập viên',
  userEmail: 'bt@example.org',
  branch: 'main',
  publishBranch: 'main',
  changed: [],
  busyPorts: [],
};

describe('changedPaths', () => {
  it('reads modified, added, untracked, renamed and quoted paths from git status --porcelain -z', () => {
    const z = [
      ' M package-lock.json',
      'A  content/a.mdx',
      '?? ghi chú.txt',
      'R  content/moi.mdx',
      'content/cu.mdx',
      ' D README.md',
      '',
    ].join('\0');
    expect(changedPaths(z)).toEqual(['package-lock.json', 'content/a.mdx', 'ghi chú.txt', 'content/moi.mdx', 'README.md']);
  });
  it('finds nothing in a clean tree', () => {
    expect(changedPaths('')).toEqual([]);
  });
});

describe('dirtyTreeSaveMessage', () => {
  it('names the files, says the typing is kept and what to do, in Vietnamese', () => {
    const message = dirtyTreeSaveMessage(['README.md', 'package-lock.json']);
    expect(message).toContain('README.md, package-lock.json');
    expect(message).toContain('vẫn còn nguyên trong biểu mẫu');
    expect(message).toContain('git stash -u');
    expect(message).toBe(message.normalize('NFC'));
  });
  it(`names at most ${PATHS_NAMED} files and counts the rest`, () => {
    const paths = Array.from({ length: PATHS_NAMED + 3 }, (_, i) => `tep-${i}.txt`);
    const message = dirtyTreeSaveMessage(paths);
    expect(message).toContain(`tep-${PATHS_NAMED - 1}.txt và 3 tệp khác`);
    expect(message).not.toContain(`tep-${PATHS_NAMED}.txt`);
  });
});

describe('WRITING_ACTIONS', () => {
  it('covers every decap-server action that checks out, commits, merges or deletes, and no read', () => {
    for (const action of ['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'publishUnpublishedEntry', 'deleteUnpublishedEntry'])
      expect(WRITING_ACTIONS.has(action), action).toBe(true);
    for (const action of [
      'info',
      'entriesByFolder',
      'getEntry',
      'unpublishedEntries',
      'unpublishedEntry',
      'getMedia',
      'updateUnpublishedEntryStatus',
    ])
      expect(WRITING_ACTIONS.has(action), action).toBe(false);
  });
});

describe('startProblems', () => {
  it('finds nothing when everything is ready', () => {
    expect(startProblems(clean)).toEqual([]);
  });
  it('gives one Vietnamese line per cause, naming the fix', () => {
    const one = (facts: Partial<StartFacts>) => {
      const problems = startProblems({ ...clean, ...facts });
      expect(problems).toHaveLength(1);
      expect(problems[0]).not.toContain('\n');
      expect(problems[0]).toMatch(/^Không khởi động được: /);
      return problems[0]!;
    };
    expect(one({ isRepository: false, userName: '', branch: '' })).toContain('git clone');
    expect(one({ userEmail: '' })).toContain('git config --global user.email');
    expect(one({ branch: 'cms/materials/bai-mau' })).toContain('git checkout main');
    expect(one({ branch: '' })).toContain('không ở nhánh nào');
    expect(one({ changed: ['package-lock.json'] })).toContain('(package-lock.json)');
    expect(one({ busyPorts: [8081] })).toContain('cổng 8081, dùng cho máy chủ lưu bài của CMS');
  });
  it('lists every cause when there are several', () => {
    expect(startProblems({ ...clean, userName: '', changed: ['a'], busyPorts: [4321, 8081] })).toHaveLength(4);
  });
});
