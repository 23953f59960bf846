/**
 * Stand-ins for the author components in the CMS preview: the same markup and class names as
 * src/components/mdx/*.astro, so the site's own CSS styles them. Every value is escaped; the
 * markdown preview is sanitised as a whole by Decap (sanitize_preview) on top of that.
 */
import type { AuthorComponentName } from '../src/schemas/author-components.ts';
import type { Values } from './editor-components.ts';

export interface PreviewData {
  /** UI strings from src/i18n/vi.json that the stand-ins need. */
  strings: Record<string, string>;
  /** The hotline registry, by id. */
  hotlines: Record<string, { name: string; number: string; hours: string; free: boolean }>;
  /** Legal documents by number. */
  legal: Record<string, { title: string }>;
}

export const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fill = (template: string | undefined, values: Record<string, string>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Paragraphs of plain text with **bold**, escaped. */
const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n{2,}|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`)
    .join('');

export function previewHtml(name: AuthorComponentName, data: Values, site: PreviewData): string {
  const t = (key: string, values: Record<string, string> = {}) => escapeHtml(fill(site.strings[key], values));
  switch (name) {
    case 'Callout': {
      const type = data.type || 'info';
      const title = data.title ? escapeHtml(data.title) : t(`component.callout.${type}`);
      return `<aside class="callout callout--${escapeHtml(type)}"><p class="callout__title"><strong>${title}</strong></p>${paragraphs(data.body)}</aside>`;
    }
    case 'Hotline': {
      const hotline = site.hotlines[data.id ?? ''];
      if (!hotline) return `<p class="callout callout--danger">${t('admin.preview.unknownHotline', { id: data.id ?? '' })}</p>`;
      return `<div class="hotline"><p class="hotline__name">${escapeHtml(hotline.name)}</p><span class="hotline__call">${t('hotlines.call', { number: hotline.number })}</span><p class="hotline__facts"><span>${t('hotlines.hours', { hours: hotline.hours })}</span> · <span>${hotline.free ? t('hotlines.free') : t('hotlines.paid')}</span></p></div>`;
    }
    case 'LegalRef': {
      const doc = site.legal[data.number ?? ''];
      const label = `${data.article ? `${fill(site.strings['legal.article'], { article: data.article })} ` : ''}${data.number ?? ''}`;
      return `<span class="legal-ref" title="${escapeHtml(doc?.title ?? '')}">${escapeHtml(label)}</span>`;
    }
    case 'Figure':
      return `<figure class="figure"><img src="${escapeHtml(data.image)}" alt="${escapeHtml(data.alt)}">${data.caption ? `<figcaption>${escapeHtml(data.caption)}</figcaption>` : ''}</figure>`;
    case 'Download':
      return `<p class="download"><span>${t('component.download')}: ${escapeHtml(data.title)}</span> <span class="download__meta">(${escapeHtml(data.file)})</span></p>`;
    case 'Steps': {
      const steps = (data.steps ?? '').split('\n').filter((s) => s.trim() !== '');
      return `<div class="steps"><ol>${steps.map((s) => `<li>${escapeHtml(s.replace(/^\d+\.\s*/, '')).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</li>`).join('')}</ol></div>`;
    }
    case 'FAQ':
      return `<section class="faq"><h2 class="faq__question">${escapeHtml(data.question)}</h2><div class="faq__answer">${paragraphs(data.answer)}</div></section>`;
  }
}
