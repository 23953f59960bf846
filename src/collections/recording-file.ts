/**
 * Whether an audio file may be a recording, by its name and size: the one rule that the CMS applies
 * before an upload (admin/media-limits.ts) and the content check applies to public/audio
 * (recordings.ts). Pure, so the admin bundle can use it.
 */
import { DEFAULT_RECORDING_MAX_MB, RECORDING_EXTENSIONS } from '../schemas/recording.ts';
import { formatFileSize } from '../site/file-size.ts';

const MB = 1_000_000;

/** What is wrong with an audio file by its name and size, or undefined; `maxMB` from the site settings. */
export function recordingFileProblem(name: string, bytes: number, maxMB = DEFAULT_RECORDING_MAX_MB): string | undefined {
  const extension = (/\.[^./\\]+$/.exec(name)?.[0] ?? '').toLowerCase();
  if (!(RECORDING_EXTENSIONS as readonly string[]).includes(extension))
    return `Tệp ghi âm "${name}" có dạng ${extension || '(không rõ)'}: chỉ nhận MP3 (.mp3) hoặc M4A (.m4a), hai dạng mọi điện thoại đều phát được. Hãy lưu lại bản ghi thành MP3 một kênh (mono).`;
  if (bytes > maxMB * MB)
    return `Tệp ghi âm "${name}" nặng ${formatFileSize(bytes)}, vượt giới hạn ${formatFileSize(maxMB * MB)} (Cài đặt trang › Dung lượng tối đa của tệp ghi âm). Hãy lưu lại ở chất lượng giọng nói: MP3 một kênh (mono), 32–64 kbps; hoặc chia bài thành nhiều bản ghi ngắn.`;
  return undefined;
}

