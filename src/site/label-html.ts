/**
 * A UI label as HTML: reviewed text as it is (marked with its language when that differs from the
 * page's), and a draft beside its Vietnamese with a visible "bản dịch chưa duyệt" mark, so a
 * control never shows an unreviewed translation alone. Pure; components/UiText.astro renders it.
 */
import type { UiLabel } from '../i18n/translate.ts';
import { escapeHtml as escape } from './html-text.ts';

const part = (text: string, lang: string, pageLang: string, className?: string) =>
  lang === pageLang && !className ? escape(text) : `<span${className ? ` class="${className}"` : ''} lang="${escape(lang)}">${escape(text)}</span>`;

/** The label's HTML on a page in `pageLang`; `mark` is the Vietnamese "bản dịch chưa duyệt". */
export function labelHtml(label: UiLabel, pageLang: string, mark: string): string {
  if (label.vietnamese === undefined) return part(label.text, label.lang, pageLang);
  // A draft that borrows the Vietnamese words as they are ("Tổng đài Nhà nước") is not said twice.
  const beside = label.text === label.vietnamese ? '' : `${part(label.vietnamese, 'vi', pageLang, 'ui-draft__vi')} `;
  return (
    // The draft always says its language: it may sit inside text of another one (a fallback page's content).
    `<span class="ui-draft"><span lang="${escape(label.lang)}">${escape(label.text)}</span> ${beside}` +
    `<span class="ui-draft__mark" lang="vi">${escape(mark)}</span></span>`
  );
}

/** The label as plain text, for an attribute such as `aria-label`: a draft is followed by its Vietnamese. */
export function labelText(label: UiLabel): string {
  return label.vietnamese === undefined || label.vietnamese === label.text ? label.text : `${label.text} (${label.vietnamese})`;
}
