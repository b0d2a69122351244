/** English texts of the report's documents (ODT, DOCX, PDF) and of writing them; part of `m.report`. */
import type { Area } from '../nl/index.js';

export const documents: Area<'report'>['documents'] = {
  languageTag: 'en-GB',
  styleNames: {
    standard: 'Default',
    heading: 'Heading',
    title: 'Feedback Title',
    kicker: 'Feedback Network',
    intro: 'Feedback Introduction',
    listItem: 'List Paragraph',
    tableCaption: 'Table Caption',
    tableCell: 'Table Contents',
    tableHead: 'Table Heading',
    tableRowHead: 'Table Row Heading',
    tableNumber: 'Table Number',
    keyFigure: 'Key Figure',
    figure: 'Figure',
    figureCaption: 'Figure Caption',
    code: 'Code Block',
    quote: 'Quotation',
    rule: 'Horizontal Line',
    footer: 'Feedback Footer',
    strong: 'Strong',
    emphasis: 'Emphasis',
    inlineCode: 'Inline code',
    deleted: 'Strikethrough',
    bullets: 'Bullets',
    numbers: 'Numbering',
  },
  page: 'Page',
  pageOf: 'of',
  figureAlt: (title: string, description: string) => `${title}. ${description}`,
  binaryNeedsOut: (format: string) => `${format === 'odt' ? 'An' : 'A'} ${format.toUpperCase()} file cannot be shown on the screen.`,
  binaryNeedsOutHint: (format: string) =>
    `Name a file with --out, for example --out terugkoppeling.${format}. For text on the screen: --format md.`,
  formatConflict: (format: string, extension: string) => `--format ${format} does not match the file name of --out (${extension}).`,
  formatConflictHint: (format: string, extension: string) =>
    `Leave out --format (the extension ${extension} picks the format), or give --out a name ending in .${format}.`,
  noBrowser: 'A PDF needs a web browser (Microsoft Edge, Google Chrome or Chromium), but none was found.',
  noBrowserHint: (extra: string) =>
    `Install Google Chrome or Chromium (Linux: sudo apt-get install chromium), or point K80_BROWSER at your browser's program. ${extra}`,
  printByHand: 'You can also use --format html and print that page from your browser as a PDF (Ctrl+P, "Save as PDF").',
  browserFailed: (browser: string, reason: string) => `The browser ${browser} could not make the PDF: ${reason}`,
  browserFailedHint: 'Close other windows of that browser and try again, or point K80_BROWSER at another browser.',
  browserNotFound: (path: string) => `K80_BROWSER points to ${path}, but that file does not exist.`,
};
