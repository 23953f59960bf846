/** Reading `astro build` logs, for the benchmark (src/build/cli/bench.ts). */

/** The phases of a build and their seconds, from the timestamps (1 s resolution) of Astro's and the integrations' log lines. */
export function phaseSeconds(log: string, startedAt: Date): [phase: string, seconds: number][] {
  const clock = (hms: string) => {
    const [h, m, sec] = hms.split(':').map(Number);
    const at = new Date(startedAt);
    at.setHours(h!, m, sec, 0);
    if (at.getTime() < startedAt.getTime() - 1000) at.setDate(at.getDate() + 1);
    return at.getTime();
  };
  const marks: [string, number][] = [];
  let completed = 0;
  for (const line of log.split('\n')) {
    const match = /^(\d\d:\d\d:\d\d) (?:\[([^\]]+)\] (.*)|(✓ Completed))/.exec(line);
    if (!match) continue;
    const [, hms, tag, text = '', done] = match;
    const label = done
      ? ['pages', 'images'][completed++]
      : tag === 'build' && text.startsWith('Building static entrypoints')
        ? 'config and content check'
        : tag === 'build' && text.startsWith('Rearranging server assets')
          ? 'bundling'
          : tag && !['build', 'vite', 'content', 'types', 'WARN'].includes(tag) && completed >= 2
            ? tag
            : undefined;
    if (label && !marks.some(([l]) => l === label)) marks.push([label, clock(hms!)]);
  }
  let previous = startedAt.getTime();
  return marks.map(([label, at]) => {
    const seconds = Math.max(0, Math.round((at - previous) / 1000));
    previous = at;
    return [label, seconds];
  });
}

/** Phases as one line: "config and content check 4 s, bundling 25 s, pages 45 s, images 5 s, og-images 30 s, …". */
export const formatPhases = (phases: readonly [string, number][]): string =>
  phases.map(([label, seconds]) => `${label} ${seconds} s`).join(', ');

/** `phaseSeconds` as one line (`formatPhases`). */
export const buildPhases = (log: string, startedAt: Date): string => formatPhases(phaseSeconds(log, startedAt));

/**
 * How each phase grew between two builds, against the growth of their page counts: "short-links
 * ×4.9", with "!" where a phase grew more than a fifth faster than the pages (not linear).
 */
export function phaseGrowth(
  small: { pages: number; phases: readonly [string, number][] },
  large: { pages: number; phases: readonly [string, number][] },
): string {
  const pages = large.pages / small.pages;
  const before = new Map(small.phases);
  return large.phases
    .filter(([label]) => (before.get(label) ?? 0) > 0)
    .map(([label, seconds]) => {
      const growth = seconds / before.get(label)!;
      return `${label} ×${growth.toFixed(1)}${growth > pages * 1.2 ? ' (!)' : ''}`;
    })
    .join(', ');
}
