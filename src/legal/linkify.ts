/**
 * Turns document numbers in built HTML into links to their library pages. Works on the rendered
 * HTML of every page (any language, any processor), with a real HTML parser: only text inside
 * `<main>` is touched, and never text inside links, headings, code, scripts or elements marked
 * `data-no-legal-links`. Everything else in the file stays byte for byte.
 */
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { escapeHtml, mainText } from '../site/html-text.ts';
import { findLegalNumbers } from './mentions.ts';

/** Where a number links to, or undefined when it is not in the library. */
export type LegalResolver = (key: string) => { href: string; title: string } | undefined;

const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'button', 'select', 'option', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'title', 'template']);

// The same without <option>, whose end tag is optional (it sits in a <select>, which is skipped).
const PRECHECK_SKIP = [...SKIP].filter((tag) => tag !== 'option');

export interface LinkifyResult {
  html: string;
  /** Numbers turned into links. */
  linked: string[];
}

/**
 * Links every known number in the `<main>` of `html`. `selfHref` is the page's own path: a
 * document's page does not link to itself.
 */
export function linkifyLegalNumbers(html: string, resolve: LegalResolver, selfHref?: string): LinkifyResult {
  const links = (key: string) => {
    const target = resolve(key);
    return target !== undefined && target.href !== selfHref;
  };
  // Parsing is the slow part, and most pages cite nothing to link outside links and headings: a
  // look at the text of <main> without those spares them the parse.
  const text = mainText(html, PRECHECK_SKIP);
  if (text === undefined || !findLegalNumbers(text).some((m) => links(m.key))) return { html, linked: [] };
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true, pre: true, noscript: true } });
  const main = root.querySelector('main');
  if (!main) return { html, linked: [] };
  const edits: { start: number; end: number; text: string }[] = [];
  const linked: string[] = [];

  const visit = (node: Node) => {
    if (node.nodeType === NodeType.ELEMENT_NODE) {
      const element = node as HTMLElement;
      if (SKIP.has(element.rawTagName?.toLowerCase() ?? '') || element.hasAttribute('data-no-legal-links')) return;
      element.childNodes.forEach(visit);
      return;
    }
    if (node.nodeType !== NodeType.TEXT_NODE) return;
    const text = node.text;
    const mentions = findLegalNumbers(text).filter((m) => links(m.key));
    if (mentions.length === 0) return;
    const normalized = text.normalize('NFC');
    let out = '';
    let at = 0;
    for (const mention of mentions) {
      const target = resolve(mention.key)!;
      out += escapeHtml(normalized.slice(at, mention.start));
      out += `<a class="legal-ref legal-ref--auto" href="${escapeHtml(target.href)}" title="${escapeHtml(target.title)}">${escapeHtml(mention.raw)}</a>`;
      at = mention.end;
      linked.push(mention.number);
    }
    out += escapeHtml(normalized.slice(at));
    edits.push({ start: node.range[0], end: node.range[1], text: out });
  };
  main.childNodes.forEach(visit);

  let result = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { html: result, linked };
}
