/** The prompts that `k80 add` and `k80 update` share: the status choices, and the preview of the file before it is written. */
import { m } from '../../i18n/index.js';
import { textLength, type Choice, type Prompter } from '../../prompts/index.js';

const q = () => m.add.form;

/** The Dutch names of an action's or a topic's statuses (as list and report show them), as choices. */
export const statusChoices = (kind: 'action' | 'topic'): Array<Choice<string>> =>
  Object.entries(kind === 'action' ? m.common.labels.status : m.common.labels.topicStatus).map(([value, name]) => ({ value, name }));

/** Show the file that will be written and ask to go ahead. */
export async function confirmWrite(p: Prompter, file: string, text: string, commit: boolean): Promise<boolean> {
  showPreview(p, file, text);
  return p.confirm({ message: commit ? q().confirmCommit : q().confirmWrite, default: true });
}

/** The file that will be written, between two rules. */
export function showPreview(p: Prompter, file: string, text: string): void {
  p.say(`\n${q().preview(file)}\n${'─'.repeat(Math.min(60, Math.max(20, textLength(file) + 10)))}\n${text}${'─'.repeat(20)}`);
}
