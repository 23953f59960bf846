import { z } from 'astro/zod';
import { booleanField, longTextField } from './fields.ts';

/** Where recordings are stored in the repository, and the address they are served from. */
export const RECORDING_FOLDER = 'public/audio';
export const RECORDING_PUBLIC_PATH = '/audio';
/** Formats every phone plays: MP3, and AAC in an .m4a file. */
export const RECORDING_EXTENSIONS = ['.mp3', '.m4a'] as const;
/** The size limit when the site settings name none, in decimal megabytes as editors see it. */
export const DEFAULT_RECORDING_MAX_MB = 5;

/** A person's reading of one language version of a material, self-hosted under /audio/. */
export const recordingField = z
  .object({
    /** The audio file: MP3 or M4A, mono, in public/audio, within the size limit of the site settings. */
    file: z
      .string()
      .trim()
      .regex(/^\/audio\/[A-Za-z0-9._-]+\.(mp3|m4a)$/, {
        error: 'Tệp ghi âm phải là tệp .mp3 hoặc .m4a tải lên bằng ô "Tệp ghi âm" (địa chỉ dạng /audio/ten-tep.mp3, tên không dấu, không khoảng trắng).',
      })
      .meta({
        title: 'Tệp ghi âm',
        description: 'Tệp MP3 (hoặc M4A) một kênh (mono), giọng người đọc bài phát thanh loa hoặc nội dung bài. Giới hạn dung lượng theo Cài đặt trang, mặc định 5 MB.',
        widget: 'audio',
      }),
    /** Every word said in the recording, as said: shown under the player (WCAG 1.2.1). */
    transcript: longTextField(
      { title: 'Lời đọc trong bản ghi', description: 'Chép đúng từng lời trong bản ghi. Bắt buộc: người không nghe được đọc lời này, và trang hiện lời dưới trình phát.' },
      20000,
    ),
    /** Who reads it, as the agency credits them. */
    reader: z.string().trim().max(200).optional().meta({ title: 'Người đọc', description: 'Tên người đọc hoặc đơn vị thu âm (không bắt buộc).' }),
    /** A technical test made by a machine, not a person's reading: the page says so next to the player. */
    technicalSample: booleanField(
      { title: 'Bản ghi thử kỹ thuật', description: 'Bật khi tệp chỉ để thử (ví dụ máy đọc tự động), không phải người đọc thật. Trang ghi rõ điều này cạnh trình phát.' },
      false,
    ),
  })
  // Each language version has its own recording (admin/config.ts: i18n 'translate').
  .meta({ title: 'Bản ghi âm', description: 'Bản ghi giọng người đọc của phiên bản ngôn ngữ này, phát ngay trên trang và tải về cho loa truyền thanh.', i18n: 'translate' });

export type Recording = z.infer<typeof recordingField>;
