/** The Dutch catalogue (the default) and the shape every other language's catalogue is typed against. */
import { common } from './common.js';
import { content } from './content.js';
import { git } from './git.js';
import { validate } from './validate.js';
import { list } from './list.js';
import { add } from './add.js';
import { update } from './update.js';
import { score } from './score.js';
import { prompts } from './prompts.js';
import { report } from './report.js';
import { site } from './site.js';
import { forge, forms, intake } from './intake.js';
import { output } from './output.js';
import { init } from './init.js';

export const nl = { common, content, git, validate, list, add, update, score, report, output, site, prompts, forms, intake, forge, init };

/** A catalogue's shape: the Dutch catalogue with its literal strings widened to `string`. */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends readonly (infer U)[]
      ? T extends readonly [unknown, ...unknown[]]
        ? { readonly [K in keyof T]: Shape<T[K]> }
        : readonly Shape<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Shape<T[K]> }
        : T;

export type Catalogue = Shape<typeof nl>;
/** One area of the catalogue (`common`, `report`, …), for the per-area files of other languages. */
export type Area<K extends keyof Catalogue> = Catalogue[K];
