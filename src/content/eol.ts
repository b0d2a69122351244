/**
 * Pure: a file's line endings and byte order mark, so that a command that patches a file (update, score)
 * works on LF text and writes the file back the way it was: CRLF stays CRLF, a BOM stays.
 */
export interface TextStyle {
  bom: boolean;
  crlf: boolean;
}

/** The style of `text`: a leading BOM, and CRLF when most line breaks are CRLF. */
export function textStyle(text: string): TextStyle {
  const bom = text.startsWith('\ufeff');
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return { bom, crlf: crlf > lf };
}

/** `text` as LF without a BOM. */
export function toLf(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
}

/** LF `text` back in `style`. */
export function withStyle(text: string, style: TextStyle): string {
  const eol = style.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return style.bom && !eol.startsWith('\ufeff') ? `\ufeff${eol}` : eol;
}
