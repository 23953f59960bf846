/**
 * The product's local backend (admin/local-server.ts) stopped in the middle of saves: the save in
 * hand is written to its branch and answered, nothing is cut off halfway, and the work tree is left
 * clean on main, as `npm start` needs it the next time.
 */
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { git, makeRepo, startDecapServer } from '../../helpers/decap.ts';

const SLUGS = ['luu-mot', 'luu-hai', 'luu-ba', 'luu-bon'];
const pathOf = (slug: string) => `content/materials/vi/${slug}.mdx`;
const raw = (slug: string) => `---\ntitle: Bài ${slug}\nsummary: Thử dừng máy chủ khi đang lưu.\nkind: article\npublished: 2026-11-20\n---\nNội dung ${slug}.\n`;

const repo = makeRepo('minimal');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

it('finishes the save in hand on SIGINT, refuses later ones in Vietnamese, and leaves the tree clean on main', async () => {
  const server = await startDecapServer(repo, { product: true });
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
  const saves = SLUGS.map((slug) =>
    server
      .api('persistEntry', {
        branch: 'main',
        dataFiles: [{ slug, path: pathOf(slug), raw: raw(slug) }],
        assets: [],
        options: { collectionName: 'materials', commitMessage: `Tạo “${slug}”`, useWorkflow: true, status: 'draft' },
      })
      .then(
        () => 'saved',
        (error: Error) => error.message,
      ),
  );
  // The first save has checked out its draft branch: it is halfway.
  await expect.poll(() => git(repo, 'branch', '--list', 'cms/*').trim(), { interval: 5, timeout: 30_000 }).not.toBe('');
  server.child.kill('SIGINT');
  const answers = await Promise.all(saves);

  expect(answers[0]).toBe('saved');
  for (const answer of answers.slice(1)) expect(answer).toMatch(/^saved$|^persistEntry: 503 .*Máy chủ lưu bài của CMS đang dừng/);
  expect(await exited).toBe(0);
  expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(git(repo, 'branch', '--show-current').trim()).toBe('main');
  SLUGS.forEach((slug, i) => {
    if (answers[i] === 'saved') expect(git(repo, 'show', `cms/materials/${slug}:${pathOf(slug)}`)).toBe(raw(slug));
  });
});
