/**
 * Colours for human output. chalk is loaded only when colour is wanted (the edge decides: a terminal, no
 * NO_COLOR, no --no-color); renderers stay pure and receive a Style.
 */
export type Paint = (s: string) => string;

export interface Style {
  bold: Paint;
  dim: Paint;
  underline: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
}

const same: Paint = (s) => s;
export const PLAIN: Style = { bold: same, dim: same, underline: same, red: same, yellow: same, green: same, cyan: same };

export async function styleFor(color: boolean): Promise<Style> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, underline: c.underline, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
