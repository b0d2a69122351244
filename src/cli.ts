/**
 * The CLI edge: wires commander, resolves the global options once, lazily imports the command, prints its
 * outcome and returns the exit code. The only place that knows about process streams and exit codes.
 * `--version` loads nothing but this file and package.json.
 */
import { readFileSync } from 'node:fs';
import type { Command, CommanderError } from 'commander';
import { m, languageFrom, setLanguage, LANGUAGES } from './i18n/index.js';
import { K80Error, EXIT, environmentError } from './core/errors.js';
import { printableText as printable } from './core/printable.js';
import { closest, OPTION_GUESSES } from './core/suggest.js';
import type { BaseOptions, Outcome, Runner } from './commands/types.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Streams the edge writes to; replaceable for in-process tests of the edge itself. */
export interface Io {
  /** May return a promise that rejects when the output cannot be written (a full disk, a closed pipe). */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void | Promise<void>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** Width of the terminal stdout writes to, when known. */
  columns?: number;
}

/** Write to a process stream and wait until it is written; a failure rejects instead of crashing the process. */
function writeTo(stream: NodeJS.WriteStream, s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(s, (err) => (err ? reject(environmentError(err, m.common.env.output) ?? err) : resolve()));
  });
}

const processIo = (): Io => {
  // the error is handled where the write is awaited; without a listener Node would crash with a stack trace
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  return {
    stdout: (s) => writeTo(process.stdout, s),
    stderr: (s) => writeTo(process.stderr, s).catch(() => undefined),
  cwd: process.cwd(),
  env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  };
};


interface GlobalOptions {
  root?: string;
  color?: boolean;
  debug?: boolean;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const args = argv.slice(2);
  const debug = args.includes('--debug');
  // the language first: help texts and the modules that keep a catalogue area are loaded after this
  const language = languageFrom(args, io.env);
  if (language.bad !== undefined) {
    io.stderr(`${m.common.errorPrefix} ${m.common.badLanguage(language.bad, 'K80_LANG')}\n${m.common.hintPrefix} ${m.common.badLanguageHint}\n`);
    return EXIT.usage;
  }
  await setLanguage(language.lang);
  const { Command: CommandClass, Option, Help } = await import('commander');
  const defaultHelp = new Help();
  const { registerCommands } = await import('./commands/register.js');
  let exitCode: number = EXIT.ok;

  const run: Runner = async (command, load, options, how) => {
    const globals = command.optsWithGlobals() as GlobalOptions;
    const { findRoot } = await import('./content/root.js');
    const color = globals.color !== false && !io.env.NO_COLOR && io.stdoutIsTTY;
    const root = how?.needsRoot === false ? io.cwd : findRoot(io.cwd, globals.root);
    const columns = io.columns ?? (Number(io.env.COLUMNS) > 0 ? Number(io.env.COLUMNS) : undefined);
    const base: BaseOptions = { cwd: io.cwd, root, color, interactive: io.stdinIsTTY && io.stdoutIsTTY, ...(columns ? { width: columns } : {}) };
    const mod = await load();
    const outcome: Outcome = await mod.main({ ...options, ...base });
    if (outcome.stdout) await io.stdout(outcome.stdout);
    if (outcome.stderr) await io.stderr(outcome.stderr);
    exitCode = outcome.exitCode;
  };

  const configure = (cmd: Command): Command =>
    cmd
      .helpOption('-h, --help', m.common.optHelp)
      .configureHelp({
        styleTitle: (t: string) => m.common.helpTitles[t] ?? t,
        showGlobalOptions: true,
        commandUsage: (c: Command) => helpTerms(defaultHelp.commandUsage(c)),
        subcommandTerm: (c: Command) => helpTerms(defaultHelp.subcommandTerm(c)),
        optionTerm: (o) => helpTerms(defaultHelp.optionTerm(o)),
        argumentTerm: (a) => {
          const term = defaultHelp.argumentTerm(a);
          return m.common.helpTerms[term] ?? helpTerms(term);
        },
        optionDescription: (o) => {
          const extra: string[] = [];
          if (o.argChoices) extra.push(m.common.helpChoices(o.argChoices.join(', ')));
          if (o.defaultValue !== undefined && o.defaultValue !== false && !o.negate) {
            extra.push(m.common.helpDefault(String(o.defaultValue)));
          }
          return extra.length > 0 ? `${o.description} (${extra.join('; ')})` : o.description;
        },
      })
      .configureOutput({ writeOut: io.stdout, writeErr: () => undefined, outputError: () => undefined })
      .exitOverride();

  const program = configure(new CommandClass('k80'))
    .description(m.common.programDescription)
    .version(version(), '-V, --version', m.common.optVersion)
    .addOption(new Option('--root <map>', m.common.optRoot))
    .addOption(new Option('--no-color', m.common.optNoColor))
    .addOption(new Option('--debug', m.common.optDebug))
    .addOption(new Option('--lang <taal>', m.common.optLang).choices(LANGUAGES))
    .helpCommand(m.common.helpCommandTerm, m.common.helpCommand)
    .showSuggestionAfterError(false)
    .addHelpText('after', `\n${m.common.helpStart}`);
  await registerCommands(program, run, configure, firstWord(args));

  const words = operands(program, args);
  try {
    // `k80` alone: the help on stdout, exit 0 (commander would print it on stderr)
    if (words.length === 0 && !args.some((a) => HELP_OR_VERSION.has(a))) {
      await io.stdout(program.helpInformation() + `\n${m.common.helpStart}\n`);
      return EXIT.ok;
    }
    // `k80 help <typo>`: commander would print nothing
    if (words[0] === 'help' && words[1] !== undefined && !program.commands.some((c) => c.name() === words[1])) {
      return await unknownCommand(program, words[1], io);
    }
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (e) {
    const ce = e as Partial<CommanderError>;
    if (ce.code === 'commander.unknownCommand') return await unknownCommand(program, words[0] ?? '', io);
    const target = commandAt(program, words);
    if (ce.code === 'commander.unknownOption') return await unknownOption(target, /'([^']*)'/.exec(ce.message ?? '')?.[1] ?? '', io);
    return await report(e, debug, io, commandPath(target));
  }
}

const HELP_OR_VERSION = new Set(['-h', '--help', '-V', '--version']);

/** The first word on the command line that is not an option (nor the value of `--root` or `--lang`). */
function firstWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return undefined;
    if (a === '--root' || a === '--lang') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** The words on the command line that are not options (nor the value of `--root`). */
function operands(program: Command, args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--root' || a === '--lang') i++;
    else if (!a.startsWith('-')) out.push(a);
  }
  if (out[0] === 'help') return out.slice(0, 2);
  // only the leading words that name (sub)commands matter
  const path: string[] = [];
  let cmd: Command | undefined = program;
  for (const w of out) {
    path.push(w);
    cmd = cmd?.commands.find((c) => c.name() === w);
    if (cmd === undefined || cmd.commands.length === 0) break;
  }
  return path;
}

/** The deepest (sub)command named by the words: `add practice` → that subcommand. */
function commandAt(program: Command, words: readonly string[]): Command {
  let cmd = program;
  for (const w of words) {
    const next = cmd.commands.find((c) => c.name() === w);
    if (next === undefined) break;
    cmd = next;
  }
  return cmd;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** "Onbekende opdracht …, bedoelde je `validate`?" (exit 2). */
async function unknownCommand(program: Command, name: string, io: Io): Promise<number> {
  const guess = closest(name, program.commands.map((c) => c.name()));
  const hint = guess ? m.common.didYouMeanCommand(`k80 ${guess}`) : m.common.seeHelp('k80');
  await io.stderr(`${m.common.errorPrefix} ${m.common.unknownCommand(name)}\n${hint}\n`);
  return EXIT.usage;
}

/** The long option names of a command and of the program (`--title`, …). */
function longOptions(cmd: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = cmd; c !== null; c = c.parent) {
    for (const o of c.options) if (o.long) names.push(o.long);
  }
  return names;
}

/** The option a user most likely meant: a Dutch guess (`--titel` → `--title`) or the nearest by spelling. */
export function suggestOption(flag: string, known: readonly string[]): string | undefined {
  const [name = ''] = flag.replace(/^-+/, '').split('=');
  const lower = name.toLowerCase();
  const dutch = Object.hasOwn(OPTION_GUESSES, lower) ? OPTION_GUESSES[lower] : undefined;
  if (dutch !== undefined && known.includes(`--${dutch}`)) return `--${dutch}`;
  return closest(`--${lower}`, known.filter((k) => k !== '--help' && k !== '--version'));
}

async function unknownOption(cmd: Command, flag: string, io: Io): Promise<number> {
  const guess = suggestOption(flag, longOptions(cmd));
  let text = `${m.common.errorPrefix} ${m.common.unknownOption(flag)}\n`;
  if (guess) text += `${m.common.didYouMeanOption(guess)}\n`;
  await io.stderr(`${text}${m.common.seeHelp(commandPath(cmd))}\n`);
  return EXIT.usage;
}

/** The value names in a help line (`[options]`, `<titel>`) in the active language. */
function helpTerms(s: string): string {
  const words = m.common.helpTerms;
  return s
    .replace('[options]', m.common.termOptions)
    .replace('[command]', m.common.termCommand)
    .replace(/([<[])([^>\]]*)([>\]])/g, (_all, open: string, inner: string, close: string) =>
      open + inner.replace(/[\p{L}\p{N}-]+/gu, (w) => words[w] ?? w) + close,
    );
}

async function report(e: unknown, debug: boolean, io: Io, command: string): Promise<number> {
  const ce = e as Partial<CommanderError>;
  if (typeof ce.code === 'string' && ce.code.startsWith('commander.')) {
    if (ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' || ce.code === 'commander.help') {
      return EXIT.ok;
    }
    await io.stderr(`${m.common.errorPrefix} ${commanderText(ce)}\n${m.common.seeHelp(command)}\n`);
    return EXIT.usage;
  }
  // a full disk, a read-only folder, no permission, a closed output: the environment, not a bug
  const known = e instanceof K80Error ? e : environmentError(e);
  if (known) {
    let text = `${m.common.errorPrefix} ${printable(known.message)}\n`;
    if (known.detail) text += `${m.common.detailPrefix}\n${known.detail.split('\n').map((l) => `  ${printable(l)}`).join('\n')}\n`;
    if (known.hint) text += `${m.common.hintPrefix} ${printable(known.hint)}\n`;
    if (debug) text += `${(known === e ? known : (e as Error)).stack ?? ''}\n${(known as { stderr?: string }).stderr ?? ''}\n`;
    await io.stderr(text);
    return known.exitCode;
  }
  const err = e as Error;
  await io.stderr(`${m.common.errorPrefix} ${m.common.bug(printable(err?.message ?? String(e)))}\n`);
  if (debug) await io.stderr(`${err?.stack ?? ''}\n`);
  else await io.stderr(`${m.common.bugHint}\n`);
  return EXIT.bug;
}

/** commander's English error texts, in Dutch. */
function commanderText(e: Partial<CommanderError>): string {
  const msg = e.message ?? '';
  const quoted = /'([^']*)'/.exec(msg)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return m.common.unknownOption(quoted);
    case 'commander.unknownCommand':
      return m.common.unknownCommand(quoted);
    case 'commander.missingArgument':
      return m.common.missingArgument(quoted);
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
      return m.common.missingOptionValue(quoted.split(' ')[0] ?? quoted);
    case 'commander.excessArguments':
      return m.common.tooManyArguments;
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\./.exec(msg)?.[1] ?? '';
      const value = /argument '([^']*)'/.exec(msg)?.[1] ?? quoted;
      const flag = (/option '([^']*)'/.exec(msg)?.[1] ?? /argument '([^']*)'/.exec(msg)?.[1] ?? '').split(' ')[0] ?? '';
      return m.common.invalidChoice(flag, value, choices);
    }
    default:
      return msg.replace(/^error: /, '');
  }
}
