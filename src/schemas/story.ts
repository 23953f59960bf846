import { z } from 'astro/zod';
import { dateField, longTextField, textField } from './fields.ts';

/** The person's agreement to be published, recorded before the story goes out. */
const consentField = z
  .object({
    /** The person (or, for a child, a parent) agreed to this story, name and photo being published. */
    given: z
      .boolean({ error: 'Mục "Nhân vật đã đồng ý" chỉ nhận có hoặc không.' })
      .refine((value) => value, {
        error:
          'Chưa ghi nhận sự đồng ý của nhân vật. Chỉ đăng câu chuyện khi nhân vật (với trẻ em: cha mẹ hoặc người giám hộ) đã đồng ý cho đăng tên, ảnh và câu chuyện.',
      })
      .meta({
        title: 'Nhân vật đã đồng ý',
        description: 'Chỉ bật khi nhân vật (trẻ em: cha mẹ hoặc người giám hộ) đã đồng ý cho đăng tên, ảnh và câu chuyện này.',
      }),
    /** When the person agreed. */
    date: dateField({ title: 'Ngày đồng ý', description: 'Ngày nhân vật đồng ý cho đăng.' }),
    /** How the agreement is kept, so that it can be shown if asked. */
    record: longTextField(
      {
        title: 'Cách ghi nhận sự đồng ý',
        description: 'Ví dụ: "Giấy đồng ý có chữ ký, lưu tại Hội Phụ nữ xã". Không ghi số điện thoại hay giấy tờ tùy thân của nhân vật.',
      },
      300,
    ).meta({
      title: 'Cách ghi nhận sự đồng ý',
      description: 'Ví dụ: "Giấy đồng ý có chữ ký, lưu tại Hội Phụ nữ xã". Không ghi số điện thoại hay giấy tờ tùy thân của nhân vật.',
      widget: 'text',
      i18n: 'duplicate',
    }),
  })
  // One person's agreement is the same in every language: each field inside is copied from
  // Vietnamese (Decap refuses `i18n: duplicate` on a nested object itself).
  .meta({ title: 'Sự đồng ý của nhân vật', description: 'Bắt buộc: không có sự đồng ý thì không đăng.' });

/** A local role model's story ("Gương điển hình"): who, where, and their recorded consent. */
export const storyField = z
  .object({
    /** The person as they agreed to be named, e.g. "Chị Mai". */
    person: textField(
      { title: 'Nhân vật', description: 'Tên nhân vật như họ đồng ý được gọi trên trang, ví dụ "Chị Mai" hoặc "Anh T.".' },
      120,
    ),
    /** The commune (xã, phường) the person lives or works in; there are no districts since 1/7/2025. */
    commune: textField(
      {
        title: 'Xã, phường',
        description: 'Xã, phường và tỉnh nơi nhân vật sống hoặc làm việc. Không ghi huyện: từ ngày 01/7/2025 chỉ còn cấp tỉnh và cấp xã.',
      },
      150,
    ),
    /** The person's agreement: required, or the story is not published. */
    consent: consentField,
  })
  .meta({
    title: 'Gương điển hình',
    description: 'Chỉ điền khi Loại tài liệu là "Gương điển hình": nhân vật, xã, phường và sự đồng ý của nhân vật.',
  });
