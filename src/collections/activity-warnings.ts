/**
 * Activities that took place but have no participant count: a warning, not an error. Every build,
 * dev start and `npm run check:content` prints, in Vietnamese, the file and what to fill in, so
 * that the report's participant figures are complete. Pure.
 */
import type { CheckedEntry, ContentProblem } from './problems.ts';

/** Every calendar activity (an event with an activity type) that ended before `today` and has no participant count. */
export function activityWarnings(entries: readonly CheckedEntry[], today: Date): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const { file, data } of entries) {
    if (file.collection !== 'events' || data.kind !== 'event' || data.activity === undefined || data.participants !== undefined) continue;
    const last = (data.endDate ?? data.date) as Date | undefined;
    if (!(last instanceof Date) || last.getTime() >= today.getTime()) continue;
    out.push({
      path: file.path,
      line: file.lineOf(['activity']),
      field: 'participants',
      fieldTitle: 'Số người tham dự',
      message: `Hoạt động đã diễn ra nhưng chưa có số người tham dự. Hãy ghi "Tổng số người tham dự" (và số nữ, số nam nếu có) để báo cáo kết quả đủ số liệu. Đây là lời nhắc, không chặn xuất bản.`,
    });
  }
  return out;
}
