/**
 * The report's count by audience (nhóm đối tượng), which the provinces' plans ask for ("từng nhóm
 * đối tượng"). Pure: it takes the report's materials as src/site/report.ts holds them.
 */
import { AUDIENCES, AUDIENCE_LABELS, type Audience } from '../schemas/audience.ts';
import type { Count, ReportMaterial } from './report.ts';

export interface AudienceCounts {
  /** Every audience of the list, in its order, with how many of the materials are aimed at it (0 too). */
  byAudience: Count<Audience>[];
  /** Materials aimed at no audience in particular. */
  untagged: number;
}

/**
 * How many of `materials` are aimed at each audience. A material aimed at several audiences counts
 * once under each, so the counts can add up to more than the materials.
 */
export function audienceCounts(materials: readonly Pick<ReportMaterial, 'audiences'>[]): AudienceCounts {
  const counts = new Map<Audience, number>(AUDIENCES.map((audience) => [audience, 0]));
  let untagged = 0;
  for (const material of materials) {
    const audiences = new Set(material.audiences ?? []);
    if (audiences.size === 0) untagged++;
    for (const audience of audiences) counts.set(audience, (counts.get(audience) ?? 0) + 1);
  }
  return {
    byAudience: AUDIENCES.map((audience) => ({ key: audience, label: AUDIENCE_LABELS[audience], count: counts.get(audience)! })),
    untagged,
  };
}
