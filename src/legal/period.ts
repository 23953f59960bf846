/**
 * The period a programme, strategy or plan covers (legal `period`, e.g. 2021–2025), and whether it
 * has ended by a given day: after its last year a page must not present it as the current one.
 * Pure; the pages and the content check's warnings pass in the build's today.
 */
import type { LegalPeriod } from '../schemas/legal.ts';

/** Whether the period's last year is over on `today` (UTC calendar day). */
export function periodEnded(period: LegalPeriod | undefined, today: Date): boolean {
  return period !== undefined && period.to < today.getUTCFullYear();
}

/** The period as written on a page: "2021–2025", or "đến năm 2030" from `until` when it has no first year. */
export function periodText(period: LegalPeriod, until: (to: number) => string): string {
  return period.from === undefined ? until(period.to) : `${period.from}–${period.to}`;
}
