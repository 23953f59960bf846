import { z } from 'astro/zod';
import { booleanField, dateField, enumField, imageWithAlt, longTextField, stringListField, textField, type ImageHelper } from './fields.ts';
import { audiencesField } from './audience.ts';
import { kitField } from './kit.ts';
import { legalNumberField } from './legal.ts';
import { mythField } from './myth.ts';
import { recordingField } from './recording.ts';
import { storyField } from './story.ts';
import { translationField } from './translation.ts';
import { vietnameseLabels } from '../i18n/index.ts';

/** The kinds of communication material. */
export const MATERIAL_KINDS = ['article', 'infographic', 'poster', 'video', 'audio', 'leaflet', 'qa', 'myth', 'story'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** Vietnamese names of the material kinds (vi.json `material.kind.*`), for the CMS and editors' messages. */
export const MATERIAL_KIND_LABELS = vietnameseLabels(MATERIAL_KINDS, (kind) => `material.kind.${kind}`);

/** One block of an easy-read version: a few short sentences and, where the editor adds one, a picture. */
const easyReadBlock = (image: ImageHelper) =>
  z
    .object({
      /** One to three short sentences, one idea each. */
      text: longTextField({ title: 'Đoạn', description: 'Một đến ba câu ngắn. Câu ngắn, mỗi ý một câu, dùng từ quen thuộc.' }, 400),
      /** A picture that shows the idea, with its alternative text. */
      picture: imageWithAlt(image, { title: 'Hình minh họa', description: 'Không bắt buộc. Hình giúp hiểu ý của đoạn, kèm mô tả ảnh.' }).optional(),
    })
    .meta({ title: 'Đoạn dễ đọc', description: 'Một đến ba câu ngắn, có thể kèm một hình.' });

/** The easy-read version: at least one block, in reading order. */
const easyReadField = (image: ImageHelper) =>
  z
    .array(easyReadBlock(image))
    .min(1, { error: 'Bản dễ đọc cần ít nhất một đoạn; nếu chưa có, hãy xóa cả mục Bản dễ đọc.' })
    .meta({
      title: 'Bản dễ đọc',
      description: 'Không bắt buộc. Câu ngắn, mỗi ý một câu, có thể kèm hình. Khi có, trang tài liệu có đường dẫn "Bản dễ đọc".',
      widget: 'list',
    });

/** A piece of campaign material: article, leaflet, Q&A and so on. */
export const materialSchema = (image: ImageHelper) =>
  z.object({
    /** Headline shown on the page and in lists. */
    title: textField({ title: 'Tiêu đề', description: 'Tiêu đề ngắn, rõ, dễ hiểu với người dân.' }),
    /** One or two sentences shown in lists and search results. */
    summary: longTextField({ title: 'Tóm tắt', description: 'Một, hai câu tóm tắt, hiện trong danh sách và kết quả tìm kiếm.' }, 400),
    /** Id of the campaign this material belongs to. */
    campaign: textField({ title: 'Chiến dịch', description: 'Chiến dịch mà tài liệu thuộc về.' }, 100).meta({
      title: 'Chiến dịch',
      description: 'Chiến dịch mà tài liệu thuộc về.',
      reference: 'campaigns',
    }),
    /** What kind of material it is. */
    kind: enumField(MATERIAL_KINDS, MATERIAL_KIND_LABELS, { title: 'Loại tài liệu', description: 'Bài viết, đồ họa, áp phích, video, âm thanh, tờ gấp, hỏi đáp, hiểu đúng – hiểu sai hoặc gương điển hình.' }),
    /** The groups the material is written for (src/schemas/audience.ts); they give the lists by audience and the search filter "Đối tượng". */
    audiences: audiencesField(
      'Nhóm người mà tài liệu viết cho họ. Chỉ chọn nhóm mà nội dung thật sự nói với họ; có thể chọn nhiều nhóm hoặc không chọn. Tài liệu hiện trong danh sách "Đối tượng" và bộ lọc tìm kiếm của từng nhóm đã chọn.',
    ),
    /** Date of publication; a future date schedules the material (src/site/schedule.ts). */
    published: dateField({
      title: 'Ngày đăng',
      description: 'Ngày đăng tài liệu lên trang. Nếu là ngày trong tương lai, bài được hẹn đăng: bài tự hiện trên trang vào ngày đó (bản dựng hằng đêm), trước đó người đọc chưa thấy.',
    }),
    /** Illustration with its alternative text. */
    cover: imageWithAlt(image, { title: 'Ảnh bìa', description: 'Ảnh minh họa kèm mô tả ảnh.' }).optional(),
    /** Numbers of the legal documents the material explains. */
    legal: z
      .array(legalNumberField({ title: 'Số hiệu văn bản', description: 'Ví dụ 125/2021/NĐ-CP.' }))
      .default([])
      .meta({ title: 'Văn bản pháp luật liên quan', description: 'Số hiệu các văn bản mà tài liệu giải thích, ví dụ 73/2006/QH11.', widget: 'list', reference: 'legal' }),
    /** Full text of what is said and shown, required for video and audio (WCAG 1.2.1, 1.2.3). */
    transcript: longTextField(
      { title: 'Bản ghi lời', description: 'Toàn bộ lời nói và nội dung hình ảnh quan trọng; bắt buộc với video và âm thanh.' },
      50000,
    ).optional(),
    /** A short plain-text script for village loudspeakers and local radio, read aloud as written. */
    loudspeaker: longTextField(
      {
        title: 'Bài phát thanh loa',
        description: 'Bài đọc ngắn cho loa truyền thanh thôn, xã và đài phát thanh: chữ thường, không định dạng, viết như lời nói. Trang tự tính thời lượng đọc.',
      },
      5000,
    ).optional(),
    /** Easy-read version (bản dễ đọc) of this language version: short blocks, each with an optional picture; its presence gives the material an easy-read page. */
    easyRead: easyReadField(image).optional(),
    /** A person reading this language version aloud, played before the text and offered on the loudspeaker page. */
    recording: recordingField.optional(),
    /** For the kind "Hiểu đúng – hiểu sai": the claim, the verdict, the explanation and its legal basis. */
    myth: mythField.optional(),
    /** For the kind "Gương điển hình": the person, their commune and their recorded consent. */
    story: storyField.optional(),
    /** The kit for village communicators: key messages and discussion questions; its presence gives the material a printable meeting kit and a social-media pack. */
    kit: kitField.optional(),
    /** Free keywords that help readers find the material. */
    tags: stringListField({ title: 'Từ khóa', description: 'Vài từ khóa giúp người đọc tìm thấy tài liệu.' }),
    /** Hidden from the public site while true. */
    draft: booleanField({ title: 'Bản nháp', description: 'Bật để ẩn tài liệu khỏi trang công khai.' }, false),
    /** Translation bookkeeping, for language versions other than Vietnamese. */
    translation: translationField.optional(),
  })
  .superRefine((data, ctx) => {
    // The parts a kind cannot do without; Decap cannot show a field for one kind only.
    if (data.kind === 'myth' && !data.myth) {
      ctx.addIssue({
        code: 'custom',
        path: ['myth'],
        message: 'Tài liệu loại "Hiểu đúng – hiểu sai" cần mục "Hiểu đúng – hiểu sai": ý kiến người ta hay nói, kết luận và giải thích ngắn.',
      });
    }
    if (data.kind === 'myth' && data.legal.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['legal'],
        message: 'Tài liệu loại "Hiểu đúng – hiểu sai" cần căn cứ pháp luật: chọn ít nhất một văn bản ở mục "Văn bản pháp luật liên quan".',
      });
    }
    if (data.kind === 'story' && !data.story) {
      ctx.addIssue({
        code: 'custom',
        path: ['story'],
        message: 'Tài liệu loại "Gương điển hình" cần mục "Gương điển hình": nhân vật, xã, phường và sự đồng ý của nhân vật. Không có sự đồng ý thì không đăng.',
      });
    }
  });

