/**
 * Reading a text a user points at (`--body-file PATH`, `--body-file -` for standard input) as a stream:
 * the size limit is enforced while reading, so an endless source (a copy of /dev/zero) stops at the limit
 * instead of filling the memory, and a slow pipe is simply waited for. Binary data (a NUL byte, bytes
 * that are not UTF-8) is refused rather than turned into replacement characters.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { m } from '../../i18n/index.js';
import { UsageError } from '../../core/errors.js';

/** A text over its size limit (a usage error; `k80 intake` answers it with a comment on the form instead). */
export class InputTooLarge extends UsageError {}

/** Read `stream` to its end, but stop with `InputTooLarge` as soon as more than `limit` bytes came in. */
async function readLimited(stream: Readable, limit: number, name: string, flag: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > limit) throw new InputTooLarge(m.add.input.tooLarge(name, flag, limit), m.add.input.tooLargeHint);
      chunks.push(buf);
    }
  } finally {
    if (stream !== process.stdin) stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** `bytes` as UTF-8 text without a BOM, or a UsageError for binary data (a NUL byte, unless `nul` keeps it). */
function decodeText(bytes: Buffer, name: string, flag: string, nul = false): string {
  if (!nul && bytes.includes(0)) throw new UsageError(m.add.input.binary(name, flag), m.add.input.binaryHint);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(m.add.input.notUtf8(name, flag), m.add.input.notUtf8Hint);
  }
  return text.replace(/^\ufeff/, '');
}

/**
 * The text of `source` (a path relative to `cwd`, or `-` for `stdin`), at most `limit` bytes. Errors are
 * UsageErrors in Dutch that name the file and the flag; `hint` is the fix for a file that cannot be read;
 * `nul` takes NUL bytes as text (a form's body: its control characters are removed later, not refused).
 */
export async function readTextInput(
  source: string,
  opts: { cwd: string; limit: number; flag: string; stdin?: Readable; hint?: string; nul?: boolean },
): Promise<string> {
  const name = source === '-' ? m.add.input.stdin : source;
  let bytes: Buffer;
  try {
    const stream = source === '-' ? (opts.stdin ?? process.stdin) : createReadStream(resolve(opts.cwd, source));
    bytes = await readLimited(stream, opts.limit, name, opts.flag);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as NodeJS.ErrnoException;
    const reason = m.add.readReason[err.code ?? ''] ?? m.add.readReasonOther;
    throw new UsageError(m.add.input.unreadable(name, opts.flag, reason), opts.hint ?? m.add.bodyFileHint);
  }
  return decodeText(bytes, name, opts.flag, opts.nul);
}
