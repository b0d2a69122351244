/**
 * Inline SVG charts drawn by our own code, as trusted hast: (a) actions by status per theme, horizontal
 * stacked bars; (b) new practices per theme, horizontal bars. Each chart is a `<figure>` with a caption and
 * an `<svg role="img">` carrying `<title>` and `<desc>` (the full figures as text); the overview table right
 * after the charts holds the same numbers. Colour is never the only carrier: every status has its own
 * pattern, shown in the legend, and every segment carries its count. Fills have ≥ 3:1 contrast against
 * white, texts ≥ 4.5:1 against what they sit on. Output is deterministic (fixed ids, rounded coordinates).
 */
import type { Element, ElementContent } from 'hast';
import type { ActionStatus } from '../../../content/types.js';
import { m } from '../../../i18n/index.js';
import { statusLabel } from './labels.js';
import { STATUSES, type ThemeFigures } from './document.js';
import { h, text } from './hast.js';

const t = m.report.render;

/** The accent colour and the chart palette (contrast against white in comments). */
export const COLORS = {
  accent: '#0b5566', // 8.0:1
  accentMid: '#2a7383', // 5.4:1
  ink: '#1a1a1a',
  grid: '#c8cfd2',
  grey: '#646b6e', // 5.6:1
  hatch: '#7fb0bb', // lines of the open (planned) pattern; the ink count on it stays > 7:1
  dots: '#4a5052', // dots of the dropped pattern
  white: '#ffffff',
} as const;

interface Series {
  key: string;
  label: string;
  /** Fill of the bar segment (a colour or a pattern reference). */
  fill: string;
  /** Colour of the count written inside the segment. */
  labelColor: string;
  /** Outline, for the light pattern. */
  stroke?: string;
  /** The `<pattern>` definition, if any. */
  pattern?: Element;
}

interface Row {
  label: string;
  values: number[];
}

const WIDTH = 880;
const LABEL_WIDTH = 230;
const RIGHT = 44;
const ROW = 30;
const BAR = 20;
const LEGEND = 34;
const AXIS = 28;
const FONT = '"Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif';

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function pattern(id: string, background: string, lines: ElementContent[]): Element {
  return h('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
    h('rect', { width: 8, height: 8, fill: background }),
    ...lines,
  ]);
}

function statusSeries(chartId: string): Series[] {
  const id = (status: ActionStatus) => `${chartId}-patroon-${status}`;
  const styles: Record<ActionStatus, Omit<Series, 'key' | 'label'>> = {
    // planned: open, hatched in the accent colour, outlined (3:1 by its outline), dark count
    planned: {
      fill: `url(#${id('planned')})`,
      labelColor: COLORS.ink,
      stroke: COLORS.accentMid,
      pattern: pattern(id('planned'), COLORS.white, [h('rect', { x: 0, y: 0, width: 1.6, height: 8, fill: COLORS.hatch })]),
    },
    // active: mid accent with darker stripes, white count (≥ 5.4:1)
    active: {
      fill: `url(#${id('active')})`,
      labelColor: COLORS.white,
      pattern: pattern(id('active'), COLORS.accentMid, [h('rect', { x: 0, y: 0, width: 3, height: 8, fill: COLORS.accent })]),
    },
    // done: solid dark accent, white count (8:1)
    done: { fill: COLORS.accent, labelColor: COLORS.white },
    // dropped: grey with dots, white count (≥ 5.6:1)
    dropped: {
      fill: `url(#${id('dropped')})`,
      labelColor: COLORS.white,
      pattern: h('pattern', { id: id('dropped'), width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, [
        h('rect', { width: 6, height: 6, fill: COLORS.grey }),
        h('circle', { cx: 3, cy: 3, r: 1.2, fill: COLORS.dots }),
      ]),
    },
  };
  return STATUSES.map((status) => ({ key: status, label: statusLabel(status), ...styles[status] }));
}

const MIN_SCALE = 5;

/** A white outline behind a dark count, so that it reads clearly over the hatching. */
function halo(serie: Series): Record<string, string | number> {
  return serie.labelColor === COLORS.ink ? { stroke: COLORS.white, strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } : {};
}

/** Step between axis ticks: whole numbers, at most about eight ticks. */
function tickStep(max: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]) if (max / step <= 8) return step;
  return Math.ceil(max / 8);
}

function truncate(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

interface ChartOptions {
  id: string;
  number: number;
  title: string;
  desc: string;
  /** The series, made for the ids of one SVG (its patterns). */
  series: (svgId: string) => Series[];
  rows: Row[];
}

/** The narrow variant (phones): each theme's name on its own line above its bar, the legend in two columns. */
const NARROW = { width: 360, left: 4, right: 34, row: 46, labelLine: 16, legendRow: 24, legendColumns: 2, truncate: 44 } as const;

/** One SVG of a chart: `wide` (labels beside the bars) or `narrow` (labels above them). */
function chartSvg(options: ChartOptions, layout: 'wide' | 'narrow'): Element {
  const narrow = layout === 'narrow';
  const id = narrow ? `${options.id}-smal` : options.id;
  const series = options.series(id);
  const { rows } = options;
  const legend = series.length > 1;
  const width = narrow ? NARROW.width : WIDTH;
  const labelWidth = narrow ? NARROW.left : LABEL_WIDTH;
  const right = narrow ? NARROW.right : RIGHT;
  const rowHeight = narrow ? NARROW.row : ROW;
  const legendHeight = !legend ? 8 : narrow ? Math.ceil(series.length / NARROW.legendColumns) * NARROW.legendRow + 10 : LEGEND;
  const top = legendHeight;
  const height = top + rows.length * rowHeight + AXIS;
  const max = Math.max(0, ...rows.map((row) => row.values.reduce((a, b) => a + b, 0)));
  const step = tickStep(Math.max(max, 1));
  // at least 0–5, so that one or two items do not fill the whole width
  const scaleMax = Math.max(MIN_SCALE, Math.ceil(max / step) * step);
  const plot = width - labelWidth - right;
  const unit = plot / scaleMax;
  const children: ElementContent[] = [
    h('title', { id: `${id}-titel` }, [text(options.title)]),
    h('desc', { id: `${id}-beschrijving` }, [text(options.desc)]),
  ];
  const patterns = series.flatMap((s) => (s.pattern ? [s.pattern] : []));
  if (patterns.length > 0) children.push(h('defs', {}, patterns));

  if (legend) {
    const items: ElementContent[] = [];
    let x = labelWidth;
    series.forEach((s, i) => {
      let y = 6;
      if (narrow) {
        x = NARROW.left + (i % NARROW.legendColumns) * (width / NARROW.legendColumns);
        y = 6 + Math.floor(i / NARROW.legendColumns) * NARROW.legendRow;
      }
      items.push(
        h('rect', { x, y, width: 16, height: 16, fill: s.fill, stroke: s.stroke, strokeWidth: s.stroke ? 1.5 : undefined }),
        h('text', { x: x + 22, y: y + 13, fill: COLORS.ink }, [text(s.label)]),
      );
      if (!narrow) x += 22 + s.label.length * 8 + 22;
    });
    children.push(h('g', { className: ['legend'] }, items));
  }

  // grid and axis
  const grid: ElementContent[] = [];
  const plotBottom = top + rows.length * rowHeight;
  for (let value = 0; value <= scaleMax; value += step) {
    const x = round(labelWidth + value * unit);
    grid.push(
      h('line', { x1: x, x2: x, y1: top, y2: plotBottom, stroke: value === 0 ? COLORS.ink : COLORS.grid, strokeWidth: 1 }),
      h('text', { x, y: plotBottom + 18, textAnchor: 'middle', fill: COLORS.ink, fontSize: 12 }, [text(String(value))]),
    );
  }
  children.push(h('g', { className: ['axis'] }, grid));

  // bars
  rows.forEach((row, index) => {
    const y = narrow ? top + index * rowHeight + NARROW.labelLine + 6 : top + index * ROW + (ROW - BAR) / 2;
    const middle = round(y + BAR / 2 + 5);
    const items: ElementContent[] = [
      narrow
        ? h('text', { x: NARROW.left, y: round(top + index * rowHeight + NARROW.labelLine), fill: COLORS.ink }, [text(truncate(row.label, NARROW.truncate))])
        : h('text', { x: LABEL_WIDTH - 10, y: middle, textAnchor: 'end', fill: COLORS.ink }, [text(truncate(row.label))]),
    ];
    let x = labelWidth;
    row.values.forEach((value, s) => {
      const serie = series[s];
      if (!serie || value === 0) return;
      const segment = value * unit;
      items.push(
        h('rect', {
          x: round(x + 0.5),
          y: round(y),
          width: round(Math.max(segment - 1, 1)),
          height: BAR,
          fill: serie.fill,
          stroke: serie.stroke,
          strokeWidth: serie.stroke ? 1.5 : undefined,
        }),
      );
      if (segment >= 18 && series.length > 1) {
        items.push(
          h('text', { x: round(x + segment / 2), y: middle, textAnchor: 'middle', fill: serie.labelColor, fontWeight: 700, fontSize: 13, ...halo(serie) }, [
            text(String(value)),
          ]),
        );
      }
      x += segment;
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    items.push(h('text', { x: round(x + 8), y: middle, fill: COLORS.ink, fontWeight: 700 }, [text(String(total))]));
    children.push(h('g', { className: ['bar'] }, items));
  });

  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      className: [layout],
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      ariaLabelledBy: `${id}-titel`,
      ariaDescribedBy: `${id}-beschrijving`,
      fontFamily: FONT,
      fontSize: 14,
    },
    children,
  );
}

/**
 * A chart as a figure with two drawings of the same figures: the wide one (screens and paper) and the narrow one
 * (phones), chosen by the stylesheet; both scale to the width (viewBox) and only one is ever shown.
 */
function barChart(options: ChartOptions): Element {
  return h('figure', { className: ['chart'], id: options.id }, [
    h('figcaption', {}, [text(`${t.figureLabel(options.number)} ${options.title}`)]),
    chartSvg(options, 'wide'),
    chartSvg(options, 'narrow'),
  ]);
}

/** Chart (a): actions by status per theme. */
export function statusChart(figures: readonly ThemeFigures[], number = 1): Element {
  const id = 'grafiek-acties';
  const rows = figures.map((f) => ({ label: f.title, values: STATUSES.map((status) => f.byStatus[status]) }));
  const desc = figures
    .map((f) => t.chartStatusRow(f.title, STATUSES.map((s) => `${f.byStatus[s]} ${statusLabel(s).toLowerCase()}`).join(', ')))
    .join(' ');
  return barChart({ id, number, title: t.chartStatusTitle, desc: t.chartStatusDesc(desc), series: statusSeries, rows });
}

/** Chart (b): new practices per theme. */
export function practicesChart(figures: readonly ThemeFigures[], number = 2): Element {
  const id = 'grafiek-voorbeelden';
  const rows = figures.map((f) => ({ label: f.title, values: [f.practices] }));
  const desc = figures.map((f) => t.chartPracticesRow(f.title, f.practices)).join(' ');
  const series = (): Series[] => [{ key: 'practices', label: t.practicesColumn, fill: COLORS.accent, labelColor: COLORS.white }];
  return barChart({ id, number, title: t.chartPracticesTitle, desc: t.chartPracticesDesc(desc), series, rows });
}
