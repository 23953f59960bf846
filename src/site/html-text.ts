/** Reading text out of built HTML without parsing it, and the one way text is escaped into HTML. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML: in element content and in quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references Astro and our templates write (named basics, decimal, hex); a no-break space becomes a space. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (whole, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name.toLowerCase()] ?? whole),
  );
}

/**
 * The text of `<main>…</main>`, without the elements named in `skip` (and their content), with
 * every other tag and every comment replaced by a space and references decoded. Each text node
 * outside those elements appears in it whole. Undefined when there is no `<main>`.
 */
export function mainText(html: string, skip: readonly string[] = []): string | undefined {
  const start = html.search(/<main\b/);
  if (start < 0) return undefined;
  const end = html.indexOf('</main>', start);
  let main = html.slice(start, end < 0 ? undefined : end).replace(/<!--[\s\S]*?-->/g, ' ');
  if (skip.length > 0) main = main.replace(new RegExp(`<(${skip.join('|')})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi'), ' ');
  return decodeEntities(main.replace(/<[^>]*>/g, ' '));
}
