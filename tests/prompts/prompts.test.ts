/**
 * The prompt layer driven through @inquirer/testing: the real @inquirer/prompts behind our wrappers,
 * with fake streams instead of a terminal.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@inquirer/testing';
import type { Context, Prompt } from '@inquirer/type';
import { CancelledError } from '../../src/core/errors.js';
import { createPrompter, type Prompter } from '../../src/prompts/index.js';

/** A render()-able prompt that runs one method of our prompter on render's streams. */
function via<P, V>(call: (p: Prompter, props: P) => Promise<V>): Prompt<V, P> {
  const prompt = (props: P, context?: Context): Promise<V> =>
    call(createPrompter({ input: context?.input as NodeJS.ReadableStream, output: context?.output as NodeJS.WritableStream }), props);
  return prompt as unknown as Prompt<V, P>;
}

const input = via((p, o: Parameters<Prompter['input']>[0]) => p.input(o));
const confirm = via((p, o: Parameters<Prompter['confirm']>[0]) => p.confirm(o));
const select = via((p, o: { message: string; choices: Array<{ value: string; name: string }> }) => p.select(o));
const checkbox = via((p, o: { message: string; choices: Array<{ value: string; name: string }>; required?: string }) => p.checkbox(o));
const search = via((p, o: { message: string; source: (t: string) => Array<{ value: string; name: string }> }) => p.search(o));

const tick = () => new Promise((r) => setTimeout(r, 10));

// loaded once here, so that the prompter's own import of it is quick
beforeAll(async () => {
  await import('@inquirer/prompts');
});

/** render(), then a moment for the prompter to load @inquirer/prompts (it does so on first use). */
async function show<P, V>(prompt: Prompt<V, P>, props: P): ReturnType<typeof render<P, V>> {
  const r = await render(prompt, props);
  await tick();
  return r;
}

describe('input', () => {
  it('shows the length while typing and refuses more than the limit', async () => {
    const { answer, events, getScreen } = await show(input, { message: 'Samenvatting', limit: 10, count: true, required: true });
    events.type('Kort');
    expect(getScreen()).toBe('? Samenvatting (4/10) Kort');
    events.type(' en nog wat');
    expect(getScreen()).toBe('? Samenvatting (15/10, te lang) Kort en nog wat');
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('Te lang: 15 tekens, hooguit 10.');
    for (let i = 0; i < 5; i++) events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Kort en no');
  });

  it('refuses more than the limit without showing a count when not asked to', async () => {
    const { answer, events, getScreen } = await show(input, { message: 'Titel', limit: 3 });
    events.type('Vier');
    expect(getScreen()).toBe('? Titel Vier');
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('Te lang: 4 tekens, hooguit 3.');
    events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Vie');
  });

  it('refuses an empty answer when required, in Dutch', async () => {
    const { answer, events, getScreen } = await show(input, { message: 'Titel', required: true });
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('Vul dit in.');
    events.type('Dorpsplan');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Dorpsplan');
  });

  it('takes the default on enter', async () => {
    const { answer, events } = await show(input, { message: 'Datum', default: '2026-03-05' });
    events.keypress('enter');
    await expect(answer).resolves.toBe('2026-03-05');
  });

  it('runs the validation', async () => {
    const { answer, events, getScreen } = await show(input, {
      message: 'Link',
      validate: (v: string) => (v.startsWith('https://') ? true : 'Een link begint met https://'),
    });
    events.type('ftp://x');
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('Een link begint met https://');
    void answer.catch(() => undefined);
  });

  it('turns Escape into a CancelledError', async () => {
    const { answer, events } = await show(input, { message: 'Titel' });
    events.type('half');
    events.keypress('escape');
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
    await expect(answer).rejects.toMatchObject({ exitCode: 130 });
  });

  it('turns Ctrl-C into a CancelledError', async () => {
    const { answer, events } = await show(input, { message: 'Titel' });
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('confirm', () => {
  it('answers in Dutch: j, ja, n, nee, and enter for the default', async () => {
    for (const [typed, expected, def] of [
      ['j', true, false],
      ['ja', true, false],
      ['nee', false, true],
      ['n', false, true],
      ['', true, true],
      ['', false, false],
    ] as const) {
      const { answer, events, getScreen } = await show(confirm, { message: 'Opslaan?', default: def });
      expect(getScreen()).toBe(`? Opslaan? ${def ? '(J/n)' : '(j/N)'}`);
      if (typed) events.type(typed);
      events.keypress('enter');
      await expect(answer).resolves.toBe(expected);
      expect(getScreen()).toBe(`✔ Opslaan? ${def ? '(J/n)' : '(j/N)'} ${expected ? 'ja' : 'nee'}`);
    }
  });

  it('asks again on another answer', async () => {
    const { answer, events, getScreen } = await show(confirm, { message: 'Opslaan?' });
    events.type('misschien');
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('Antwoord met j (ja) of n (nee).');
    void answer.catch(() => undefined);
  });
});

describe('select, checkbox and search', () => {
  const choices = [
    { value: 'wonen', name: 'Wonen' },
    { value: 'financien', name: 'Financiën' },
  ];

  it('select shows Dutch key help and returns the value', async () => {
    const { answer, events, getScreen } = await show(select, { message: 'Thema', choices });
    expect(getScreen()).toContain('↑↓ kiezen • enter selecteren');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('financien');
  });

  it('checkbox requires a choice when asked to, in Dutch', async () => {
    const { answer, events, getScreen } = await show(checkbox, { message: "Thema's", choices, required: 'Kies ten minste één thema.' });
    expect(getScreen()).toContain('spatie selecteren');
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('Kies ten minste één thema.');
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['wonen', 'financien']);
  });

  it('search filters while typing', async () => {
    const members = ['Ameland', 'Asten', 'Vaals'];
    const { answer, events, getScreen } = await show(search, {
      message: 'Gemeente',
      source: (t: string) => members.filter((x) => x.toLowerCase().includes(t.toLowerCase())).map((x) => ({ value: x, name: x })),
    });
    events.type('va');
    await tick();
    expect(getScreen()).toContain('Vaals');
    expect(getScreen()).not.toContain('Ameland');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Vaals');
  });

  it('Escape cancels a select', async () => {
    const { answer, events } = await show(select, { message: 'Thema', choices });
    events.keypress('escape');
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('say', () => {
  it('writes a line to the output', async () => {
    const chunks: string[] = [];
    const out = { write: (s: string) => chunks.push(s) } as unknown as NodeJS.WritableStream;
    createPrompter({ output: out }).say('Hallo');
    createPrompter({ output: out }).say('Regel\n');
    expect(chunks).toEqual(['Hallo\n', 'Regel\n']);
  });
});
