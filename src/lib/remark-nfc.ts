/**
 * A remark plugin that puts every text value of the document into Unicode NFC, so that text typed
 * in NFD (some keyboards and copy-paste from PDFs produce it) is stored and compared as NFC.
 * Jrai and Bahnar letters such as ư̆ keep their combining breve: they have no precomposed form.
 */
interface Node {
  value?: unknown;
  alt?: unknown;
  title?: unknown;
  children?: Node[];
  attributes?: { value?: unknown }[];
}

export function normalizeTree(node: Node): void {
  if (typeof node.value === 'string') node.value = node.value.normalize('NFC');
  if (typeof node.alt === 'string') node.alt = node.alt.normalize('NFC');
  if (typeof node.title === 'string') node.title = node.title.normalize('NFC');
  for (const attribute of node.attributes ?? []) {
    if (typeof attribute.value === 'string') attribute.value = attribute.value.normalize('NFC');
  }
  for (const child of node.children ?? []) normalizeTree(child);
}

/** The plugin: unified calls the returned transformer with the document's root. */
export default function remarkNfc(): (tree: object) => void {
  return (tree) => normalizeTree(tree as Node);
}
