import { describe, expect, it } from 'vitest';
import { periodEnded, periodText } from '../../../src/legal/period.ts';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('legal periods', () => {
  it('has ended only after its last year', () => {
    expect(periodEnded({ from: 2021, to: 2025 }, day(2025, 12, 31))).toBe(false);
    expect(periodEnded({ from: 2021, to: 2025 }, day(2026, 1, 1))).toBe(true);
    expect(periodEnded(undefined, day(2099, 1, 1))).toBe(false);
  });
  it('is written as a range, or "until" a year', () => {
    expect(periodText({ from: 2021, to: 2025 }, (to) => `đến năm ${to}`)).toBe('2021–2025');
    expect(periodText({ to: 2030 }, (to) => `đến năm ${to}`)).toBe('đến năm 2030');
  });
});
