import { z } from 'astro/zod';
import { booleanField, dateField, enumField, longTextField, textField } from './fields.ts';
import { vietnameseLabels } from '../i18n/index.ts';
import { CLOSING_TIME, OPENING_TIME, WEEK_DAYS, timeMinutes } from './week.ts';

/** What a support service is, in the order the directory lists kinds. */
export const SERVICE_KINDS = ['shelter', 'one-stop', 'trusted-address', 'legal-aid', 'health', 'police', 'womens-union'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Vietnamese names of the kinds (vi.json `service.kind.*`), for the CMS and editors' messages. */
export const SERVICE_KIND_LABELS = vietnameseLabels(SERVICE_KINDS, (kind) => `service.kind.${kind}`);

/** Whether the address may be published, or must stay with the agency (a shelter's location). */
export const SERVICE_LOCATIONS = ['public', 'confidential'] as const;
export const SERVICE_LOCATION_LABELS = vietnameseLabels(SERVICE_LOCATIONS, (location) => `service.location.${location}`);

/** Vietnamese names of the days (vi.json `service.day.*`). */
export const WEEK_DAY_LABELS = vietnameseLabels(WEEK_DAYS, (day) => `service.day.${day}`);

const TIME = OPENING_TIME;
const END_TIME = CLOSING_TIME;

function timeField(title: string, description: string, pattern: RegExp, example: string) {
  return z
    .string({ error: `Thiếu ${title.toLowerCase()}. Ghi giờ:phút theo 24 giờ, ví dụ "${example}".` })
    .trim()
    .regex(pattern, { error: `${title} phải ghi giờ:phút theo 24 giờ, giờ Việt Nam, ví dụ "${example}".` })
    .meta({ title, description });
}

/** One opening period, on some days of the week; `to` before `from` runs past midnight into the next day. */
const slotSchema = z
  .object({
    /** The days this period applies to. */
    days: z
      .array(enumField(WEEK_DAYS, WEEK_DAY_LABELS, { title: 'Ngày', description: 'Một ngày trong tuần.' }))
      .min(1, { error: 'Chọn ít nhất một ngày trong tuần cho khung giờ này.' })
      .meta({ title: 'Các ngày', description: 'Những ngày trong tuần áp dụng khung giờ này.', widget: 'select-multiple' }),
    /** Opening time, Vietnam time. */
    from: timeField('Giờ mở', 'Giờ Việt Nam, dạng giờ:phút, ví dụ "07:30".', TIME, '07:30'),
    /** Closing time; earlier than the opening time means the next morning. */
    to: timeField(
      'Giờ đóng',
      'Ví dụ "17:00". Ghi "24:00" nếu mở đến nửa đêm; giờ đóng sớm hơn giờ mở nghĩa là sáng hôm sau (ví dụ 22:00 đến 06:00).',
      END_TIME,
      '17:00',
    ),
  })
  .superRefine((slot, ctx) => {
    if (TIME.test(slot.from) && END_TIME.test(slot.to) && timeMinutes(slot.from) === timeMinutes(slot.to)) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Giờ đóng trùng giờ mở. Nếu mở cả ngày đêm, hãy bật "Mở cả ngày đêm (24/7)" và bỏ khung giờ.',
      });
    }
  })
  .meta({ title: 'Khung giờ', description: 'Các ngày và giờ mở cửa.' });

/** When a service is open: always (24/7), or in weekly periods. */
const hoursSchema = z
  .object(
    {
      /** Open day and night, every day. */
      always: booleanField(
        { title: 'Mở cả ngày đêm (24/7)', description: 'Bật nếu dịch vụ tiếp nhận mọi lúc, cả ngày nghỉ, lễ, Tết.' },
        false,
      ),
      /** Weekly opening periods, when not 24/7. */
      slots: z
        .array(slotSchema)
        .default([])
        .meta({
          title: 'Khung giờ mở cửa',
          description: 'Mỗi khung gồm các ngày và giờ mở, giờ đóng (giờ Việt Nam). Bỏ trống nếu mở 24/7.',
          widget: 'list',
        }),
    },
    { error: 'Thiếu giờ mở cửa: bật "Mở cả ngày đêm (24/7)" hoặc thêm ít nhất một khung giờ.' },
  )
  .meta({ title: 'Giờ mở cửa', description: 'Mở 24/7, hoặc các khung giờ trong tuần; trang dùng để tính "Đang mở cửa".' });
export type ServiceHours = z.infer<typeof hoursSchema>;

const ADDRESS_META = {
  title: 'Địa chỉ',
  description: 'Bắt buộc nếu công khai địa chỉ. Nếu giữ kín, có thể ghi để cơ quan lưu, nhưng trang không bao giờ hiện.',
};

/** A record without its address field. */
const withoutAddress = <T extends { address?: unknown }>({ address: _address, ...rest }: T): Omit<T, 'address'> => rest;

/** The CMS writes an emptied field as "" (or null): no address. */
const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);

/**
 * One support service of the directory (content/services/vi/<slug>.yaml, Vietnamese only). Its
 * phone numbers are ids of the hotline registry, which holds each number's source and check date.
 * Places are a commune and a province only: there are no districts since 1/7/2025. A confidential
 * service (a shelter) may keep its address for the agency's own records, but the schema drops it,
 * so no page, feed, index or share card can receive it.
 */
export const serviceSchema = z
  .object({
    /** Name of the service as it calls itself. */
    name: textField({ title: 'Tên dịch vụ', description: 'Tên cơ sở hoặc dịch vụ, ví dụ "Trung tâm Công tác xã hội tỉnh".' }),
    /** What kind of help it gives. */
    kind: enumField(SERVICE_KINDS, SERVICE_KIND_LABELS, {
      title: 'Loại dịch vụ',
      description: 'Nhà tạm lánh, trung tâm một cửa, địa chỉ tin cậy, trợ giúp pháp lý, y tế, công an hoặc Hội Phụ nữ.',
    }),
    /** Province or centrally run city. */
    province: textField({ title: 'Tỉnh, thành phố', description: 'Tỉnh hoặc thành phố trực thuộc trung ương, ví dụ "Lạng Sơn".' }),
    /** Commune, ward or special zone (no district: Vietnam has none since 1/7/2025). */
    commune: textField({
      title: 'Xã, phường, đặc khu',
      description: 'Ví dụ "Phường Đông Kinh". Không ghi huyện: từ 1/7/2025 không còn cấp huyện.',
    }),
    /** Whether the address may be shown; required, with no default, so that an editor decides. */
    location: enumField(SERVICE_LOCATIONS, SERVICE_LOCATION_LABELS, {
      title: 'Công khai hay giữ kín địa chỉ',
      description:
        'Bắt buộc chọn. Nhà tạm lánh, nhà an toàn phải giữ kín để bảo vệ người đang lánh nạn: trang chỉ hiện số điện thoại, không bao giờ hiện địa chỉ.',
    }),
    /** Street address; required when public, never published when confidential. */
    address: z.preprocess(blankToUndefined, textField(ADDRESS_META, 300).optional()).meta(ADDRESS_META),
    /** Ids of hotline registry entries to call; the number shown comes from the registry. */
    phones: z
      .array(
        z
          .string({ error: 'Số điện thoại phải chọn từ danh bạ đường dây nóng.' })
          .trim()
          .min(1, { error: 'Số điện thoại không được để trống.' }),
      )
      .min(1, {
        error:
          'Cần ít nhất một số điện thoại, chọn từ danh bạ đường dây nóng. Số chưa có thì thêm vào danh bạ trước (có nguồn và ngày kiểm tra).',
      })
      .meta({
        title: 'Số điện thoại',
        description: 'Chọn từ danh bạ đường dây nóng; số chưa có thì thêm vào danh bạ trước, kèm nguồn và ngày kiểm tra.',
        widget: 'list',
        reference: 'hotlines',
      }),
    /** When it is open, Vietnam time. */
    hours: hoursSchema,
    /** Whether people pay nothing. */
    free: booleanField({ title: 'Miễn phí', description: 'Bật nếu người đến hoặc gọi không phải trả tiền.' }, false),
    /** Who may use it. */
    eligibility: longTextField(
      { title: 'Ai được sử dụng', description: 'Ví dụ "Phụ nữ, trẻ em bị bạo lực gia đình và người đi cùng".' },
      400,
    ),
    /** Where the facts were verified. */
    source: longTextField({ title: 'Nguồn', description: 'Văn bản hoặc trang chính thức xác nhận thông tin dịch vụ.' }, 300),
    /** When the facts were last verified. */
    checked: dateField({ title: 'Ngày kiểm tra', description: 'Ngày gần nhất đã gọi thử hoặc đối chiếu nguồn.' }),
    /** A short note for readers. */
    note: longTextField({ title: 'Ghi chú', description: 'Ghi chú ngắn cho người cần hỗ trợ (không bắt buộc).' }, 300).optional(),
    /** Sample data shipped to try the site; shown with a visible mark. */
    sample: booleanField(
      { title: 'Dữ liệu mẫu', description: 'Bật cho dịch vụ dùng để chạy thử; trang ghi rõ đây là dữ liệu mẫu. Tắt khi là dịch vụ thật.' },
      false,
    ),
  })
  .superRefine((data, ctx) => {
    if (data.location === 'public' && !data.address) {
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: 'Dịch vụ công khai địa chỉ cần "Địa chỉ". Nếu địa chỉ phải giữ kín (nhà tạm lánh), hãy chọn "Giữ kín địa chỉ".',
      });
    }
    if (data.hours.always && data.hours.slots.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours', 'slots'],
        message: 'Đã bật "Mở cả ngày đêm (24/7)" thì không ghi khung giờ. Hãy tắt 24/7 hoặc xóa các khung giờ.',
      });
    }
    if (!data.hours.always && data.hours.slots.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours'],
        message: 'Cần giờ mở cửa: bật "Mở cả ngày đêm (24/7)" hoặc thêm ít nhất một khung giờ.',
      });
    }
  })
  // A confidential address stays in the file for the agency, never in what the site reads.
  .transform((data) => {
    if (data.location === 'public') return { ...data, location: 'public' as const, address: data.address! };
    return { ...withoutAddress(data), location: 'confidential' as const };
  });
