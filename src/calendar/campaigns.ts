/**
 * Which campaign the home page features on a given day.
 *   15/11–15/12: that year's Action Month;
 *   1/6–30/6: that year's Family Day (June is also the national month against domestic violence);
 *   otherwise: the running campaign that started last, else the latest that has started,
 *   else the earliest upcoming one.
 */
import type { CampaignKind } from '../schemas/campaign.ts';
import { calendarDate } from './dates.ts';

export interface CampaignLike {
  kind: CampaignKind;
  year: number;
  start: Date;
  end: Date;
}

/** The recurring season `today` falls in, if any. */
export function seasonOf(today: Date): CampaignKind | undefined {
  const year = today.getUTCFullYear();
  if (today >= calendarDate(year, 11, 15) && today <= calendarDate(year, 12, 15)) return 'action-month';
  if (today >= calendarDate(year, 6, 1) && today <= calendarDate(year, 6, 30)) return 'family-day';
  return undefined;
}

export function selectCurrentCampaign<T extends CampaignLike>(campaigns: readonly T[], today: Date): T | undefined {
  const season = seasonOf(today);
  if (season) {
    const seasonal = campaigns.find((c) => c.kind === season && c.year === today.getUTCFullYear());
    if (seasonal) return seasonal;
  }
  const byStartDesc = [...campaigns].sort((a, b) => b.start.getTime() - a.start.getTime() || b.year - a.year);
  const started = byStartDesc.filter((c) => c.start <= today);
  return started.find((c) => c.end >= today) ?? started[0] ?? byStartDesc.at(-1);
}
