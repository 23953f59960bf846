import { describe, expect, it } from 'vitest';
import { seasonOf, selectCurrentCampaign, type CampaignLike } from '../../../src/calendar/campaigns.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const campaign = (name: string, kind: CampaignLike['kind'], start: string, end: string) => ({
  name,
  kind,
  year: Number(start.slice(0, 4)),
  start: day(start),
  end: day(end),
});
const pick = (campaigns: ReturnType<typeof campaign>[], today: string) => selectCurrentCampaign(campaigns, day(today))?.name;

describe('seasonOf', () => {
  it.each([
    ['2026-11-14', undefined],
    ['2026-11-15', 'action-month'],
    ['2026-12-15', 'action-month'],
    ['2026-12-16', undefined],
    ['2026-12-31', undefined],
    ['2027-01-01', undefined],
    ['2026-05-31', undefined],
    ['2026-06-01', 'family-day'],
    ['2026-06-30', 'family-day'],
    ['2026-07-01', undefined],
  ])('%s → %s', (today, season) => {
    expect(seasonOf(day(today))).toBe(season);
  });
});

describe('selectCurrentCampaign around the Action Month (15/11–15/12)', () => {
  const campaigns = [
    campaign('pháp luật', 'legal-dissemination', '2026-11-09', '2026-12-31'),
    campaign('tháng hành động', 'action-month', '2026-11-15', '2026-12-15'),
    campaign('khác', 'other', '2026-12-01', '2026-12-31'),
  ];
  it.each([
    ['2026-11-14', 'pháp luật'], // the only campaign running
    ['2026-11-15', 'tháng hành động'],
    ['2026-12-01', 'tháng hành động'], // the season wins over a running campaign that started later
    ['2026-12-15', 'tháng hành động'],
    ['2026-12-16', 'khác'], // season over: the running campaign that started last
    ['2026-12-31', 'khác'],
    ['2027-01-01', 'khác'], // nothing runs: the latest that has started
  ])('%s → %s', (today, expected) => {
    expect(pick(campaigns, today)).toBe(expected);
  });

  it('after the Action Month, features it until something newer starts, not the next upcoming campaign', () => {
    const list = [
      campaign('gia đình 2026', 'family-day', '2026-06-01', '2026-06-30'),
      campaign('tháng hành động 2026', 'action-month', '2026-11-15', '2026-12-15'),
      campaign('gia đình 2027', 'family-day', '2027-06-01', '2027-06-30'),
    ];
    expect(pick(list, '2026-12-31')).toBe('tháng hành động 2026');
    expect(pick(list, '2027-01-01')).toBe('tháng hành động 2026');
  });

  it('a campaign running across the new year is featured on 1/1', () => {
    const list = [
      campaign('tháng hành động 2026', 'action-month', '2026-11-15', '2026-12-15'),
      campaign('tết', 'other', '2026-12-20', '2027-01-10'),
    ];
    expect(pick(list, '2027-01-01')).toBe('tết');
  });
});

describe('selectCurrentCampaign around June (Family Day)', () => {
  const campaigns = [
    campaign('pháp luật', 'legal-dissemination', '2026-05-01', '2026-07-31'),
    campaign('gia đình', 'family-day', '2026-06-28', '2026-06-28'),
  ];
  it.each([
    ['2026-05-31', 'pháp luật'],
    ['2026-06-01', 'gia đình'], // that year's Family Day all June, even before 28/6
    ['2026-06-30', 'gia đình'],
    ['2026-07-01', 'pháp luật'],
  ])('%s → %s', (today, expected) => {
    expect(pick(campaigns, today)).toBe(expected);
  });
});

describe('selectCurrentCampaign fallbacks', () => {
  it('in season without a campaign of that year, falls back to the running or latest campaign', () => {
    const list = [
      campaign('tháng hành động 2025', 'action-month', '2025-11-15', '2025-12-15'),
      campaign('pháp luật 2026', 'legal-dissemination', '2026-01-01', '2026-03-31'),
    ];
    expect(pick(list, '2026-11-20')).toBe('pháp luật 2026');
    expect(pick(list, '2026-06-10')).toBe('pháp luật 2026');
  });

  it('prefers a running campaign over a finished one that started later', () => {
    const list = [campaign('cả năm', 'other', '2026-01-01', '2026-12-31'), campaign('tháng ba', 'other', '2026-03-01', '2026-03-31')];
    expect(pick(list, '2026-05-01')).toBe('cả năm');
    expect(pick(list, '2026-03-10')).toBe('tháng ba'); // both running: the one that started last
  });

  it('with only future campaigns, picks the earliest upcoming one', () => {
    const list = [
      campaign('tháng hành động 2027', 'action-month', '2027-11-15', '2027-12-15'),
      campaign('gia đình 2027', 'family-day', '2027-06-01', '2027-06-30'),
      campaign('pháp luật 2027', 'legal-dissemination', '2027-11-09', '2027-11-30'),
    ];
    expect(pick(list, '2026-11-20')).toBe('gia đình 2027');
  });

  it('returns undefined for an empty list', () => {
    expect(selectCurrentCampaign([], day('2026-11-20'))).toBeUndefined();
  });

  it('returns the very object passed in', () => {
    const list = [campaign('một', 'other', '2026-01-01', '2026-12-31')];
    expect(selectCurrentCampaign(list, day('2026-02-01'))).toBe(list[0]);
  });
});
