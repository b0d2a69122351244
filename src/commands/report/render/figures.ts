/**
 * The report's charts for the document writers (ODT, DOCX): the same charts as the HTML page, drawn by
 * charts.ts from the same figures, each as a standalone SVG file with its caption and its text equivalent.
 * Pure.
 */
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Element } from 'hast';
import type { ReportContext } from '../context.js';
import { themeFigures } from './document.js';
import { practicesChart, statusChart } from './charts.js';
import { xmlSafe } from './xml.js';

export interface DocFigure {
  /** Stable id, also the picture's file name (`grafiek-acties`). */
  id: string;
  /** "Figuur 1. Acties per thema naar status". */
  caption: string;
  /** The chart's title (alt text's short form). */
  title: string;
  /** The full figures as one text: the chart's text equivalent. */
  description: string;
  /** A standalone SVG document. */
  svg: string;
  /** Size in SVG user units (pixels at 96 dpi). */
  width: number;
  height: number;
}

const svgStringifier = unified().use(rehypeStringify, { space: 'svg', closeEmptyElements: true, allowDangerousCharacters: false });

function textOf(node: Element | undefined): string {
  if (!node) return '';
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

function child(element: Element, tagName: string): Element | undefined {
  return element.children.find((node): node is Element => node.type === 'element' && node.tagName === tagName);
}

/** A chart's `<figure>` (figcaption + svg) → a document figure. */
function toDocFigure(figure: Element): DocFigure {
  const svg = child(figure, 'svg');
  if (!svg) throw new Error('chart without svg');
  const width = Number(svg.properties.width);
  const height = Number(svg.properties.height);
  const standalone = svgStringifier.stringify({ type: 'root', children: [svg] });
  return {
    id: String(figure.properties.id),
    caption: textOf(child(figure, 'figcaption')),
    title: textOf(child(svg, 'title')),
    description: textOf(child(svg, 'desc')),
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(standalone)}\n`,
    width,
    height,
  };
}

/** The charts in the order the HTML page shows them (none when the agenda has no themes). */
export function documentFigures(ctx: ReportContext): DocFigure[] {
  const figures = themeFigures(ctx);
  if (figures.length === 0) return [];
  return [statusChart(figures, 1), practicesChart(figures, 2)].map(toDocFigure);
}
