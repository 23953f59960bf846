/**
 * Facts that go stale without any file changing: a hotline, support service or legal document checked too long ago,
 * a page presenting a programme whose period has ended, a running campaign without its official
 * theme, an ended campaign still promising one. Warnings, not errors: they never stop publishing,
 * but every build, dev start and `npm run check:content` prints them for editors, in Vietnamese,
 * with the file, line and field. Pure: the caller passes the build's today.
 */
import { formatShortDate } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { citedKeys } from '../legal/mentions.ts';
import { legalNumberKey } from '../legal/number.ts';
import { periodEnded } from '../legal/period.ts';
import type { LegalPeriod } from '../schemas/legal.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';

/** What a site without the setting uses: a year, as the sample plan asks. */
export const DEFAULT_FACT_MAX_AGE_MONTHS = 12;

/** Campaign kinds whose years have an official national theme. */
const THEMED_KINDS = new Set(['action-month', 'family-day']);

/** Words that promise a theme later, as ended campaigns must not. */
const THEME_PROMISE = /chủ đề[^.\n]{0,80}sẽ (được )?(cập nhật|bổ sung|đăng)/iu;

/** A sentence saying a period has ended, which makes a citation of an ended programme fine. */
const SAYS_ENDED = /(đã kết thúc|đã hết giai đoạn)/iu;

/** `date` moved back `months` calendar months (UTC); the 31st of a shorter month becomes its last day. */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/** Every warning for the checked entries on `today`; `maxAgeMonths` comes from the site settings. */
export function factWarnings(entries: readonly CheckedEntry[], today: Date, maxAgeMonths = DEFAULT_FACT_MAX_AGE_MONTHS): ContentProblem[] {
  return [...staleFacts(entries, today, maxAgeMonths), ...endedProgrammes(entries, today), ...campaignThemes(entries, today)];
}

function staleFacts(entries: readonly CheckedEntry[], today: Date, maxAgeMonths: number): ContentProblem[] {
  const limit = monthsBefore(today, maxAgeMonths);
  const out: ContentProblem[] = [];
  for (const { file, data } of entries) {
    if ((file.collection !== 'hotlines' && file.collection !== 'legal' && file.collection !== 'services') || file.lang !== DEFAULT_LANGUAGE) continue;
    const checked = data.checked;
    if (!(checked instanceof Date) || checked.getTime() >= limit.getTime()) continue;
    const what =
      file.collection === 'hotlines' ? `Số điện thoại ${String(data.number)}` : file.collection === 'services' ? `Dịch vụ "${String(data.name)}"` : `Văn bản ${String(data.number)}`;
    out.push({
      path: file.path,
      line: file.lineOf(['checked']),
      field: 'checked',
      fieldTitle: 'Ngày kiểm tra',
      message: `${what} được kiểm tra lần cuối ngày ${formatShortDate(checked)}, đã quá ${maxAgeMonths} tháng. Hãy đối chiếu lại với nguồn${file.collection === 'legal' ? '' : ' (hoặc gọi thử)'}, sửa nếu có thay đổi, rồi ghi ngày kiểm tra mới.`,
    });
  }
  return out;
}

/** A material, campaign or page dated after a programme's period that cites it without saying the period has ended. */
function endedProgrammes(entries: readonly CheckedEntry[], today: Date): ContentProblem[] {
  const ended = new Map<string, { number: string; period: LegalPeriod }>();
  for (const { file, data } of entries) {
    const period = data.period as LegalPeriod | undefined;
    if (file.collection === 'legal' && file.lang === DEFAULT_LANGUAGE && periodEnded(period, today)) {
      ended.set(legalNumberKey(String(data.number)), { number: String(data.number), period: period! });
    }
  }
  if (ended.size === 0) return [];
  const out: ContentProblem[] = [];
  for (const { file, data } of entries) {
    if (file.collection !== 'materials' && file.collection !== 'campaigns' && file.collection !== 'pages') continue;
    const dated = (data.published ?? data.start) as Date | undefined;
    const cited = citedKeys(file.body, (data.legal as string[] | undefined) ?? []);
    for (const [key, doc] of ended) {
      if (!cited.has(key)) continue;
      if (dated instanceof Date && dated.getUTCFullYear() <= doc.period.to) continue;
      if (SAYS_ENDED.test(file.body)) continue;
      const at = file.body.indexOf(doc.number);
      out.push({
        path: file.path,
        line: at >= 0 ? file.bodyLine + file.body.slice(0, at).split('\n').length - 1 : (file.lineOf(['legal']) ?? file.bodyLine),
        message: `Bài nhắc tới ${doc.number}, văn bản có giai đoạn ${doc.period.from ?? ''}${doc.period.from === undefined ? 'đến năm ' : '–'}${doc.period.to} đã kết thúc. Trang sẽ hiện lưu ý cho người đọc; hãy sửa để bài không viết như thể văn bản còn đang thực hiện (ví dụ ghi rõ "giai đoạn này đã kết thúc").`,
      });
    }
  }
  return out;
}

function campaignThemes(entries: readonly CheckedEntry[], today: Date): ContentProblem[] {
  const out: ContentProblem[] = [];
  const endedCampaigns = new Set<string>();
  for (const { file, data } of entries) {
    if (file.collection !== 'campaigns' || file.lang !== DEFAULT_LANGUAGE) continue;
    const start = data.start as Date;
    const end = data.end as Date;
    if (end.getTime() < today.getTime()) endedCampaigns.add(file.slug);
    if (THEMED_KINDS.has(String(data.kind)) && !data.theme && start.getTime() <= today.getTime() && end.getTime() >= today.getTime()) {
      out.push({
        path: file.path,
        line: file.lineOf(['start']),
        field: 'theme',
        fieldTitle: 'Chủ đề',
        message: `Chiến dịch đã bắt đầu ngày ${formatShortDate(start)} nhưng chưa có chủ đề. Nếu đã có văn bản hướng dẫn chính thức, hãy chép đúng từng chữ vào trường "Chủ đề"; nếu chưa có, đừng tự đặt chủ đề.`,
      });
    }
  }
  for (const { file, data } of entries) {
    const over = file.collection === 'campaigns' ? endedCampaigns.has(file.slug) : file.collection === 'materials' && endedCampaigns.has(String(data.campaign));
    if (!over) continue;
    const texts: [string, string | undefined][] = [
      ['summary', typeof data.summary === 'string' ? data.summary : undefined],
      ['', file.body],
    ];
    for (const [field, text] of texts) {
      const match = text === undefined ? null : THEME_PROMISE.exec(text);
      if (!match) continue;
      const line = field ? file.lineOf([field]) : file.bodyLine + text!.slice(0, match.index).split('\n').length - 1;
      out.push({
        path: file.path,
        line,
        field: field || undefined,
        message: `Chiến dịch đã kết thúc nhưng bài vẫn hứa "${match[0]}". Hãy ghi chủ đề chính thức nếu có, hoặc xóa câu hứa này.`,
      });
    }
  }
  return out;
}
