/**
 * I/O: the map data shipped with k80 (`geo/gemeenten-2025.topojson`: CBS/PDOK via cartomap/nl, see
 * `geo/README.md`), read once per command. `readMapNames` takes only the names and codes (no geometry is
 * converted), for `k80 validate`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { PACKAGE_DIR } from './read.js';

export const GEO_FILE = join(PACKAGE_DIR, 'geo', 'gemeenten-2025.topojson');

export interface MapName {
  /** CBS code, e.g. `GM0014`. */
  code: string;
  /** CBS name (`statnaam`), e.g. `Groningen`. */
  name: string;
}

export function readTopology(file = GEO_FILE): Topology {
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

/** Pure: the municipalities' names and codes of a topology's first geometry collection. */
export function mapNamesOf(topology: Topology): MapName[] {
  const object = Object.values(topology.objects).find((o) => o.type === 'GeometryCollection');
  if (!object || object.type !== 'GeometryCollection') return [];
  return object.geometries.map((g) => {
    const p = (g.properties ?? {}) as { statcode?: unknown; statnaam?: unknown };
    return { code: typeof p.statcode === 'string' ? p.statcode : String(g.id ?? ''), name: typeof p.statnaam === 'string' ? p.statnaam : '' };
  });
}

/** The names and codes of the shipped map; undefined when the file cannot be read. */
export function readMapNames(file = GEO_FILE): MapName[] | undefined {
  try {
    return mapNamesOf(readTopology(file));
  } catch {
    return undefined;
  }
}
