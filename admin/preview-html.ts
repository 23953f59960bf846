/**
 * Stand-ins for the author components in the CMS preview. Each component's markup is in its folder
 * under src/components/author/ (the same element structure and class names as its .astro file, so
 * the site's own CSS styles them; test/unit/components/author/preview.test.ts compares the two).
 * Every value is escaped; the markdown preview is sanitised as a whole by Decap (sanitize_preview)
 * on top of that.
 */
import { authorComponent, type AuthorComponentName } from '../src/components/author/index.ts';
import { escapeHtml, fill, type PreviewData, type Values } from '../src/components/author/define.ts';

export type { PreviewData } from '../src/components/author/define.ts';

export function previewHtml(name: AuthorComponentName, data: Values, site: PreviewData): string {
  const t = (key: string, values: Record<string, string> = {}) => escapeHtml(fill(site.strings[key], values));
  return authorComponent(name).preview(data, t, site);
}
