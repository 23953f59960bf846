/**
 * Where the content lives. Tests and the benchmark point CONTENT_DIR at a fixture or a generated
 * corpus; everyone else uses ./content.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR && env.CONTENT_DIR.trim() !== '' ? env.CONTENT_DIR : 'content';
}

/**
 * The collections kept under content/, each in one folder per language, with their file extension.
 * Kept free of imports for build scripts; everything else about a collection is in registry.ts.
 */
export const COLLECTIONS = {
  campaigns: { extension: 'mdx' },
  materials: { extension: 'mdx' },
  legal: { extension: 'mdx' },
  pages: { extension: 'mdx' },
  hotlines: { extension: 'yaml' },
  quizzes: { extension: 'yaml' },
  events: { extension: 'yaml' },
  services: { extension: 'yaml' },
  indicators: { extension: 'yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** Splits an entry id such as `vi/bao-luc-gia-dinh` into language and slug. */
export function splitEntryId(id: string): { lang: string; slug: string } {
  const slash = id.indexOf('/');
  if (slash < 0) return { lang: '', slug: id };
  return { lang: id.slice(0, slash), slug: id.slice(slash + 1) };
}
