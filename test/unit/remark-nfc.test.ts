import { describe, expect, it } from 'vitest';
import { normalizeTree } from '../../src/lib/remark-nfc.ts';

describe('remark-nfc', () => {
  it('turns NFD Vietnamese and Jrai text into NFC, keeping the breve combining', () => {
    const nfdVi = 'Bình đẳng giới'.normalize('NFD');
    const nfdJrai = 'Ơ̆ ư̆ ƀ č ñ ĕ'.normalize('NFD');
    expect(nfdVi).toHaveLength(19);
    const tree = {
      children: [
        { value: nfdVi },
        { children: [{ value: nfdJrai }], alt: nfdVi },
        { attributes: [{ value: nfdVi }, { value: { type: 'expression' } }] },
      ],
    };
    normalizeTree(tree);
    expect(tree.children[0]!.value).toBe('Bình đẳng giới');
    expect((tree.children[0]!.value as string).length).toBe(14);
    const jrai = (tree.children[1] as { children: { value: string }[] }).children[0]!.value;
    expect(jrai).toBe(nfdJrai.normalize('NFC'));
    expect(jrai.startsWith('\u01A0\u0306')).toBe(true);
    expect((tree.children[1] as { alt: string }).alt).toBe('Bình đẳng giới');
    expect((tree.children[2] as { attributes: { value: unknown }[] }).attributes[0]!.value).toBe('Bình đẳng giới');
  });
});
