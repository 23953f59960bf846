/**
 * Text size on every page (loaded by layouts/Base.astro): reads `?chu=` (src/site/text-size.ts),
 * marks <html data-chu> so that global.css scales the root font size, and, as a link is followed,
 * writes the size into the site's own page links, also those added later (search results). Never
 * into the quick-exit link or links to other sites. The "Cỡ chữ" buttons
 * (components/TextSize.astro), hidden without JavaScript, change the size at once and replace the
 * address (no new history entry). Nothing is stored: no cookie, no storage.
 */
import { carriedHref, DEFAULT_TEXT_SIZE, TEXT_SIZES, textSizeOf, withTextSize, type TextSize } from '../site/text-size.ts';

let size = textSizeOf(location.search);
const root = document.documentElement;

function apply(next: TextSize) {
  size = next;
  if (size === DEFAULT_TEXT_SIZE) delete root.dataset.chu;
  else root.dataset.chu = size;
  document.querySelectorAll<HTMLButtonElement>('[data-text-size] button[data-size]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.size === size));
  });
}

apply(size);

/** Just before a link is followed (click, Enter, middle click), it gets the size. */
function carry(event: MouseEvent) {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.closest('.exit__button') || link.hasAttribute('download')) return;
  const href = carriedHref(link.href, location.href, size);
  if (href) link.href = href;
}
document.addEventListener('click', carry, true);
document.addEventListener('auxclick', carry, true);

for (const control of document.querySelectorAll<HTMLElement>('[data-text-size]')) {
  control.hidden = false;
  control.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-size]');
    const next = button?.dataset.size;
    if (!next || !(TEXT_SIZES as readonly string[]).includes(next)) return;
    apply(next as TextSize);
    history.replaceState(history.state, '', withTextSize(location.href, size));
  });
}
