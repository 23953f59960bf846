/** Site settings from content/settings/site.yaml, validated by the settings schema. */
import { relative, resolve } from 'node:path';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { formatProblems, zodProblems } from './check.ts';
import { readContentFile } from './files.ts';
import { contentRoot } from './root.ts';

export function loadSettings(cwd: string = process.cwd(), root: string = contentRoot()): Settings {
  const absolute = resolve(cwd, root, 'settings', 'site.yaml');
  const path = relative(cwd, absolute).split('\\').join('/');
  const file = readContentFile(absolute, path, 'hotlines', 'settings', 'site.yaml');
  if (file.readErrors.length > 0) {
    throw new Error(formatProblems(file.readErrors.map((e) => ({ path, line: e.line, message: e.message }))));
  }
  const parsed = settingsSchema.safeParse(file.data);
  if (!parsed.success) throw new Error(formatProblems(zodProblems(file, settingsSchema, parsed.error)));
  return parsed.data;
}
