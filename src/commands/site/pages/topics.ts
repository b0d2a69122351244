/** Pure: the current topics with their assessment, and the afwegingskader itself. */
import { m } from '../../../i18n/index.js';
import { outcomeOf } from '../../../scoring/outcome.js';
import { topicStatusLabel, verdictLabel } from '../../report/render/labels.js';
import type { SiteModel } from '../model.js';
import { renderBody } from '../markdown.js';
import { esc, formatDate, page, PATHS, type Shell } from './layout.js';
import { person } from './parts.js';

const t = m.site;

export function topicsPage(shell: Shell, model: SiteModel): string {
  const from = PATHS.topics;
  const fw = model.framework;
  const criterion = (id: string): string => fw?.criteria.find((c) => c.id === id)?.question ?? id;
  const topics = model.topics
    .map((tp) => {
      const d = tp.data;
      let assessment = `<p class="muted">${esc(t.notAssessed)}</p>`;
      if (d.assessment) {
        const o = outcomeOf(fw, d.assessment);
        assessment = `<dl class="facts">
<dt>${esc(t.total)}</dt><dd>${o.total}</dd>
<dt>${esc(t.verdict)}</dt><dd><span class="badge verdict-${esc(o.verdict)}">${esc(verdictLabel(o.verdict))}</span></dd>
<dt>${esc(t.knockout)}</dt><dd>${o.knockout === null ? esc(t.noKnockout) : esc(criterion(o.knockout))}</dd>
<dt>${esc(t.assessedOn)}</dt><dd><time datetime="${esc(d.assessment.date)}">${esc(formatDate(d.assessment.date))}</time></dd>
${d.assessment.note ? `<dt>${esc(t.note)}</dt><dd>${esc(d.assessment.note)}</dd>` : ''}
</dl>`;
      }
      return `<article class="topic" id="onderwerp-${esc(tp.id)}" aria-labelledby="titel-${esc(tp.id)}">
<h3 id="titel-${esc(tp.id)}">${esc(d.title)}</h3>
<p class="meta">${esc(t.raisedBy)} ${person(from, model, d.raised_by)} · <time datetime="${esc(d.date)}">${esc(formatDate(d.date))}</time> · ${esc(topicStatusLabel(d.status))}</p>
${assessment}
${renderBody(tp.body, 4).html}
</article>`;
    })
    .join('\n');
  let framework = `<p class="muted">${esc(t.noFramework)}</p>`;
  if (fw) {
    const rows = fw.criteria
      .map((c) => `<tr><th scope="row">${esc(c.question)}<br><span class="muted">${esc(c.help)}</span></th><td class="num">${c.weight}</td><td>${esc(c.knockout ? t.yes : t.no)}</td></tr>`)
      .join('\n');
    const scale = Object.entries(fw.scale.labels).map(([k, v]) => `${k} = ${v}`).join(', ');
    framework = `<p>${esc(t.frameworkIntro(fw.version))}</p>
<p>${esc(t.scale(scale))}</p>
<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(t.criteriaCaption)}">
<table>
<caption>${esc(t.criteriaCaption)}</caption>
<thead><tr><th scope="col">${esc(t.criterion)}</th><th scope="col" class="num">${esc(t.weight)}</th><th scope="col">${esc(t.knockout)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
<p>${esc(t.thresholds(fw.thresholds['take-up'], fw.thresholds.monitor))}</p>`;
  }
  const main = `<h1>${esc(t.topicsTitle)}</h1>
<p class="lead">${esc(t.topicsLead)}</p>
<section aria-labelledby="onderwerpen">
<h2 id="onderwerpen">${esc(t.topicsHeading(model.topics.length))}</h2>
${model.topics.length === 0 ? `<p class="muted">${esc(t.noTopics)}</p>` : topics}
</section>
<section aria-labelledby="afwegingskader">
<h2 id="afwegingskader">${esc(t.frameworkHeading)}</h2>
${framework}
</section>`;
  return page(shell, { path: from, title: t.topicsTitle, main, nav: 'topics' });
}
