/**
 * Pure: text from content or a contributor made safe for one line or table cell of a markdown comment or
 * job summary: one line, no HTML, no @-mentions, no markdown formatting, no column breaks.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}
