/**
 * Scheduled publishing. A material whose `published` date is after the build's today
 * (`buildToday()`: SITE_TODAY, or today in Asia/Ho_Chi_Minh) is not public yet: no page, no list,
 * feed, calendar, report, short link or poster. The nightly rebuild publishes it on its date.
 *
 * The Vietnamese source's date rules every language version: the CMS copies the date into the
 * translations (it is a language-neutral field, greyed out there), and a translation never goes
 * public before its source, whatever its own file says. A draft is not scheduled, just hidden.
 *
 * Pure functions over entries whose id is `<lang>/<slug>` (the content layer's and the content
 * check's); dates are calendar dates at UTC midnight, compared as YYYY-MM-DD.
 */
import { formatOfficialDate, formatShortDate, isoDate } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { splitEntryId } from '../collections/root.ts';

/** An entry as the content layer or the content check holds it; only materials carry `published`. */
export interface ScheduledLike {
  id: string;
  data: { draft?: boolean; published?: unknown };
}

/** Whether something dated `published` is public on `today`: on its date and after. Undated is public. */
export function isPublic(published: Date | undefined, today: Date): boolean {
  return published === undefined || isoDate(published) <= isoDate(today);
}

const dateOf = (entry: ScheduledLike) => (entry.data.published instanceof Date ? entry.data.published : undefined);

/**
 * Slug → the date its Vietnamese source is scheduled for, for every slug whose published (not
 * draft) Vietnamese source is not public on `today`.
 */
export function scheduledSlugs(entries: readonly ScheduledLike[], today: Date): Map<string, Date> {
  const scheduled = new Map<string, Date>();
  for (const entry of entries) {
    const { lang, slug } = splitEntryId(entry.id);
    const published = dateOf(entry);
    if (lang !== DEFAULT_LANGUAGE || entry.data.draft === true || isPublic(published, today)) continue;
    scheduled.set(slug, published!);
  }
  return scheduled;
}

/** The entries that are public on `today`: every version of a scheduled slug is left out. */
export function publicEntries<E extends ScheduledLike>(entries: readonly E[], today: Date): E[] {
  const scheduled = scheduledSlugs(entries, today);
  return entries.filter((entry) => !scheduled.has(splitEntryId(entry.id).slug));
}

/** The content check's error for a link from a page to a scheduled one (the target's address as written). */
export function scheduledLinkMessage(url: string, date: Date): string {
  return `Liên kết "${url}" dẫn tới bài hẹn đăng ${formatOfficialDate(date)}; trang đó chưa có trên trang công khai, người đọc bấm vào sẽ gặp trang lỗi. Hãy bỏ liên kết và thêm lại từ ${formatOfficialDate(date)}, hoặc hẹn đăng bài này cùng ngày hoặc sau ngày đó.`;
}

/** The note the dev server shows on a scheduled page, which the public build does not make. */
export function scheduledPreviewNote(date: Date): string {
  return `Bản xem trước cho biên tập viên: bài này hẹn đăng ${formatOfficialDate(date)}. Trang công khai chưa có bài; bản dựng hằng đêm sẽ tự đăng bài vào ngày đó.`;
}

/**
 * The CMS preview's notice for a material dated after `today` ("Hẹn đăng ngày 15/11/2026 …"), or
 * undefined when it is public. `published` is what the CMS form holds: "YYYY-MM-DD" or a Date.
 */
export function scheduledCmsNotice(published: unknown, draft: unknown, today: Date): string | undefined {
  const date = published instanceof Date ? published : typeof published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(published) ? new Date(`${published.slice(0, 10)}T00:00:00Z`) : undefined;
  if (draft === true || !date || Number.isNaN(date.getTime()) || isPublic(date, today)) return undefined;
  return `Hẹn đăng ngày ${formatShortDate(date)}: bài chưa hiện trên trang công khai. Bản dựng hằng đêm sẽ tự đăng bài vào ngày đó.`;
}
