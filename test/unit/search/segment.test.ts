/** Search splitting driven by the script table: Khmer runs by clusters, other text by spaces. */
import { describe, expect, it } from 'vitest';
import { khmerSearches, segmentKhmer } from '../../../src/search/khmer.ts';
import { hasClusteredText, joinClusters, sameClusteredScript, searchesFor, segmentForIndex } from '../../../src/search/segment.ts';

const khmer = 'ការងារនៅកន្លែងធ្វើការ';

describe('segmentForIndex', () => {
  it('splits Khmer into clusters exactly as the Khmer rule does', () => {
    expect(segmentForIndex(khmer)).toBe(segmentKhmer(khmer));
    expect(segmentForIndex(`Luật ${khmer} 2022`)).toBe(segmentKhmer(`Luật ${khmer} 2022`));
  });
  it('leaves text without a clustered script alone', () => {
    expect(segmentForIndex('Bình đẳng  giới')).toBe('Bình đẳng  giới');
  });
});

describe('searchesFor', () => {
  it.each([[khmer], ['កន្លែងធ្វើការ ការងារ'], ['bình  đẳng giới '], [`luật ${khmer}`]])(
    'gives the same searches as before for %j',
    (query) => {
      expect(searchesFor(query)).toEqual(khmerSearches(query));
    },
  );
  it('tries a Khmer run as a phrase first', () => {
    expect(searchesFor('កន្លែង')[0]).toMatch(/^".+"$/);
  });
});

describe('joinClusters', () => {
  it('undoes the index’s gaps between Khmer clusters and keeps other spaces', () => {
    expect(joinClusters(segmentKhmer(khmer).trim())).toBe(khmer);
    expect(joinClusters('bình đẳng')).toBe('bình đẳng');
  });
  it('tells which text and which neighbours belong to a clustered script', () => {
    expect(hasClusteredText(`a ${khmer}`)).toBe(true);
    expect(hasClusteredText('đẳng')).toBe(false);
    expect(sameClusteredScript('ក', 'រ')).toBe(true);
    expect(sameClusteredScript('a', 'រ')).toBe(false);
  });
});
