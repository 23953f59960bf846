import { describe, expect, it } from 'vitest';
import { audienceCounts } from '../../../src/site/report-audiences.ts';
import { AUDIENCES } from '../../../src/schemas/audience.ts';

describe('audienceCounts', () => {
  it('counts the materials aimed at each audience, every audience listed with its Vietnamese name, and those aimed at none', () => {
    const { byAudience, untagged } = audienceCounts([
      { audiences: ['cha-me', 'nam-gioi'] },
      { audiences: ['cha-me'] },
      { audiences: [] },
      {},
    ]);
    expect(byAudience.map((c) => c.key)).toEqual([...AUDIENCES]);
    expect(byAudience.find((c) => c.key === 'cha-me')).toEqual({ key: 'cha-me', label: 'Cha mẹ', count: 2 });
    expect(byAudience.find((c) => c.key === 'nam-gioi')!.count).toBe(1);
    expect(byAudience.find((c) => c.key === 'nguoi-khuyet-tat')!.count).toBe(0);
    expect(untagged).toBe(2);
  });
  it('counts a material once under an audience even if a hand-written file names it twice', () => {
    expect(audienceCounts([{ audiences: ['cha-me', 'cha-me'] }]).byAudience.find((c) => c.key === 'cha-me')!.count).toBe(1);
  });
  it('gives zeros for no materials', () => {
    expect(audienceCounts([]).byAudience.every((c) => c.count === 0)).toBe(true);
    expect(audienceCounts([]).untagged).toBe(0);
  });
});
