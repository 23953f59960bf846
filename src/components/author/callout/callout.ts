/** <Callout>: a highlighted box around a few sentences. Its CMS editor component and preview. */
import { defineAuthorComponent, escapeHtml, paragraphs, wrappingSyntax } from '../define.ts';
import { examples } from './examples.ts';
import { CALLOUT_TYPES, calloutProps } from './schema.ts';

export const callout = defineAuthorComponent({
  name: 'Callout',
  label: 'Hộp lưu ý',
  menuOrder: 10,
  props: calloutProps,
  contentFields: [
    { name: 'body', label: 'Nội dung hộp', widget: 'text', required: true, hint: 'Một hoặc vài câu; có thể dùng **chữ đậm**.' },
  ],
  syntax: (attributes) => wrappingSyntax('Callout', attributes, 'body'),
  preview: (data, t) => {
    const type = data.type || 'info';
    const title = data.title ? escapeHtml(data.title) : t(`component.callout.${type}`);
    return `<aside class="callout callout--${escapeHtml(type)}"><p class="callout__title"><strong>${title}</strong></p>${paragraphs(data.body)}</aside>`;
  },
  readme: `\`<Callout type="warning" title="Lưu ý">…</Callout>\` (${CALLOUT_TYPES.map((type) => `\`${type}\``).join(', ')})`,
  examples,
});
