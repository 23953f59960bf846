/**
 * Search in scripts written without spaces between words (Khmer): which text needs splitting into
 * clusters, for the index and for a query, and how to join the clusters again for the reader. The
 * scripts and their cluster rules come from the script table (src/i18n/scripts.ts), so a new such
 * script needs no change here.
 */
import { characterClass, SCRIPTS, type WritingSystem } from '../i18n/scripts.ts';

type Clustered = WritingSystem & { clusters: NonNullable<WritingSystem['clusters']> };

const CLUSTERED = (Object.values(SCRIPTS) as WritingSystem[])
  .filter((script): script is Clustered => script.clusters !== undefined)
  .map((script) => {
    const letter = characterClass(script.ranges);
    return { ...script, letter: new RegExp(letter, 'u'), gap: new RegExp(`(${letter}) (?=${letter})`, 'gu') };
  });

const scriptOfText = (text: string) => CLUSTERED.find((script) => script.letter.test(text));

/** True when the text holds a letter of a script searched by clusters. */
export const hasClusteredText = (text: string): boolean => scriptOfText(text) !== undefined;

/** Splits every run of a clustered script into clusters, one per word; other text is left alone. */
export function segmentForIndex(text: string): string {
  return CLUSTERED.reduce((result, script) => (script.letter.test(result) ? script.clusters.segment(result) : result), text);
}

/** The searches to try, in order, for what a reader typed (see khmer.ts for Khmer's). */
export function searchesFor(query: string): string[] {
  const script = scriptOfText(query);
  return script ? script.clusters.searches(query) : [query.normalize('NFC').trim().replace(/\s+/g, ' ')];
}

/** Removes the spaces the index put between clusters: text as the reader wrote it. */
export function joinClusters(text: string): string {
  return CLUSTERED.reduce((result, script) => result.replace(script.gap, '$1'), text);
}

/** True when both characters are letters of the same clustered script (a space between them was added). */
export function sameClusteredScript(a: string, b: string): boolean {
  return CLUSTERED.some((script) => script.letter.test(a) && script.letter.test(b));
}
