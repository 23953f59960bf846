/**
 * Entry of the admin app served at /admin: Decap CMS from npm, bundled by Vite, started by hand
 * with the configuration that src/pages/admin/index.astro generated from the schemas at build time.
 */
import './manual-init.ts';
import CMS from 'decap-cms-app';
import { vi } from 'decap-cms-locales';
import { createElement as h, type ReactNode } from 'react';
import { editorComponents, type Values } from './editor-components.ts';
import { CheckboxesControl, CheckboxesPreview } from './checkboxes.ts';
import { CHECKBOXES_WIDGET } from './config.ts';
import { askLegalRef } from './legal-dialog.ts';
import { FORMAT_NAME, YAML_FORMAT_NAME, duplicatedFieldPaths, fromFile, fromYamlFile, toFile, toYamlFile, type FieldLike } from './frontmatter.ts';
import { guardUploads } from './media-limits.ts';
import { keepRestoredDrafts } from './draft-backup.ts';
import { refuseConflictingSaves } from './save-conflict.ts';
import { useLocalBackendFetch } from './local-backend-fetch.ts';
import { keepAdminOnContentChanges } from './dev-reload.ts';
import { quietDecapFailureActions } from './failure-actions.ts';
import { VI_CORRECTED, completeLocale } from './locale-vi.ts';
import { previewHtml, type PreviewData } from './preview-html.ts';
import { scheduledCmsNotice } from '../src/site/schedule.ts';
import { vietnamToday } from '../src/calendar/dates.ts';
// The site's real stylesheet, as a URL Decap loads into the preview frame.
import siteCss from '../src/styles/global.css?url';
import fontsCss from '../src/styles/fonts.css?url';
// And the author components' CSS, each in its component's folder (src/components/author/styles.ts loads it on the site).
const authorCss = import.meta.glob<string>('../src/components/author/*/*.css', { query: '?url', import: 'default', eager: true });

const readJson = <T>(id: string): T => JSON.parse(document.getElementById(id)!.textContent ?? '{}') as T;
const config = readJson<Record<string, unknown>>('cms-config');
const preview = readJson<PreviewData>('cms-preview');

guardUploads(document, readJson<{ recordingMaxMB?: number }>('cms-limits').recordingMaxMB);
// A failed save is shown once, as Decap's notification, not again as an uncaught error (see failure-actions.ts).
quietDecapFailureActions(window);
// Under `npm start`, a save changes content files, and the dev server would reload the admin (see dev-reload.ts).
keepAdminOnContentChanges(import.meta.hot);
// The local backend: reads refused with 500 are asked again, and a missing draft is no failed request (see local-backend-fetch.ts).
useLocalBackendFetch(window, config.local_backend as Parameters<typeof useLocalBackendFetch>[1]);
// Decap's Vietnamese lacks some strings and would show them in English, and gets a few wrong.
CMS.registerLocale('vi', completeLocale(VI_CORRECTED, completeLocale(vi)));
// Fields copied from Vietnamese into every language: a version with only those is not written.
const duplicated = [...new Set(((config.collections ?? []) as { fields?: FieldLike[] }[]).flatMap((c) => duplicatedFieldPaths(c.fields ?? [])))];
CMS.registerCustomFormat(FORMAT_NAME, 'mdx', { fromFile, toFile: (data: Record<string, unknown>) => toFile(data, duplicated) });
CMS.registerCustomFormat(YAML_FORMAT_NAME, 'yaml', { fromFile: fromYamlFile, toFile: (data: Record<string, unknown>) => toYamlFile(data, duplicated) });

for (const component of editorComponents) {
  const inline =
    component.type === 'inline'
      ? {
          // Inline components get no form from Decap; they show as text in the editor.
          onInsert: () => askLegalRef(document, preview.legal, preview.strings),
          onEdit: ({ data }: { data: Values }) => askLegalRef(document, preview.legal, preview.strings, data),
          toPreview: (data: Values) => `${data.number ?? ''}${data.article ? ` (${preview.strings['legal.article']?.replace('{article}', data.article)})` : ''}`,
        }
      : { toPreview: (data: Values) => previewHtml(component.id, data, preview) };
  CMS.registerEditorComponent({ ...component, ...inline } as unknown as Parameters<typeof CMS.registerEditorComponent>[0]);
}

// Lists of ids from a fixed list (the audiences) as labelled checkboxes, not a drop-down (see checkboxes.ts).
CMS.registerWidget(CHECKBOXES_WIDGET, CheckboxesControl, CheckboxesPreview);

CMS.registerPreviewStyle(siteCss);
CMS.registerPreviewStyle(fontsCss);
for (const url of Object.values(authorCss)) CMS.registerPreviewStyle(url);

interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
}

/** Entry preview: the material page's main parts, styled by the site's CSS. */
function EntryPreview({ entry, widgetFor }: PreviewProps) {
  const title = entry.getIn(['data', 'title']);
  const summary = entry.getIn(['data', 'summary']);
  const scheduled = scheduledCmsNotice(entry.getIn(['data', 'published']), entry.getIn(['data', 'draft']), vietnamToday());
  return h(
    'main',
    { id: 'noi-dung' },
    scheduled ? h('p', { className: 'notice notice--scheduled', role: 'status' }, scheduled) : null,
    h('article', null, h('h1', null, typeof title === 'string' ? title : ''), typeof summary === 'string' ? h('p', null, h('strong', null, summary)) : null, widgetFor('body')),
  );
}

for (const name of ['materials', 'campaigns', 'legal', 'pages']) {
  CMS.registerPreviewTemplate(name, EntryPreview);
}

// Decap's local backup otherwise restores nothing after a reload (see draft-backup.ts).
keepRestoredDrafts();
// Two editors saving the same entry: the later save is refused, not silently applied (see save-conflict.ts).
refuseConflictingSaves(CMS);
CMS.init({ config } as unknown as Parameters<typeof CMS.init>[0]);
