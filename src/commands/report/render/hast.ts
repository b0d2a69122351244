/** Tiny builders for trusted hast nodes (the page shell and the charts). */
import type { Element, ElementContent, Properties, Text } from 'hast';

/** Property values as hast-util-to-html accepts them (numbers included, for SVG coordinates). */
export type Props = Record<string, string | number | boolean | Array<string | number> | null | undefined>;

export function h(tagName: string, properties: Props = {}, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties: properties as Properties, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}
