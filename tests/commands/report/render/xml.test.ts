/** The one XML escape of the document writers: markup characters escaped, characters XML 1.0 forbids dropped. */
import { describe, expect, it } from 'vitest';
import { xmlElement, xmlEscape, xmlSafe } from '../../../../src/commands/report/render/xml.js';

describe('xmlEscape', () => {
  it('escapes the five markup characters', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('drops control characters, U+FFFE/U+FFFF and lone surrogates; keeps tab, line ends and real astral characters', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg');
    expect(xmlSafe('\t\n\r')).toBe('\t\n\r');
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(xmlSafe('lone \uD83D high, lone \uDE00 low')).toBe('lone  high, lone  low');
    expect(xmlSafe('emoji 😀 and ë')).toBe('emoji 😀 and ë');
  });

  it('xmlElement escapes attribute values, leaves out undefined ones and closes empty elements', () => {
    expect(xmlElement('text:a', { 'xlink:href': 'https://x.example/?a=1&b="2"', skip: undefined }, 'tekst')).toBe(
      '<text:a xlink:href="https://x.example/?a=1&amp;b=&quot;2&quot;">tekst</text:a>',
    );
    expect(xmlElement('text:s', { 'text:c': 2 })).toBe('<text:s text:c="2"/>');
  });
});
