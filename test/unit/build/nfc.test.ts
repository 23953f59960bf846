import { describe, expect, it } from 'vitest';
import { normalizeContentSource } from '../../../src/build/integrations/nfc.ts';

describe('NFC for content MDX', () => {
  const dir = '/repo/content/';
  const nfdVi = 'Bình đẳng giới'.normalize('NFD');
  const nfdJrai = 'Ơ̆ ư̆ ƀ č ñ ĕ'.normalize('NFD');
  it('turns NFD Vietnamese and Jrai text into NFC, keeping the breve combining', () => {
    expect(nfdVi).toHaveLength(19);
    const out = normalizeContentSource('/repo/content/materials/vi/a.mdx?astroContentModule', `${nfdVi}\n${nfdJrai}`, dir)!;
    const [vi, jrai] = out.split('\n') as [string, string];
    expect(vi).toBe('Bình đẳng giới');
    expect(vi).toHaveLength(14);
    expect(jrai.startsWith('\u01A0\u0306')).toBe(true);
    expect(jrai).toBe(nfdJrai.normalize('NFC'));
  });
  it('leaves NFC text and files outside the content folder alone', () => {
    expect(normalizeContentSource('/repo/content/materials/vi/a.mdx', 'Bình đẳng giới', dir)).toBeUndefined();
    expect(normalizeContentSource('/repo/src/pages/x.mdx', nfdVi, dir)).toBeUndefined();
    expect(normalizeContentSource('/repo/content/materials/vi/a.ts', nfdVi, dir)).toBeUndefined();
  });
});
