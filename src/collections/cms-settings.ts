/** The CMS's production git host, from content/settings/cms.yaml (see docs/cms-oauth.md). */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { cmsSettingsSchema, type CmsSettings } from '../schemas/cms.ts';
import { contentRoot } from './root.ts';
import { fieldTitles } from './schema-walk.ts';

export function loadCmsSettings(cwd: string = process.cwd(), root: string = contentRoot()): CmsSettings {
  // Test fixtures and benchmark corpora carry no cms.yaml: they use the repository's own.
  const own = resolve(cwd, root, 'settings', 'cms.yaml');
  const absolute = existsSync(own) ? own : resolve(cwd, 'content', 'settings', 'cms.yaml');
  const path = relative(cwd, absolute).split('\\').join('/');
  if (!existsSync(absolute)) {
    throw new Error(`${path}: thiếu tệp cấu hình CMS. Hãy tạo tệp này với backend và repo (xem docs/cms-oauth.md).`);
  }
  let data: unknown;
  try {
    data = parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: không đọc được YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Hãy kiểm tra dấu hai chấm và thụt lề.`);
  }
  const parsed = cmsSettingsSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const title = fieldTitles(cmsSettingsSchema, issue.path).join(' › ');
      return `  • ${path} — trường "${issue.path.join('.')}"${title ? ` (${title})` : ''}: ${issue.message}`;
    });
    throw new Error(`Cấu hình CMS có lỗi cần sửa:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
