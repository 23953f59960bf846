import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../i18n/languages.ts';
import { booleanField, dateField, enumField, textField } from './fields.ts';
import { DEFAULT_RECORDING_MAX_MB } from './recording.ts';

/** What a site without the setting uses: 15 words (Vietnamese: syllables) a sentence. */
export const DEFAULT_EASY_READ_MAX_WORDS = 15;

/** Daily counts below this many visits are never written or shown (`npm run reach`), so that no one person's visit can be read off a report. */
export const DEFAULT_REACH_THRESHOLD = 10;
/** No setting or flag may lower the threshold below this. */
export const MIN_REACH_THRESHOLD = 5;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the year written day/month (e.g. 30/5), as plans give report deadlines; 29/2 is refused (not every year has it). */
const dayMonthField = (meta: { title: string; description: string }, fallback: string) =>
  z
    .string({ error: 'Ghi ngày theo dạng ngày/tháng, ví dụ 30/5.' })
    .trim()
    .regex(/^\d{1,2}\/\d{1,2}$/, { error: 'Ghi ngày theo dạng ngày/tháng, ví dụ 30/5.' })
    .refine(
      (value) => {
        const [day, month] = value.split('/').map(Number) as [number, number];
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
      },
      { error: 'Ngày không có trong năm (ví dụ 31/4, 29/2). Hãy ghi một ngày có thật, ví dụ 30/5.' },
    )
    .default(fallback)
    .meta(meta);

/** Reports outside the regular six-month and annual ones. */
export const EXTRA_REPORT_KINDS = ['dot-xuat', 'so-ket'] as const;
export type ExtraReportKind = (typeof EXTRA_REPORT_KINDS)[number];
const EXTRA_REPORT_KIND_LABELS: Record<ExtraReportKind, string> = { 'dot-xuat': 'Báo cáo đột xuất', 'so-ket': 'Báo cáo sơ kết, tổng kết nhiều năm' };

/** One ad-hoc report (đột xuất) or multi-year review (sơ kết), with its own period and deadline. */
const extraReportSchema = z
  .object({
    /** Ad-hoc report or multi-year review. */
    kind: enumField(EXTRA_REPORT_KINDS, EXTRA_REPORT_KIND_LABELS, { title: 'Loại báo cáo', description: 'Báo cáo đột xuất khi được yêu cầu, hoặc báo cáo sơ kết, tổng kết một giai đoạn nhiều năm.' }),
    /** Name as the request words it, e.g. "Sơ kết 5 năm giai đoạn 2021-2025". */
    name: textField({ title: 'Tên báo cáo', description: 'Ví dụ "Sơ kết 5 năm giai đoạn 2021-2025" hoặc "Báo cáo đột xuất về Tháng hành động".' }),
    /** First day counted. */
    from: dateField({ title: 'Số liệu tính từ ngày', description: 'Ngày đầu tiên được tính.' }),
    /** Last day counted. */
    to: dateField({ title: 'Số liệu tính đến ngày', description: 'Ngày cuối cùng được tính.' }),
    /** Day the report is due. */
    due: dateField({ title: 'Hạn nộp', description: 'Hạn nộp theo văn bản yêu cầu.' }),
  })
  .superRefine((value, ctx) => {
    if (value.to.getTime() < value.from.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày "Số liệu tính đến ngày" đứng trước ngày bắt đầu. Hãy kiểm tra lại hai ngày này.' });
    }
  })
  .meta({ title: 'Báo cáo', description: 'Một báo cáo đột xuất hoặc sơ kết với kỳ số liệu và hạn nộp riêng.' });

/** The report periods and deadlines of the province's plan; the defaults are the sample plan's. */
export const reportScheduleSchema = z
  .object({
    /** Last day counted in the six-month report. */
    halfEnd: dayMonthField({ title: 'Báo cáo 6 tháng: số liệu tính đến ngày', description: 'Ngày cuối cùng được tính, dạng ngày/tháng. Mặc định 30/5.' }, '30/5'),
    /** Day the six-month report is due. */
    halfDue: dayMonthField({ title: 'Báo cáo 6 tháng: hạn nộp', description: 'Hạn nộp theo kế hoạch, dạng ngày/tháng. Mặc định 30/5.' }, '30/5'),
    /** Last day counted in the annual report. */
    yearEnd: dayMonthField({ title: 'Báo cáo năm: số liệu tính đến ngày', description: 'Ngày cuối cùng được tính, dạng ngày/tháng. Mặc định 31/12 (cả năm).' }, '31/12'),
    /** Day the annual report is due. */
    yearDue: dayMonthField({ title: 'Báo cáo năm: hạn nộp', description: 'Hạn nộp theo kế hoạch, dạng ngày/tháng, ví dụ 30/11 hoặc 10/12. Mặc định 30/11.' }, '30/11'),
    /** Ad-hoc reports and multi-year reviews, each with its period and deadline. */
    extra: z
      .array(extraReportSchema)
      .default([])
      .meta({ title: 'Báo cáo đột xuất và sơ kết', description: 'Thêm một báo cáo khi cấp trên yêu cầu báo cáo đột xuất, hoặc khi sơ kết, tổng kết một giai đoạn (ví dụ 2021-2025).', widget: 'list' }),
  })
  .default({ halfEnd: '30/5', halfDue: '30/5', yearEnd: '31/12', yearDue: '30/11', extra: [] })
  .meta({ title: 'Kỳ báo cáo', description: 'Ngày chốt số liệu và hạn nộp báo cáo kết quả truyền thông, theo kế hoạch của tỉnh. Để trống để dùng mặc định.' });

export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

/** Site-wide settings kept in content/settings/site.yaml and edited in the CMS. */
export const settingsSchema = z.object({
  /** Full name of the agency that publishes the site. */
  agencyName: textField({ title: 'Tên cơ quan', description: 'Tên đầy đủ của cơ quan chủ quản trang.' }),
  /** Province or city the agency serves. */
  province: textField({ title: 'Tỉnh/thành phố', description: 'Tỉnh, thành phố nơi cơ quan hoạt động.' }),
  /** How citizens reach the agency. */
  contact: z
    .object({
      /** Postal address. */
      address: textField({ title: 'Địa chỉ', description: 'Địa chỉ trụ sở.' }, 300),
      /** Switchboard number, digits and spaces. */
      phone: z
        .string()
        .trim()
        .regex(/^[\d ().+]{3,20}$/, { error: 'Số điện thoại chỉ gồm chữ số, dấu cách và dấu ngoặc.' })
        .optional()
        .meta({ title: 'Điện thoại', description: 'Số điện thoại cơ quan (không bắt buộc).' }),
      /** Contact e-mail. */
      email: z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' }).optional().meta({ title: 'Thư điện tử', description: 'Thư điện tử liên hệ (không bắt buộc).' }),
    })
    .meta({ title: 'Liên hệ', description: 'Thông tin liên hệ của cơ quan.' }),
  /** Languages the site publishes, Vietnamese first. */
  languages: z
    .array(z.enum(LANGUAGE_TAGS as [string, ...string[]], { error: (issue) => `Mã ngôn ngữ "${String(issue.input)}" chưa được hỗ trợ. Các mã hợp lệ: ${LANGUAGE_TAGS.join(', ')}.` }))
    .min(1)
    .refine((tags) => tags[0] === DEFAULT_LANGUAGE, { error: 'Tiếng Việt (vi) phải đứng đầu danh sách ngôn ngữ.' })
    .refine((tags) => new Set(tags).size === tags.length, { error: 'Danh sách ngôn ngữ có mã bị lặp.' })
    .meta({ title: 'Ngôn ngữ hiển thị', description: 'Các ngôn ngữ trang đăng tải; tiếng Việt luôn đứng đầu.', widget: 'select-multiple' }),
  /** Hotline ids shown in the strip on every page. */
  featuredHotlines: z
    .array(z.string().trim().min(1))
    .min(1, { error: 'Cần ít nhất một đường dây nóng nổi bật.' })
    .meta({ title: 'Đường dây nóng nổi bật', description: 'Các đường dây hiện ở đầu mọi trang.', reference: 'hotlines' }),
  /** Public address of the site, used in QR codes, sitemaps and links. */
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'Địa chỉ trang phải là URL đầy đủ, ví dụ https://binhdanggioi.example.gov.vn' })
    .meta({ title: 'Địa chỉ trang', description: 'Địa chỉ công khai đầy đủ của trang, ví dụ https://binhdanggioi.langson.gov.vn' }),
  /** Neutral page the quick-exit button goes to. */
  quickExitUrl: z
    .url({ protocol: /^https$/, error: 'Trang thoát nhanh phải là URL https đầy đủ.' })
    .default('https://www.google.com/')
    .meta({ title: 'Trang thoát nhanh', description: 'Trang trung tính mở ra khi người đọc bấm nút Thoát nhanh.' }),
  /** Report periods and deadlines of the province's plan. */
  reports: reportScheduleSchema,
  /** Whether public calendar pages show activities' participant counts (they are for reports by default). */
  showParticipants: booleanField(
    {
      title: 'Hiện số người tham dự trên trang công khai',
      description: 'Mặc định tắt: số người tham dự hoạt động chỉ dùng cho báo cáo. Bật nếu cơ quan muốn công bố số này trên lịch.',
    },
    false,
  ),
  /** The largest recording editors may upload, in decimal megabytes. */
  recordingMaxMB: z
    .number({ error: 'Giới hạn tệp ghi âm phải là một số (MB), ví dụ 5.' })
    .min(1, { error: 'Giới hạn tệp ghi âm tối thiểu là 1 MB.' })
    .max(50, { error: 'Giới hạn tệp ghi âm tối đa là 50 MB: tệp lớn hơn không hợp với điện thoại và mạng chậm.' })
    .default(DEFAULT_RECORDING_MAX_MB)
    .meta({
      title: 'Dung lượng tối đa của tệp ghi âm (MB)',
      description: 'Tệp ghi âm lớn hơn bị từ chối khi tải lên và khi dựng trang. Mặc định 5 MB, đủ cho khoảng 20 phút giọng đọc MP3 một kênh.',
      widget: 'number',
    }),
  /** After how many months a hotline's or legal document's check date makes the build remind editors to check it again. */
  factMaxAgeMonths: z
    .number({ error: 'Số tháng phải là một số, ví dụ 12.' })
    .int({ error: 'Số tháng phải là số nguyên, ví dụ 12.' })
    .min(1, { error: 'Số tháng phải từ 1 trở lên.' })
    .max(60, { error: 'Số tháng tối đa là 60.' })
    .default(12)
    .meta({
      title: 'Nhắc kiểm tra lại sau (tháng)',
      description: 'Khi số điện thoại hoặc văn bản được kiểm tra lần cuối đã quá số tháng này, bản dựng nhắc biên tập viên đối chiếu lại. Mặc định 12.',
      widget: 'number',
    }),
  /** Longest sentence, in words, of an easy-read version before the content check warns. */
  easyReadMaxWords: z
    .number({ error: 'Số từ phải là một số, ví dụ 15.' })
    .int({ error: 'Số từ phải là số nguyên, ví dụ 15.' })
    .min(5, { error: 'Số từ tối thiểu là 5.' })
    .max(40, { error: 'Số từ tối đa là 40: câu dài hơn không còn là câu dễ đọc.' })
    .default(DEFAULT_EASY_READ_MAX_WORDS)
    .meta({
      title: 'Bản dễ đọc: số từ tối đa của một câu',
      description: 'Khi một câu trong bản dễ đọc dài hơn số từ (tiếng) này, bản dựng nhắc biên tập viên viết ngắn lại. Không chặn xuất bản. Mặc định 15.',
      widget: 'number',
    }),
  /** Smallest daily count of a page or short code that `npm run reach` writes; smaller counts are left out. */
  reachThreshold: z
    .number({ error: 'Ngưỡng phải là một số, ví dụ 10.' })
    .int({ error: 'Ngưỡng phải là số nguyên, ví dụ 10.' })
    .min(MIN_REACH_THRESHOLD, { error: `Ngưỡng tối thiểu là ${MIN_REACH_THRESHOLD}: số nhỏ hơn có thể để lộ lượt xem của một người.` })
    .max(1000, { error: 'Ngưỡng tối đa là 1000.' })
    .default(DEFAULT_REACH_THRESHOLD)
    .meta({
      title: 'Đếm lượt xem: ngưỡng ẩn số nhỏ',
      description: `Số lượt xem hoặc quét mã QR trong một ngày của một trang (một mã) nhỏ hơn ngưỡng này thì không ghi và không hiện trong báo cáo, để không ai đọc ra được lượt xem của một người. Mặc định ${DEFAULT_REACH_THRESHOLD}, tối thiểu ${MIN_REACH_THRESHOLD}.`,
      widget: 'number',
    }),
});

export type Settings = z.infer<typeof settingsSchema>;
