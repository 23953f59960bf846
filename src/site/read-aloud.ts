/**
 * Read aloud, where a version has no recording: the device's own speech voice reads the text, and
 * only a voice of the text's own language. A Jrai page is never read with a Vietnamese voice; a
 * device without a voice for the language shows no button. Only voices that run on the device
 * (`localService`) are used, so the text is not sent to a speech service. Pure; the page's script
 * is src/scripts/read-aloud.ts.
 */

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
  name?: string;
}

/** The primary subtag of a BCP-47 tag, lower case: "hmn" for "hmn-Latn-VN", "vi" for "vi_VN". */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The on-device voice for text in `lang`, the device's default first; undefined when it has none. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const matching = voices.filter((voice) => voice.localService && primary(voice.lang) === primary(lang));
  return matching.find((voice) => voice.default) ?? matching[0];
}

/** Sentences (and lines) of at most `max` characters, in order: engines cut off long utterances. */
export function speakableChunks(text: string, max = 220): string[] {
  const sentences = text
    .replace(/\s*\n\s*/g, '\n')
    .split(/(?<=[.!?…។៕])\s+|\n+/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return sentences.flatMap((sentence) => {
    if (sentence.length <= max) return [sentence];
    const parts: string[] = [];
    let rest = sentence;
    while (rest.length > max) {
      const cut = Math.max(rest.lastIndexOf(', ', max), rest.lastIndexOf(' ', max));
      const at = cut > max / 2 ? cut + 1 : max;
      parts.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) parts.push(rest);
    return parts;
  });
}
