/**
 * Text left from the template: a practice whose body still holds the template's hints (as `<!-- … -->`
 * placeholders or as plain lines, as CONTRIBUTING shows them) or that still is CONTRIBUTING's invented
 * example (its title). A warning each: the file is valid, but not finished.
 */
import { m } from '../../../i18n/index.js';
import { message, type Message } from '../../../core/message.js';
import type { Content } from '../../../content/load.js';
import { parsedEntries } from './entries.js';

const t = m.validate.leftovers;

const normal = (s: string): string => s.replace(/^\s*<!--|-->\s*$/g, '').trim().replace(/\s+/g, ' ');

/** The longest word of a hint: a line that reads as the hint holds it as written (`normal` keeps every word). */
// Stryker disable next-line StringLiteral,ConditionalExpression: any word or letter of a hint is in a line that holds it; the choice only makes the pre-filter sharper
const longestWord = (hint: string): string => hint.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');

export function leftovers(content: Content): Message[] {
  const hints = new Set([...m.add.template.practice.map(([, hint]) => hint), ...t.extraHints].map(normal));
  const words = new RegExp([...hints].map((h) => longestWord(h).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const out: Message[] = [];
  for (const entry of parsedEntries(content)) {
    if (entry.kind !== 'practice') continue;
    const body = entry.source.body;
    // the lines are looked at only in a body that holds a hint's longest word (most bodies hold none)
    // Stryker disable next-line ConditionalExpression: the pre-filter only saves time; the lines decide
    if (words.test(body)) {
      body.split('\n').forEach((line, i) => {
        // Stryker disable next-line ConditionalExpression,MethodExpression,StringLiteral: an empty line is no hint either way (the test only saves the look-up)
        if (line.trim() !== '' && hints.has(normal(line))) {
          out.push(message(entry.file, { line: entry.source.bodyLine + i, column: 1 }, 'warning', 'template-leftover', t.hint));
        }
      });
    }
    if (entry.data.title === t.exampleTitle) {
      out.push(message(entry.file, entry.source.locate(['title']), 'warning', 'template-example', t.example, { path: ['title'] }));
    }
  }
  return out;
}
