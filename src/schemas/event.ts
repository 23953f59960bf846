import { z } from 'astro/zod';
import { booleanField, enumField, longTextField, optionalDateField, textField } from './fields.ts';
import { vietnameseLabels } from '../i18n/index.ts';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, participantsSchema } from './activity.ts';
import { audiencesField } from './audience.ts';

/** What a calendar entry is: a day or period that comes back every year, or one event the agency holds. */
export const EVENT_KINDS = ['observance', 'event'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Vietnamese names of the kinds (vi.json `event.kind.*`), for the CMS and editors' messages. */
export const EVENT_KIND_LABELS = vietnameseLabels(EVENT_KINDS, (kind) => `event.kind.${kind}`);

const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads "15/11" as { day: 15, month: 11 }; undefined if it is not a day that exists every year. */
export function parseDayMonth(value: string): { day: number; month: number } | undefined {
  const match = DAY_MONTH.exec(value.trim());
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return undefined;
  return { day, month };
}

/** A day of the year written "ngày/tháng", e.g. 08/3 or 15/11. */
function dayMonthField(title: string, description: string) {
  return z
    .string({ error: `${title} phải là chữ dạng ngày/tháng, ví dụ "08/3".` })
    .trim()
    .refine((value) => parseDayMonth(value) !== undefined, {
      error: (issue) =>
        `Không đọc được "${String(issue.input)}". Ghi ngày/tháng, ví dụ "08/3" hoặc "15/11"; ngày 29/02 không có mọi năm nên không dùng được.`,
    })
    .optional()
    .meta({ title, description });
}

/** A time of day, HH:MM on the 24-hour clock, Vietnam time. */
function timeField(title: string, description: string) {
  return z
    .string({ error: `${title} phải là chữ dạng giờ:phút, ví dụ "08:00".` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Ghi giờ theo dạng giờ:phút, 24 giờ, ví dụ "08:00" hoặc "14:30".' })
    .optional()
    .meta({ title, description });
}

/** A slug of another entry (material, campaign), chosen in the CMS. */
const slugRef = (title: string, description: string, reference: string) =>
  z
    .string({ error: `${title} phải là tên tệp của một mục có sẵn.` })
    .trim()
    .min(1, { error: `${title} không được để trống.` })
    .meta({ title, description, reference });

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * One calendar entry. An observance repeats every year on a day or period given as day/month
 * (15/11–15/12); an event happens once, on dates, with optional times (Vietnam time) and a place
 * named by commune and province only: there are no districts since 1/7/2025.
 */
export const eventSchema = z
  .object({
    /** Name of the day, period or event, as official plans write it. */
    title: textField({ title: 'Tên', description: 'Tên ngày, đợt hoạt động hoặc sự kiện, ghi đúng như trong kế hoạch.' }),
    /** Whether it comes back every year or happens once. */
    kind: enumField(EVENT_KINDS, EVENT_KIND_LABELS, {
      title: 'Loại',
      description: 'Ngày kỷ niệm, tháng hành động lặp lại hằng năm; hoặc sự kiện cơ quan tổ chức một lần.',
    }),
    /** Observance: first day each year, day/month. */
    yearlyStart: dayMonthField('Ngày bắt đầu hằng năm', 'Chỉ cho ngày kỷ niệm: ngày/tháng, ví dụ "08/3" hoặc "15/11".'),
    /** Observance: last day each year, day/month; may fall in the next year (e.g. 20/12–05/01). */
    yearlyEnd: dayMonthField('Ngày kết thúc hằng năm', 'Chỉ cho đợt kéo dài nhiều ngày, ví dụ "15/12". Bỏ trống nếu chỉ một ngày.'),
    /** Event: the day it takes place (or begins). */
    date: optionalDateField({ title: 'Ngày diễn ra', description: 'Chỉ cho sự kiện: ngày tổ chức (hoặc ngày bắt đầu).' }),
    /** Event: last day, when it runs several days. */
    endDate: optionalDateField({ title: 'Ngày kết thúc', description: 'Chỉ cho sự kiện nhiều ngày: ngày cuối cùng.' }),
    /** Event: starting time, Vietnam time. */
    startTime: timeField('Giờ bắt đầu', 'Giờ Việt Nam, dạng giờ:phút, ví dụ "08:00". Bỏ trống nếu cả ngày.'),
    /** Event: ending time, Vietnam time. */
    endTime: timeField('Giờ kết thúc', 'Giờ Việt Nam, dạng giờ:phút, ví dụ "11:30".'),
    /** Commune or ward where it takes place (no district: Vietnam has none since 1/7/2025). */
    commune: textField({ title: 'Xã, phường, đặc khu', description: 'Nơi tổ chức, cấp xã, ví dụ "Phường Đông Kinh". Không ghi huyện: từ 1/7/2025 không còn cấp huyện.' }).optional(),
    /** Province or centrally run city. */
    province: textField({ title: 'Tỉnh, thành phố', description: 'Tỉnh hoặc thành phố trực thuộc trung ương, ví dụ "Lạng Sơn".' }).optional(),
    /** Village or residential group (thôn, bản, tổ dân phố) that held it, for activities villages report to the commune. */
    village: textField({ title: 'Thôn, bản, tổ dân phố', description: 'Thôn (bản, tổ dân phố) tổ chức hoạt động, nếu có. Dùng khi xã tổng hợp báo cáo của các thôn.' }).optional(),
    /** Venue inside the commune, e.g. the cultural house. */
    venue: textField({ title: 'Địa điểm', description: 'Địa điểm cụ thể, ví dụ "Nhà văn hóa thôn" (không bắt buộc).' }).optional(),
    /** One or two sentences about it. */
    summary: longTextField({ title: 'Giới thiệu', description: 'Một, hai câu giới thiệu (không bắt buộc).' }, 400).optional(),
    /** Slugs of the materials to use on the day. */
    materials: z
      .array(slugRef('Tài liệu', 'Một tài liệu truyền thông có sẵn.', 'materials'))
      .default([])
      .meta({ title: 'Tài liệu liên quan', description: 'Các tài liệu dùng cho ngày hoặc sự kiện này.', widget: 'list', reference: 'materials' }),
    /** Event: what kind of communication activity it is, for the report; leave empty for events that are not activities. */
    activity: enumField(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, {
      title: 'Loại hoạt động',
      description: 'Chỉ cho sự kiện: hội nghị, tập huấn, tọa đàm, họp thôn… Báo cáo đếm hoạt động theo loại và theo xã.',
    }).optional(),
    /** Who it is aimed at, from the one audience list. */
    audiences: audiencesField('Nhóm người mà hoạt động hướng tới; chọn một hoặc nhiều.'),
    /** Event: how many took part, filled in after it took place. */
    participants: participantsSchema,
    /** Where the figures come from, e.g. a village's report (optional). */
    source: textField({ title: 'Nguồn số liệu', description: 'Ví dụ "Báo cáo của thôn Nà Lìa ngày 20/11/2026". Tự ghi khi nhập từ tệp báo cáo của thôn.' }, 300).optional(),
    /** Slug of the campaign it belongs to, if any. */
    campaign: slugRef('Chiến dịch', 'Chiến dịch mà ngày hoặc sự kiện thuộc về (không bắt buộc).', 'campaigns').optional(),
    /** Hidden from the public site while true. */
    draft: booleanField({ title: 'Bản nháp', description: 'Bật để ẩn khỏi lịch công khai.' }, false),
  })
  .superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (data.kind === 'observance') {
      if (!data.yearlyStart) issue('yearlyStart', 'Ngày kỷ niệm cần "Ngày bắt đầu hằng năm", ví dụ "08/3".');
      if (data.date) issue('date', 'Ngày kỷ niệm lặp lại hằng năm: dùng "Ngày bắt đầu hằng năm" (ngày/tháng), bỏ trống "Ngày diễn ra".');
      if (data.startTime || data.endTime) issue('startTime', 'Ngày kỷ niệm hằng năm không có giờ. Hãy bỏ trống giờ, hoặc tạo một sự kiện riêng.');
      if (data.activity || data.participants) {
        issue(data.activity ? 'activity' : 'participants', 'Ngày kỷ niệm hằng năm không phải một hoạt động. Hãy tạo một sự kiện riêng cho hoạt động (hội nghị, họp thôn…) rồi ghi loại hoạt động và số người tham dự ở đó.');
      }
    } else {
      if (!data.date) issue('date', 'Sự kiện cần "Ngày diễn ra", dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-25.');
      if (data.yearlyStart || data.yearlyEnd) issue('yearlyStart', 'Sự kiện chỉ diễn ra một lần: dùng "Ngày diễn ra", bỏ trống ngày hằng năm.');
      if (data.date && data.endDate && data.endDate < data.date) issue('endDate', 'Ngày kết thúc đứng trước ngày diễn ra. Hãy kiểm tra lại hai ngày này.');
      if (data.endTime && !data.startTime) issue('endTime', 'Có giờ kết thúc thì cần cả giờ bắt đầu.');
      const sameDay = !data.endDate || (data.date && data.endDate.getTime() === data.date.getTime());
      if (sameDay && data.startTime && data.endTime && minutes(data.endTime) <= minutes(data.startTime)) {
        issue('endTime', 'Giờ kết thúc phải sau giờ bắt đầu.');
      }
      if (data.participants && !data.activity) issue('activity', 'Đã ghi số người tham dự thì cần chọn "Loại hoạt động" (hội nghị, tập huấn, họp thôn…) để báo cáo đếm đúng.');
      if (!data.commune || !data.province) issue(data.commune ? 'province' : 'commune', 'Sự kiện cần nơi tổ chức: xã (phường, đặc khu) và tỉnh (thành phố).');
    }
  });

