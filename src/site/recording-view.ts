/**
 * What a page shows of a recording (src/schemas/recording.ts): its address, exact duration, format
 * and size for the download link, and its MIME type for `<audio>`. The file is decoded once
 * (src/collections/recordings.ts); the wording comes from `t()`.
 */
import { recordingFacts, recordingPath } from '../collections/recordings.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Recording } from '../schemas/recording.ts';
import { fileFormat, formatFileSize } from './file-size.ts';

export interface RecordingView {
  src: string;
  type: string;
  seconds: number;
  /** "1 phút 7 giây". */
  duration: string;
  /** "MP3, 270 KB". */
  file: string;
}

const MIME: Record<string, string> = { MP3: 'audio/mpeg', M4A: 'audio/mp4' };

/** The recording's duration in words: "1 phút 7 giây", "45 giây", "2 phút". */
export function durationText(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('recording.seconds', { seconds: rest });
  return rest === 0 ? t('recording.minutes', { minutes }) : t('recording.minutesSeconds', { minutes, seconds: rest });
}

/** Reads the file of `recording` in the project folder (content/'s parent) and words what the page shows. */
export async function recordingView(recording: Recording, project: string, t: Translate): Promise<RecordingView> {
  const { seconds, bytes } = await recordingFacts(recordingPath(project, recording.file));
  const format = fileFormat(recording.file);
  return {
    src: recording.file,
    type: MIME[format] ?? 'audio/mpeg',
    seconds,
    duration: durationText(seconds, t),
    file: t('component.fileSize', { format, size: formatFileSize(bytes) }),
  };
}
