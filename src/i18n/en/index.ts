/** The English catalogue, loaded only with `--lang en` or `K80_LANG=en`. Same shape as the Dutch one. */
import type { Catalogue } from '../nl/index.js';
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
import { output } from './output.js';
import { forge, forms, intake } from './intake.js';
import { init } from './init.js';

export const en: Catalogue = { common, content, git, validate, list, add, update, score, report, output, site, prompts, forms, intake, forge, init };
