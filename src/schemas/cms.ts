import { z } from 'astro/zod';
import { textField } from './fields.ts';

/** Git hosts the CMS can write to in production. */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type CmsBackendName = (typeof CMS_BACKENDS)[number];

/** Hosts whose Decap backend has no editorial workflow: entries are published at once (the `draft` switch still hides them). */
export const BACKENDS_WITHOUT_WORKFLOW: readonly CmsBackendName[] = ['gitea'];

/**
 * Where the CMS stores content in production, kept in content/settings/cms.yaml. Set up once by
 * whoever deploys the site (see docs/cms-oauth.md); it is not editable from the CMS itself, so that
 * no editor can point the CMS at another repository by mistake.
 */
export const cmsSettingsSchema = z.object({
  /** Which git host keeps the repository. */
  backend: z
    .enum(CMS_BACKENDS, { error: `Máy chủ git phải là một trong: ${CMS_BACKENDS.join(', ')}.` })
    .meta({ title: 'Máy chủ git', description: 'github, gitlab, gitea hoặc forgejo.' }),
  /** owner/name of the repository. */
  repo: z
    .string()
    .trim()
    .regex(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*$/, { error: 'Kho phải viết dạng chủ-sở-hữu/tên-kho, ví dụ so-noi-vu/trang-binh-dang-gioi.' })
    .meta({ title: 'Kho mã', description: 'Dạng chủ-sở-hữu/tên-kho.' }),
  /** Branch the public site is built from. */
  branch: textField({ title: 'Nhánh', description: 'Nhánh dùng để dựng trang công khai, thường là main.' }, 100).default('main'),
  /** Address of the git host, for self-hosted GitLab, Gitea or Forgejo. */
  hostUrl: z.url({ protocol: /^https$/, error: 'Địa chỉ máy chủ git phải là URL https đầy đủ.' }).optional().meta({ title: 'Địa chỉ máy chủ git', description: 'Chỉ cần khi tự vận hành GitLab, Gitea hoặc Forgejo.' }),
  /** Address of the OAuth service that hands out tokens (see docs/cms-oauth.md). */
  authUrl: z.url({ protocol: /^https$/, error: 'Địa chỉ dịch vụ đăng nhập phải là URL https đầy đủ.' }).optional().meta({ title: 'Dịch vụ đăng nhập', description: 'Dịch vụ OAuth cấp quyền cho người biên tập.' }),
  /** OAuth application id, for GitLab (PKCE) and Gitea/Forgejo. */
  appId: z.string().trim().min(1).optional().meta({ title: 'Mã ứng dụng OAuth', description: 'Mã ứng dụng đã đăng ký trên máy chủ git.' }),
});

export type CmsSettings = z.infer<typeof cmsSettingsSchema>;
