/** <Download>: a link to a file of public/files with its format and size. Its CMS editor component and preview. */
import { defineAuthorComponent, escapeHtml, selfClosingSyntax } from '../define.ts';
import { examples } from './examples.ts';
import { downloadProps } from './schema.ts';

export const download = defineAuthorComponent({
  name: 'Download',
  label: 'Tệp tải về',
  menuOrder: 50,
  props: downloadProps,
  syntax: (attributes) => selfClosingSyntax('Download', attributes),
  // The preview cannot read the file's size, so it shows the file name instead.
  preview: (data, t) =>
    `<p class="download"><span>${t('component.download')}: ${escapeHtml(data.title)}</span> <span class="download__meta">(${escapeHtml(data.file)})</span></p>`,
  readme: '`<Download file="to-gap.pdf" title="Tờ gấp" />`, a file in `public/files/`',
  examples,
});
