import { describe, expect, it } from 'vitest';
import { translationField } from '../../../src/schemas/translation.ts';

describe('translationField', () => {
  it('accepts a source hash and defaults reviewed to false', () => {
    expect(translationField.parse({ sourceVersion: '0123abcd' })).toEqual({ sourceVersion: '0123abcd', reviewed: false });
  });
  it.each(['0123ABCD', '0123abc', 'bản mới'])('rejects the source version %j in Vietnamese', (sourceVersion) => {
    const result = translationField.safeParse({ sourceVersion });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['sourceVersion'], 'Phiên bản nguồn phải là mã băm (chữ số và a–f), do hệ thống điền.'],
    ]);
  });
});
