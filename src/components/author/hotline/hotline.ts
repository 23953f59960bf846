/**
 * <Hotline>: a card of the hotline registry, drawn by the page chrome's HotlineCard (whose CSS
 * stays in global.css: the hotline page uses it too). Its CMS editor component and preview.
 */
import { defineAuthorComponent, escapeHtml, selfClosingSyntax } from '../define.ts';
import { examples } from './examples.ts';
import { hotlineProps } from './schema.ts';
import { hotlineTermKeys } from '../../../site/hotline-terms.ts';

export const hotline = defineAuthorComponent({
  name: 'Hotline',
  label: 'Đường dây nóng',
  menuOrder: 20,
  props: hotlineProps,
  syntax: (attributes) => selfClosingSyntax('Hotline', attributes),
  preview: (data, t, site) => {
    const hotline = site.hotlines[data.id ?? ''];
    if (!hotline) return `<p class="callout callout--danger">${t('admin.preview.unknownHotline', { id: data.id ?? '' })}</p>`;
    return `<div class="hotline"><p class="hotline__name">${escapeHtml(hotline.name)}</p><span class="hotline__call">${t('hotlines.call', { number: hotline.number })}</span><p class="hotline__facts"><span>${t('hotlines.hours', { hours: hotline.hours })}</span> · ${hotlineTermKeys(hotline)
      .map((key) => `<span>${t(key)}</span>`)
      .join(' · ')}</p></div>`;
  },
  readme: '`<Hotline id="111" />`, an id of `content/hotlines/vi/`',
  examples,
});
