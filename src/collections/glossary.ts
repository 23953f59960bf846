/**
 * The translators' glossaries, content/glossary/<lang>.yaml (src/schemas/glossary.ts): the content
 * check reports their problems with everything else; the translation CLI reads the terms.
 */
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LANGUAGE_TAGS, DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { readContentFile } from './files.ts';
import { zodProblems, type ContentProblem } from './problems.ts';
import { GLOSSARY } from './registry.ts';

export interface GlossaryReading {
  /** Terms by language, for the files that are valid. */
  terms: Map<string, GlossaryTerm[]>;
  problems: ContentProblem[];
}

/** Reads and validates every glossary file; a file for no translatable language is a problem too. */
export function readGlossaries(cwd: string, root: string): GlossaryReading {
  const folder = resolve(cwd, root, GLOSSARY.folder);
  const terms = new Map<string, GlossaryTerm[]>();
  const problems: ContentProblem[] = [];
  if (!existsSync(folder)) return { terms, problems };
  for (const name of readdirSync(folder).sort()) {
    const path = relative(cwd, resolve(folder, name)).split('\\').join('/');
    const lang = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || lang === DEFAULT_LANGUAGE || !LANGUAGE_TAGS.includes(lang)) {
      problems.push({
        path,
        message: `Tệp bảng thuật ngữ phải mang tên một ngôn ngữ dịch, ví dụ tyz.yaml; các mã: ${LANGUAGE_TAGS.filter((tag) => tag !== DEFAULT_LANGUAGE).join(', ')}.`,
      });
      continue;
    }
    const file = readContentFile(resolve(folder, name), path, 'hotlines', lang, name);
    if (file.readErrors.length > 0) {
      problems.push(...file.readErrors.map((error) => ({ path, line: error.line, message: error.message })));
      continue;
    }
    const parsed = GLOSSARY.schema.safeParse(file.data ?? {});
    if (!parsed.success) problems.push(...zodProblems(file, GLOSSARY.schema, parsed.error));
    else terms.set(lang, parsed.data.terms);
  }
  return { terms, problems };
}
