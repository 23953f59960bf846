/**
 * Runs the content check before Astro reads any content, so an editor's mistake stops the build
 * with the Vietnamese report instead of a stack trace. In dev the report is printed and the server
 * keeps running, so the editor can fix the file and reload. Facts to check again (stale check
 * dates, ended programmes, campaign themes) are printed as warnings and never stop anything.
 */
import type { AstroIntegration } from 'astro';
import { checkContentOnce, formatProblems, formatWarnings } from '../../collections/check.ts';
import { inspectRecordings } from '../../collections/recordings.ts';
import { contentRoot } from '../../collections/root.ts';
import { resolve } from 'node:path';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Tests set this to prove that the MDX guard inside the pipeline stops unsafe content on its own.
        if (command === 'preview' || process.env.SKIP_CONTENT_CHECK_FOR_TESTS === '1') return;
        const checked = checkContentOnce(process.cwd(), contentRoot());
        const { warnings } = checked;
        // Recordings are decoded (channels, length) only once the files passed the quick checks.
        const problems = [...checked.problems, ...(checked.problems.length === 0 ? await inspectRecordings(resolve(contentRoot(), '..'), checked.entries) : [])];
        // Facts to check again: printed on every build and dev start, never fatal.
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        // A plain exit: the report is the message, and a stack trace would only hide it.
        console.error(`\n${report}\n`);
        process.exit(1);
      },
    },
  };
}
