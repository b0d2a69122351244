/**
 * The message catalogue: every human-facing string of the tool, Dutch by default. Commands import
 * `m` and never hold literal Dutch text, so that an English catalogue (`--lang en`) can be added later
 * by providing the same shape. One file per area under `nl/`.
 */
import { common } from './nl/common.js';
import { content } from './nl/content.js';
import { git } from './nl/git.js';
import { validate } from './nl/validate.js';
import { list } from './nl/list.js';
import { add } from './nl/add.js';
import { update } from './nl/update.js';
import { score } from './nl/score.js';
import { prompts } from './nl/prompts.js';
import { report } from './nl/report.js';
import { site } from './nl/site.js';

export const nl = { common, content, git, validate, list, add, update, score, report, site, prompts };
export type Catalogue = typeof nl;

/** The active catalogue. */
export const m: Catalogue = nl;
