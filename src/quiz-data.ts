/** The quizzes, loaded and localized once per build (like site-data.ts, for the quizzes collection). */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE } from './lib/languages.ts';
import { localize, type Localized } from './lib/localize.ts';
import { sourceVersion, translationState, type TranslationState } from './lib/translation-status.ts';
import { getSiteData } from './site-data.ts';

export type Quiz = Localized<CollectionEntry<'quizzes'>> & { translationState?: TranslationState };

let loading: Promise<Quiz[]> | undefined;

async function load(): Promise<Quiz[]> {
  const items = localize(await getCollection('quizzes'), (await getSiteData()).languages);
  return items.map((item) => {
    if (item.contentLang === DEFAULT_LANGUAGE || !item.source.filePath) return item;
    const version = sourceVersion(readFileSync(item.source.filePath, 'utf8'));
    return { ...item, translationState: translationState(version, item.entry.data.translation) };
  });
}

export function getQuizzes(): Promise<Quiz[]> {
  loading ??= load();
  return loading;
}
