/**
 * The site's stylesheet: the report's own style (colours, type, tables, badges, print rules) and what the
 * site adds — header and navigation, cards, the search form, the timeline and the map. Contrast ratios of
 * colours that carry text or mark a member on the map are noted.
 */
import { STYLE } from '../report/render/style.js';

const SITE = `
/* header and navigation */
.site-header { border-top: 10px solid var(--accent); border-bottom: 1px solid var(--rule); background: var(--paper); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.4rem 1.5rem; padding-top: 0.8rem; padding-bottom: 0.8rem; }
.site-name { margin: 0; font-weight: 700; font-size: 1.25rem; }
.site-name a { text-decoration: none; color: var(--ink); }
.site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; }
.site-header li { margin: 0; }
.site-header a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, main:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
main:focus { outline: none; }
main { padding-top: 1.5rem; }
main h1 { margin-top: 0.2em; overflow-wrap: break-word; hyphens: auto; }
main h2 { margin-top: 2.2rem; }
.kicker { margin-top: 0; }
.lead { margin-bottom: 1rem; }
.body { max-width: 46rem; }
.question { background: var(--tint); border-left: 4px solid var(--accent); padding: 0.7rem 1rem; max-width: 46rem; }
img, svg { max-width: 100%; }
pre { overflow-x: auto; }
.body, .card, .timeline, dd { overflow-wrap: anywhere; }

/* facts */
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.8rem 0 1rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
ul.tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
ul.tags li { margin: 0; }

/* cards */
ul.cards, ol.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: 1rem; }
ol.results { grid-template-columns: 1fr; }
.card { margin: 0; border: 1px solid var(--rule); border-radius: 4px; padding: 0.8rem 1rem; background: var(--paper); }
.card[hidden] { display: none; }
.card-title { font-size: 1.1rem; margin: 0 0 0.3rem; padding: 0; border: 0; color: var(--ink); }
h2.card-title::before { display: none; }
.card p { margin: 0.3rem 0; }
.meta { color: var(--muted); font-size: 0.92rem; }

/* search */
form.search { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); gap: 0.8rem 1rem; align-items: end; background: var(--soft); border: 1px solid var(--rule); padding: 1rem; border-radius: 4px; }
form.search[hidden] { display: none; }
.field { display: flex; flex-direction: column; gap: 0.25rem; min-width: 0; }
.field-q { grid-column: 1 / -1; }
.field label { font-weight: 600; }
.hint { margin: 0; color: var(--muted); font-size: 0.88rem; }
input[type="search"], select, button { font: inherit; padding: 0.45rem 0.6rem; border: 2px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); max-width: 100%; }
button { cursor: pointer; background: var(--paper); border-color: var(--accent); color: var(--accent); font-weight: 600; }
.count { font-weight: 600; }

/* timeline */
article.action, article.topic { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
ol.timeline { list-style: none; padding: 0 0 0 1rem; border-left: 3px solid var(--accent-mid); }
ol.timeline li { margin: 0 0 0.6rem; }
ol.timeline time { display: block; font-weight: 600; color: var(--muted); font-size: 0.9rem; }
ol.timeline .event-status div { font-weight: 600; }
ol.timeline p { margin: 0.1rem 0; }

/* map */
figure.map { margin: 1rem 0; }
figure.map svg { display: block; width: 100%; max-width: 32rem; height: auto; }
.others path { fill: #eef1f2; stroke: #b8c1c4; stroke-width: 0.5; }
.members path { stroke: #0b3c47; stroke-width: 1; }
.members a:focus-visible path, .members a:hover path { stroke: #000; stroke-width: 3; }
.members a:focus { outline: none; }
.shade-0 { fill: #c4dde3; background: #c4dde3; }  /* 3.1:1 against the others' grey by its dark outline */
.shade-1 { fill: #8fc1cc; background: #8fc1cc; }
.shade-2 { fill: #4f97a7; background: #4f97a7; }
.shade-3 { fill: #1f6f80; background: #1f6f80; }
.shade-4 { fill: #0b4653; background: #0b4653; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.9rem; }
ul.legend li { margin: 0; display: flex; align-items: center; gap: 0.4rem; }
.swatch { display: inline-block; width: 1.1rem; height: 1.1rem; border: 1px solid #0b3c47; }
.source { font-size: 0.88rem; color: var(--muted); }
.map-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }

/* footer */
.footer-links { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
.footer-links li { margin: 0; }

@media screen and (max-width: 40rem) {
  .map-layout { grid-template-columns: 1fr; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.4rem; }
}
@media print {
  .site-header nav, form.search, .footer-links { display: none; }
  .card { break-inside: avoid; }
  .map-layout { grid-template-columns: 1fr; }
}
`;

export const SITE_STYLE = `${STYLE.trim()}\n${SITE}`;
