/**
 * Site settings from content/settings/site.yaml, validated by the settings schema. The one reader
 * of that file: the content check reports its problems with everything else, and pages, the CMS
 * and integrations get the settings or an error worded for editors.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Settings } from '../schemas/settings.ts';
import { readContentFile } from './files.ts';
import { formatProblems, zodProblems, type ContentProblem } from './problems.ts';
import { SITE_SETTINGS } from './registry.ts';
import { contentRoot } from './root.ts';

export interface SettingsReading {
  /** The settings, when the file exists and is valid. */
  settings?: Settings;
  /** Path of site.yaml relative to `cwd`, with forward slashes. */
  path: string;
  problems: ContentProblem[];
}

/** Reads and validates site.yaml; every problem is worded for editors. */
export function readSettings(cwd: string, root: string): SettingsReading {
  const absolute = resolve(cwd, root, SITE_SETTINGS.file);
  const path = relative(cwd, absolute).split('\\').join('/');
  if (!existsSync(absolute)) return { path, problems: [{ path, message: 'Thiếu tệp cài đặt trang. Hãy tạo tệp này (xem README).' }] };
  const file = readContentFile(absolute, path, 'hotlines', 'settings', 'site.yaml');
  if (file.readErrors.length > 0) return { path, problems: file.readErrors.map((e) => ({ path: file.path, line: e.line, message: e.message })) };
  const parsed = SITE_SETTINGS.schema.safeParse(file.data);
  if (!parsed.success) return { path, problems: zodProblems(file, SITE_SETTINGS.schema, parsed.error) };
  return { path, settings: parsed.data, problems: [] };
}

/** The settings, or an Error whose message is the editors' report. */
export function loadSettings(cwd: string = process.cwd(), root: string = contentRoot()): Settings {
  const { settings, problems } = readSettings(cwd, root);
  if (!settings) throw new Error(formatProblems(problems));
  return settings;
}
