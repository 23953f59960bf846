/**
 * Helpers for the tests the author components' examples drive: the body the site renders from
 * what the CMS wrote, and the outline used to compare the CMS preview with the site's markup.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { markdownToHtml } from 'satteri';

/** The HTML the body of a written component becomes (Markdown, as the MDX pipeline renders it); none for a self-closing one. */
export function childrenHtml(name: string, mdx: string): string | undefined {
  if (mdx.trimEnd().endsWith('/>')) return undefined;
  const inner = mdx.replace(new RegExp(`^<${name}(?:\\s+[A-Za-z][\\w-]*="[^"]*")*\\s*>`), '').replace(new RegExp(`</${name}>\\s*$`), '');
  return markdownToHtml(inner).html.trim();
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The markup as a list of `tag.class: own text` lines in document order, normalised so the preview
 * can be compared with the site: an `a` reads as `span` (the preview has no links), an `img` is
 * named by its alt text only (the site optimises its src), a `p` holding nothing but an image is
 * unwrapped (Markdown wraps a lone image in a paragraph), attributes other than class are ignored,
 * and whitespace is collapsed. The text of elements matching an `omit` selector is left out.
 */
export function outline(html: string, omit: Record<string, string> = {}): string[] {
  const root = parse(html);
  for (const selector of Object.keys(omit)) for (const element of root.querySelectorAll(selector)) element.set_content('');
  const lines: string[] = [];
  const visit = (element: HTMLElement) => {
    const tag = element.tagName?.toLowerCase();
    const elements = element.childNodes.filter((n): n is HTMLElement => n.nodeType === 1);
    const ownText = collapse(
      element.childNodes
        .filter((n) => n.nodeType === 3)
        .map((n) => n.text)
        .join(' '),
    );
    const loneImage = tag === 'p' && ownText === '' && elements.length === 1 && elements[0]!.tagName.toLowerCase() === 'img';
    if (tag && !loneImage) {
      const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
      const name = (tag === 'a' ? 'span' : tag) + classes.map((c) => `.${c}`).join('');
      lines.push(tag === 'img' ? `${name}[alt=${element.getAttribute('alt') ?? ''}]` : `${name}: ${ownText}`);
    }
    for (const child of elements) visit(child);
  };
  visit(root);
  return lines;
}
