import type { Command } from 'commander';

/** What every command receives from the CLI edge and what it returns to it. */
export interface BaseOptions {
  /** Working directory the command was started in. */
  cwd: string;
  /** Repository root (holds agenda/), resolved once at the edge. */
  root: string;
  /** Colours in human output. */
  color: boolean;
  /** stdin and stdout are terminals: prompts may be shown. */
  interactive: boolean;
  /** The terminal's width in columns, when stdout is a terminal (or COLUMNS says so); human output wraps at it. */
  width?: number;
}

/** The result the CLI edge prints: stdout, stderr and the exit code. */
export interface Outcome {
  stdout?: string;
  stderr?: string;
  exitCode: number;
}

/** What a command folder's lazily imported `index.ts` offers the CLI edge. */
export interface CommandModule<O> {
  main(options: O & BaseOptions): Promise<Outcome>;
}

/** How a command's `command.ts` hands its lazily loaded module and options to the CLI edge (made in cli.ts). */
export type Runner = <O extends object>(
  command: Command,
  load: () => Promise<CommandModule<O>>,
  options: O,
  /** `needsRoot: false`: the command works outside a repository (init); `root` is then the working directory. */
  how?: { needsRoot?: boolean },
) => Promise<void>;

/** The CLI edge's common set-up of every command (global options, help, errors). */
export type Configure = (cmd: Command) => Command;
