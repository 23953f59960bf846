/**
 * <LegalRef>: an inline link to a document of the legal library, optionally to one article. The
 * CMS edits it in its own dialog (admin/legal-dialog.ts) and shows it as text in the editor; the
 * preview markup below is the link's stand-in.
 */
import { defineAuthorComponent, escapeHtml, fill, readAttributes, writeAttributes } from '../define.ts';
import { examples } from './examples.ts';
import { legalRefProps } from './schema.ts';

export const legalRef = defineAuthorComponent({
  name: 'LegalRef',
  label: 'Dẫn văn bản pháp luật',
  menuOrder: 30,
  props: legalRefProps,
  syntax: (attributes) => ({
    type: 'inline',
    pattern: /<LegalRef((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*\/>/,
    fromInline: (match) => readAttributes(match[1] ?? ''),
    toInline: (data) => `<LegalRef${writeAttributes(attributes, data)} />`,
  }),
  preview: (data, _t, site) => {
    const doc = site.legal[data.number ?? ''];
    const label = `${data.article ? `${fill(site.strings['legal.article'], { article: data.article })} ` : ''}${data.number ?? ''}`;
    return `<span class="legal-ref" title="${escapeHtml(doc?.title ?? '')}">${escapeHtml(label)}</span>`;
  },
  readme: '`<LegalRef number="13/2022/QH15" article="3" />`, a number in the legal library',
  examples,
});
