import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { hotlineCaveat, hotlineCaveatKeys, hotlineTermKeys } from '../../../src/site/hotline-terms.ts';

const t = useTranslations('vi');

describe('hotline terms', () => {
  it('says nothing more after a free state line', () => {
    expect(hotlineCaveatKeys({ free: true, stateRun: true })).toEqual([]);
    expect(hotlineCaveat({ free: true, stateRun: true }, t)).toBe('');
  });
  it('says a paid line run by an association may cost money and is not a state switchboard', () => {
    expect(hotlineCaveat({ free: false, stateRun: false }, t)).toBe('có thể mất cước, không phải tổng đài Nhà nước');
  });
  it('names each fact on its own', () => {
    expect(hotlineCaveat({ free: false, stateRun: true }, t)).toBe('có thể mất cước');
    expect(hotlineCaveat({ free: true, stateRun: false }, t)).toBe('không phải tổng đài Nhà nước');
  });
  it('gives cards both facts, cost first', () => {
    expect(hotlineTermKeys({ free: true, stateRun: true }).map((key) => t(key))).toEqual(['Miễn phí', 'Tổng đài Nhà nước']);
    expect(hotlineTermKeys({ free: false, stateRun: false }).map((key) => t(key))).toEqual(['Có thể mất cước', 'Không phải tổng đài Nhà nước']);
  });
});
