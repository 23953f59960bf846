/**
 * The CMS's local backend (decap-server, git mode) on a temporary copy of the minimal fixture:
 * the editorial workflow's branches and commits, what happens when two editors save the same
 * entry, and that what the CMS writes (editor components included) builds.
 * The requests are the ones Decap's proxy backend sends; paths come from the generated config.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../admin/config.ts';
import { editorComponents, writeComponent } from '../../admin/editor-components.ts';
import { cmsSettingsSchema } from '../../src/schemas/cms.ts';
import { buildSite } from '../helpers/astro.ts';
import { SAMPLE_VALUES } from '../helpers/cms-samples.ts';
import { git, makeRepo, startDecapServer, type DecapServer } from '../helpers/decap.ts';

const component = (id: string) => editorComponents.find((c) => c.id === id)!;
const config = cmsConfig({ languages: ['vi', 'tyz', 'km'], cms: cmsSettingsSchema.parse({ backend: 'github', repo: 'a/b' }) });
const materials = config.collections.find((c) => c.name === 'materials') as { folder: string; extension: string };
const pathFor = (lang: string, slug: string) => `${materials.folder}/${lang}/${slug}.${materials.extension}`;

const SLUG = 'goi-111-khi-tre-em-gap-nguy-hiem';
const body = [
  'Khi trẻ em bị bạo lực, hãy gọi ngay tổng đài.',
  '',
  writeComponent(component('Hotline'), { id: '111' }),
  '',
  `Hành vi bạo lực bị nghiêm cấm theo ${writeComponent(component('LegalRef'), { number: '73/2006/QH11' })}.`,
  '',
  writeComponent(component('Callout'), SAMPLE_VALUES.Callout!),
  '',
  writeComponent(component('Steps'), SAMPLE_VALUES.Steps!),
  '',
  writeComponent(component('FAQ'), SAMPLE_VALUES.FAQ!),
  '',
  writeComponent(component('Figure'), { ...SAMPLE_VALUES.Figure!, image: '../../media/anh.jpg' }),
].join('\n');
const viRaw = `---
title: Gọi 111 khi trẻ em gặp nguy hiểm
summary: Tổng đài 111 miễn phí, nghe máy cả ngày đêm.
campaign: thang-hanh-dong-2026
kind: article
published: 2026-11-20
---
${body}
`;
// Test placeholder, clearly not a translation: the project never invents translations.
const tyzRaw = `---
title: Bản tiếng Tày thử nghiệm của bài 111
summary: Văn bản thử nghiệm, không phải bản dịch thật.
campaign: thang-hanh-dong-2026
kind: article
published: 2026-11-20
translation:
  sourceVersion: 0123abcd
  reviewed: false
---
Văn bản thử nghiệm, không phải bản dịch thật.

${writeComponent(component('Hotline'), { id: '111' })}
`;

const persist = (server: DecapServer, files: { path: string; raw: string }[], options: Record<string, unknown>) =>
  server.api('persistEntry', {
    branch: 'main',
    dataFiles: files.map((file) => ({ slug: SLUG, ...file })),
    assets: [],
    options: { collectionName: 'materials', commitMessage: `Cập nhật tài liệu “${SLUG}”`, useWorkflow: true, status: 'draft', ...options },
  });

let repo: string;
let server: DecapServer;

beforeAll(async () => {
  repo = makeRepo('minimal');
  server = await startDecapServer(repo);
});
afterAll(async () => {
  await server?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('local backend in git mode', () => {
  it('offers the editorial workflow', async () => {
    expect(await server.api('info')).toMatchObject({ type: 'local_git', publish_modes: expect.arrayContaining(['editorial_workflow']) });
  });

  it('keeps a draft on its own branch, off the branch the site is built from', async () => {
    await persist(server, [{ path: pathFor('vi', SLUG), raw: viRaw }], {});
    expect(git(repo, 'branch', '--list', 'cms/*').trim()).toBe(`cms/materials/${SLUG}`);
    expect(git(repo, 'ls-tree', '-r', '--name-only', 'main')).not.toContain(SLUG);
    expect(git(repo, 'show', `cms/materials/${SLUG}:${pathFor('vi', SLUG)}`)).toBe(viRaw);
    expect(await server.api('unpublishedEntries', { branch: 'main' })).toEqual([`materials/${SLUG}`]);
  });

  it('never loses an edit when two editors save the same entry: the last save wins the file, git keeps both', async () => {
    const editorA = viRaw.replace('hãy gọi ngay tổng đài.', 'hãy gọi ngay tổng đài (sửa của A).');
    const editorB = viRaw.replace('hãy gọi ngay tổng đài.', 'hãy gọi ngay tổng đài (sửa của B).');
    await persist(server, [{ path: pathFor('vi', SLUG), raw: editorA }], {});
    await persist(server, [{ path: pathFor('vi', SLUG), raw: editorB }], {});
    const branch = `cms/materials/${SLUG}`;
    // Decap and decap-server do not detect the conflict: B's save replaces A's text silently…
    expect(git(repo, 'show', `${branch}:${pathFor('vi', SLUG)}`)).toBe(editorB);
    // …but every save is a commit, so A's version is one step back in the history and can be restored.
    expect(git(repo, 'show', `${branch}~1:${pathFor('vi', SLUG)}`)).toBe(editorA);
    expect(git(repo, 'show', `${branch}~2:${pathFor('vi', SLUG)}`)).toBe(viRaw);
    // Put the original text back for the rest of the flow, as an editor would from the history.
    await persist(server, [{ path: pathFor('vi', SLUG), raw: viRaw }], {});
  });

  it('adds the Tày version to the same draft, then moves it to review, ready, and publishes it', async () => {
    await persist(
      server,
      [
        { path: pathFor('vi', SLUG), raw: viRaw },
        { path: pathFor('tyz', SLUG), raw: tyzRaw },
      ],
      {},
    );
    await server.api('updateUnpublishedEntryStatus', { branch: 'main', collection: 'materials', slug: SLUG, newStatus: 'pending_review' });
    expect(git(repo, 'config', `branch.cms/materials/${SLUG}.description`).trim()).toBe('decap-cms/pending_review');
    await server.api('updateUnpublishedEntryStatus', { branch: 'main', collection: 'materials', slug: SLUG, newStatus: 'pending_publish' });
    await server.api('publishUnpublishedEntry', { branch: 'main', collection: 'materials', slug: SLUG });
    expect(git(repo, 'branch', '--list', 'cms/*').trim()).toBe('');
    expect(git(repo, 'show', `main:${pathFor('vi', SLUG)}`)).toBe(viRaw);
    expect(git(repo, 'show', `main:${pathFor('tyz', SLUG)}`)).toBe(tyzRaw);
    const log = git(repo, 'log', '--format=%s', 'main');
    expect(log).toContain(`Cập nhật tài liệu “${SLUG}”`);
    expect(log.trim().split('\n').at(-1)).toBe('Nội dung ban đầu');
  });

  it('builds what the CMS wrote: both language pages exist with the components rendered', () => {
    const out = join(repo, 'dist');
    const run = buildSite(join(repo, 'content'), out, 'cms-git', '2026-11-20');
    expect(run.status, run.output).toBe(0);
    const vi = readFileSync(join(out, 'tai-lieu', SLUG, 'index.html'), 'utf8');
    expect(existsSync(join(out, 'tyz', 'tai-lieu', SLUG, 'index.html'))).toBe(true);
    const tyz = readFileSync(join(out, 'tyz', 'tai-lieu', SLUG, 'index.html'), 'utf8');
    expect(tyz).toContain('Bản tiếng Tày thử nghiệm');
    expect(vi).toContain('class="hotline"');
    expect(vi).toContain('href="tel:111"');
    expect(vi).toMatch(/class="legal-ref"[^>]*>73\/2006\/QH11</);
    expect(vi).toContain('Lưu ý &quot;quan trọng&quot;');
    expect(vi).toContain('<div class="steps">');
    expect(vi).toContain('class="faq__question"');
    expect(vi).toContain('<figcaption>Gia đình bình đẳng, yêu thương.</figcaption>');
  });
});
