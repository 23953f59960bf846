/**
 * Opening hours of the support services: whether a service is open at a moment, Vietnam time
 * (UTC+7, no daylight saving), and the hours in words. Pure and free of imports but the week's
 * constants, so the browser's filter (src/scripts/services-filter.ts) bundles it as it is.
 */
import { WEEK_DAYS, timeMinutes, type OpeningHours, type WeekDay } from '../schemas/week.ts';

/** Vietnam time is UTC+7 all year: there is no daylight saving. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;
const DAY = 24 * 60;
const WEEK = 7 * DAY;

/** Minutes since Monday 00:00 of the current week, Vietnam time. */
export function vietnamWeekMinute(now: Date): number {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  const mondayBased = (local.getUTCDay() + 6) % 7;
  return mondayBased * DAY + local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** Whether the hours cover `now`; a period whose closing time is earlier than its opening runs into the next day (Sunday night into Monday too). */
export function isOpenAt(hours: OpeningHours, now: Date): boolean {
  if (hours.always) return true;
  const minute = vietnamWeekMinute(now);
  return hours.slots.some((slot) => {
    const from = timeMinutes(slot.from);
    const to = timeMinutes(slot.to);
    const length = to > from ? to - from : to + DAY - from;
    return slot.days.some((day) => {
      const start = WEEK_DAYS.indexOf(day) * DAY + from;
      const since = (((minute - start) % WEEK) + WEEK) % WEEK;
      return since < length;
    });
  });
}

/** Days written as runs: mon–fri → [["mon","fri"]], mon, wed → [["mon"],["wed"]]. */
export function dayRuns(days: readonly WeekDay[]): WeekDay[][] {
  const sorted = WEEK_DAYS.filter((day) => days.includes(day));
  const runs: WeekDay[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && WEEK_DAYS.indexOf(last.at(-1)!) === WEEK_DAYS.indexOf(day) - 1) last.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length > 2 ? [run[0]!, run.at(-1)!] : run));
}

export interface HoursWords {
  /** "Thứ Hai", from vi.json `service.day.*`. */
  day: (day: WeekDay) => string;
  /** Open day and night. */
  always: string;
  /** The closing time of a period that ends the next day, e.g. "06:00 hôm sau". */
  nextDay: (to: string) => string;
}

/** The hours in words: "Thứ Hai – Thứ Sáu: 07:30–11:30; Thứ Bảy: 07:30–11:30", or the 24/7 phrase. */
export function hoursText(hours: OpeningHours, words: HoursWords): string {
  if (hours.always) return words.always;
  return hours.slots
    .map((slot) => {
      const days = dayRuns(slot.days)
        .map((run) =>
          run.length === 2 && WEEK_DAYS.indexOf(run[1]!) - WEEK_DAYS.indexOf(run[0]!) > 1
            ? `${words.day(run[0]!)} – ${words.day(run[1]!)}`
            : run.map(words.day).join(', '),
        )
        .join(', ');
      const to = timeMinutes(slot.to) < timeMinutes(slot.from) ? words.nextDay(slot.to) : slot.to;
      return `${days}: ${slot.from}–${to}`;
    })
    .join('; ');
}
