/** Which materials have a loudspeaker script page, and its reading time as the page says it. */
import { useTranslations } from '../i18n/index.ts';
import { readingTime } from './loudspeaker.ts';
import { langParam } from './routes.ts';
import { getSiteData, type Material } from './data.ts';

/** Real (not fallback) versions with a script. */
export function withScript(materials: readonly Material[]): Material[] {
  return materials.filter((item) => !item.isFallback && item.entry.data.loudspeaker !== undefined);
}

/** getStaticPaths: one page per material and language the script is written in. */
export async function loudspeakerPaths() {
  const items = withScript((await getSiteData()).materials);
  return items.map((item) => ({
    params: { lang: langParam(item.lang), slug: item.slug },
    props: { item, translations: items.filter((other) => other.slug === item.slug).map((other) => other.lang) },
  }));
}

/** "khoảng 1 phút 20 giây" and the figures behind it: words counted in `lang`, said in `uiLang`. */
export function readingTimeText(script: string, lang: string, uiLang = lang): { text: string; seconds: number; words: number } {
  const t = useTranslations(uiLang);
  const time = readingTime(script, lang);
  const text =
    time.minutes === 0
      ? t('loudspeaker.seconds', { seconds: time.seconds })
      : time.restSeconds === 0
        ? t('loudspeaker.minutesOnly', { minutes: time.minutes })
        : t('loudspeaker.minutes', { minutes: time.minutes, seconds: time.restSeconds });
  return { text, seconds: time.seconds, words: time.words };
}
