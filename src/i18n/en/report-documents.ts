/** English texts of the report's documents (ODT, DOCX, PDF) and of writing them; part of `m.report`. */
import type { Area } from '../index.js';

export const documents: Area<'report'>['documents'] = {
  /** Display names of the styles; the built-in names of word processors (Heading 1, Text body, …) stay. */
  styleNames: {
    standard: 'Standard',
    heading: 'Heading',
    title: 'Report Title',
    heading1: 'Heading 1',
    heading2: 'Heading 2',
    heading3: 'Heading 3',
    heading4: 'Heading 4',
    heading5: 'Heading 5',
    heading6: 'Heading 6',
    body: 'Text body',
    kicker: 'Report Network',
    intro: 'Report Introduction',
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
    footer: 'Report Footer',
    pageFooter: 'Footer',
    strong: 'Strong',
    emphasis: 'Emphasis',
    inlineCode: 'Source Text',
    deleted: 'Strikethrough',
    link: 'Internet link',
    bullets: 'Bullets',
    numbers: 'Numbering',
  },
  page: 'Page',
  pageOf: 'of',
  figureAlt: (title: string, description: string) => `${title}. ${description}`,
  generator: 'k80',
  binaryNeedsOut: (format: string) => `A ${format.toUpperCase()} file cannot be shown on the screen.`,
  binaryNeedsOutHint: (format: string) =>
    `Give a file name with --out, for example --out terugkoppeling.${format}. For text on the screen: --format md.`,
  formatConflict: (format: string, extension: string) =>
    `--format ${format} does not match the file name of --out (${extension}).`,
  formatConflictHint: (format: string, extension: string) =>
    `Leave out --format (the extension ${extension} picks the format), or give --out a name that ends in .${format}.`,
  noBrowser: 'A PDF needs a web browser (Microsoft Edge, Google Chrome or Chromium), but none was found.',
  noBrowserHint: (extra: string) =>
    `Install Google Chrome or Chromium (Linux: sudo apt-get install chromium), or point K80_BROWSER to the program of your browser. ${extra}`,
  printByHand: 'You can also use --format html and print that page as a PDF in your browser (Ctrl+P, "Save as PDF").',
  browserFailed: (browser: string, reason: string) => `The browser ${browser} could not make the PDF: ${reason}`,
  browserFailedHint: 'Close other windows of that browser and try again, or point K80_BROWSER to another browser.',
  browserNotFound: (path: string) => `K80_BROWSER points to ${path}, but that file does not exist.`,
};
