/**
 * Pure: the map of the Netherlands' municipalities as an inline SVG, drawn at build time with d3-geo and
 * topojson-client from the CBS/PDOK boundaries: members highlighted and shaded by their number of
 * practices, each member a link with an accessible name, and beside it a table with the same data.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { m } from '../../../i18n/index.js';
import { esc, rel, PATHS } from './layout.js';

const t = m.site.map;

export interface MapShape {
  code: string;
  name: string;
  d: string;
}

export interface MapMember {
  name: string;
  slug: string;
  practices: number;
}

interface Props {
  statcode?: string;
  statnaam?: string;
}

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 720;

/** The first GeometryCollection of the topology as features. */
function features(topology: Topology): Array<Feature<Geometry, Props>> {
  const object = Object.values(topology.objects).find((o) => o.type === 'GeometryCollection') as GeometryCollection<Props> | undefined;
  if (!object) return [];
  return (feature(topology, object) as FeatureCollection<Geometry, Props>).features;
}

/** Project the municipalities once: SVG path data per municipality. */
export function mapShapes(topology: Topology): MapShape[] {
  const list = features(topology);
  const collection: FeatureCollection<Geometry, Props> = { type: 'FeatureCollection', features: list };
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection).digits(1);
  return list.map((f) => ({ code: f.properties.statcode ?? String(f.id ?? ''), name: f.properties.statnaam ?? '', d: path(f) ?? '' }));
}

/** The shade (0–4) of a member with `n` practices. */
export function shade(n: number): number {
  return n === 0 ? 0 : n <= 2 ? 1 : n <= 5 ? 2 : n <= 10 ? 3 : 4;
}

/** The shape of a member: its name, or its CBS code, as in `k80.yaml`. */
export function shapeOf(shapes: readonly MapShape[], name: string): MapShape | undefined {
  const lower = name.toLowerCase();
  return shapes.find((s) => s.name === name) ?? shapes.find((s) => s.name.toLowerCase() === lower || s.code.toLowerCase() === lower);
}

/** The map (a figure with the SVG, legend and source) for the page at `from`. */
export function mapFigure(from: string, shapes: readonly MapShape[], members: readonly MapMember[], id = 'kaart'): string {
  const byCode = new Map<string, MapMember>();
  for (const member of members) {
    const shape = shapeOf(shapes, member.name);
    if (shape) byCode.set(shape.code, member);
  }
  const others: string[] = [];
  const links: string[] = [];
  for (const s of shapes) {
    const member = byCode.get(s.code);
    if (!member) {
      others.push(`<path d="${s.d}"/>`);
      continue;
    }
    const label = t.memberLabel(member.name, member.practices);
    links.push(
      `<a href="${esc(rel(from, PATHS.municipality(member.slug)))}" aria-label="${esc(label)}"><path class="member shade-${shade(member.practices)}" d="${s.d}"><title>${esc(label)}</title></path></a>`,
    );
  }
  const legend = [0, 1, 2, 3, 4]
    .map((n) => `<li><span class="swatch shade-${n}" aria-hidden="true"></span>${esc(t.legend[n] ?? '')}</li>`)
    .join('');
  return `<figure class="map" id="${esc(id)}">
<svg viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" aria-labelledby="${esc(id)}-titel" focusable="false">
<title id="${esc(id)}-titel">${esc(t.svgTitle(members.length))}</title>
<g class="others" aria-hidden="true">${others.join('')}</g>
<g class="members">${links.join('')}</g>
</svg>
<figcaption>
<p>${esc(t.caption)}</p>
<ul class="legend" aria-label="${esc(t.legendLabel)}">${legend}</ul>
<p class="source">${esc(t.source)}</p>
</figcaption>
</figure>`;
}

/** The same data as the map, as a table. */
export function mapTable(from: string, members: readonly MapMember[], caption: string): string {
  const rows = members
    .map((mem) => `<tr><th scope="row"><a href="${esc(rel(from, PATHS.municipality(mem.slug)))}">${esc(mem.name)}</a></th><td class="num">${mem.practices}</td></tr>`)
    .join('\n');
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(caption)}">
<table class="members-table">
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">${esc(t.columnMunicipality)}</th><th scope="col" class="num">${esc(t.columnPractices)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}
