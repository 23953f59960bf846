/**
 * The support-services directory, worked out once: services grouped by commune (Vietnamese
 * order) and by kind, for the page's grouped lists and jump lists. Pure. Opening hours are in
 * opening-hours.ts, which the browser's filter shares.
 */
import { SERVICE_KINDS, type ServiceHours, type ServiceKind } from '../schemas/service.ts';

/** What the directory needs of a service; a confidential one has no address at all. */
export interface DirectoryService {
  slug: string;
  name: string;
  kind: ServiceKind;
  commune: string;
  province: string;
  location: 'public' | 'confidential';
  address?: string;
  hours: ServiceHours;
}

export interface CommuneGroup<S> {
  /** Stable id for the heading's anchor and the filter, e.g. `xa-1`. */
  id: string;
  commune: string;
  province: string;
  services: S[];
}

const VIETNAMESE = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Services grouped by commune and province, communes in Vietnamese order, and in each the kinds in their fixed order, then names. */
export function groupByCommune<S extends Pick<DirectoryService, 'commune' | 'province' | 'kind' | 'name'>>(
  services: readonly S[],
): CommuneGroup<S>[] {
  const groups = new Map<string, { commune: string; province: string; services: S[] }>();
  for (const service of services) {
    const key = `${service.province}\u0000${service.commune}`;
    const group = groups.get(key) ?? { commune: service.commune, province: service.province, services: [] };
    group.services.push(service);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => VIETNAMESE.compare(a.commune, b.commune) || VIETNAMESE.compare(a.province, b.province))
    .map((group, index) => ({
      id: `xa-${index + 1}`,
      ...group,
      services: [...group.services].sort(
        (a, b) => SERVICE_KINDS.indexOf(a.kind) - SERVICE_KINDS.indexOf(b.kind) || VIETNAMESE.compare(a.name, b.name),
      ),
    }));
}

/** The kinds present, in their fixed order, each with its services (for the jump list by kind). */
export function byKind<S extends Pick<DirectoryService, 'kind' | 'name'>>(services: readonly S[]): { kind: ServiceKind; services: S[] }[] {
  return SERVICE_KINDS.map((kind) => ({
    kind,
    services: services.filter((s) => s.kind === kind).sort((a, b) => VIETNAMESE.compare(a.name, b.name)),
  })).filter((group) => group.services.length > 0);
}
