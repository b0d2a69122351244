/**
 * The report page's stylesheet: K80's plain style — white paper, dark ink, one accent colour (petrol),
 * a readable system font — and print rules for clean A4 pages. Contrast ratios against their background
 * are noted where a colour carries text.
 */
export const STYLE = `
:root {
  --ink: #1a1a1a;        /* 17.4:1 on white */
  --muted: #4d5659;      /* 7.4:1 on white */
  --accent: #0b5566;     /* 8.0:1 on white */
  --accent-mid: #2a7383; /* 5.4:1 on white */
  --tint: #e6f0f2;       /* ink and accent stay > 7:1 on it */
  --rule: #d3dadd;
  --paper: #ffffff;
  --soft: #f4f7f8;
  color-scheme: light;
}
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-size: 106.25%; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.55;
  text-rendering: optimizeLegibility;
}
.wrap { max-width: 58rem; margin: 0 auto; padding: 0 1.5rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; background: var(--accent); color: #fff; padding: 0.5rem 1rem; z-index: 1; }
.skip-link:focus { top: 1rem; color: #fff; }

/* header */
.masthead { border-top: 10px solid var(--accent); padding: 2.75rem 0 2rem; }
.kicker { margin: 0; color: var(--accent); font-weight: 600; font-size: 0.85rem; letter-spacing: 0.08em; text-transform: uppercase; }
h1 { font-size: clamp(1.9rem, 4.2vw, 2.6rem); line-height: 1.15; margin: 0.35em 0 0.6em; letter-spacing: -0.01em; }
.nowrap { white-space: nowrap; }
.lead { font-size: 1.12rem; color: #333b3e; max-width: 46rem; margin: 0; }

/* table of contents */
.toc { background: var(--soft); border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: 1.1rem 0 1.2rem; font-size: 0.95rem; }
.toc-title { margin: 0 0 0.4rem; font-weight: 600; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; }
.toc ol { margin: 0; padding-left: 1.2rem; }
.toc > .wrap > ol { columns: 2 18rem; column-gap: 2.5rem; }
.toc li { break-inside: avoid; margin: 0.1rem 0; }
.toc ol ol { list-style: none; padding-left: 0.9rem; font-size: 0.92em; }

/* content */
main { padding-bottom: 2.5rem; }
h2, h3, h4 { line-height: 1.25; text-wrap: balance; }
h2 { font-size: 1.6rem; color: var(--accent); margin: 3rem 0 1rem; padding-top: 0.9rem; border-top: 1px solid var(--rule); }
h2::before { content: ""; display: block; width: 3rem; height: 4px; background: var(--accent); margin: -0.95rem 0 0.8rem; }
h3 { font-size: 1.3rem; margin: 2.4rem 0 0.3rem; }
h3 + p { margin-top: 0; color: var(--muted); }
h4 { font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.07em; color: var(--muted); margin: 1.5rem 0 0.4rem; }
p { margin: 0.6rem 0; }
ul { padding-left: 1.3rem; }
li { margin: 0.3rem 0; }
li > ul { margin: 0.2rem 0 0.6rem; }
li > p { margin: 0.2rem 0; }
li::marker { color: var(--accent-mid); }
code { font-family: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; background: var(--soft); padding: 0.05em 0.3em; border-radius: 3px; }

/* tables */
table { width: 100%; border-collapse: collapse; margin: 0.8rem 0 1.4rem; font-size: 0.94rem; }
caption { caption-side: top; text-align: left; font-weight: 600; font-size: 0.88rem; color: var(--muted); padding: 0 0 0.45rem; }
th, td { padding: 0.5rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); font-size: 0.84rem; font-weight: 600; vertical-align: bottom; }
tbody th { font-weight: 400; }
th[align="right"], td[align="right"] { text-align: right; font-variant-numeric: tabular-nums; }
table.key-figures { width: auto; min-width: min(24rem, 100%); }
table.key-figures td { font-size: 1.35rem; font-weight: 700; color: var(--accent); padding-top: 0.3rem; padding-bottom: 0.3rem; }
table.key-figures tbody th { vertical-align: middle; }
table.overview td:last-child, table.overview th:last-child { border-left: 1px solid var(--rule); }
table.overview td:nth-last-child(2) { font-weight: 700; }
table.changes { table-layout: fixed; }
/* actions: the columns take the room their words need; a word is never broken */
table.actions thead th:nth-child(1) { width: 40%; }
table.changes thead th:nth-child(1) { width: 15%; }
table.changes thead th:nth-child(2) { width: 31%; }
table.changes thead th:nth-child(3) { width: 38%; }
table.changes thead th:nth-child(4) { width: 16%; }
/* a long id ("Hernoemd (was …)") breaks inside its cell: nothing sticks out of the table, so print never
   shrinks the whole page to make it fit */
table.changes code, table.changes td { overflow-wrap: anywhere; }

.table-scroll { overflow-x: auto; }

/* badges and markers */
.badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; border: 1px solid var(--accent-mid); font-size: 0.84rem; font-weight: 600; white-space: nowrap; }
.status-planned { background: #fff; color: var(--accent); }
.status-active, .verdict-monitor { background: var(--tint); color: #0b4653; }
.status-done, .verdict-take-up { background: var(--accent); border-color: var(--accent); color: #fff; }
.status-dropped, .verdict-decline { background: #eceeef; border-color: #8a9194; color: #454b4d; }
.changed { font-weight: 600; }
.muted { color: #5b6467; }

ul.warnings { list-style: none; padding: 0.6rem 1rem; background: var(--soft); border-left: 4px solid var(--accent-mid); }

/* charts */
figure.chart { margin: 1.4rem 0; padding: 1rem 1.1rem 0.6rem; border: 1px solid var(--rule); border-radius: 4px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.4rem; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart svg.narrow { display: none; }

/* narrow screens: tables stack (one block per row, each cell with its column's name), words never break,
   the charts switch to their narrow drawing (names above the bars, legend in two columns) */
@media screen and (max-width: 52rem) {
  html { font-size: 100%; }
  .wrap { padding: 0 1rem; }
  .masthead { padding-top: 1.75rem; }
  table { font-size: 0.8rem; }
  th, td { padding: 0.4rem 0.3rem; }
  .table-scroll table { width: max-content; min-width: 100%; }
  .table-scroll caption { max-width: calc(100vw - 2rem); }
  table.stack { table-layout: auto; font-size: 0.9rem; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.stack tbody, table.stack tr, table.stack tbody th, table.stack td { display: block; width: auto !important; }
  table.stack caption { display: block; }
  table.stack tr { border-bottom: 1px solid var(--rule); padding: 0.45rem 0; }
  table.stack tbody th, table.stack td { border: 0; padding: 0.1rem 0; text-align: left !important; }
  table.stack tbody th { font-weight: 600; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  .badge { padding: 0.05rem 0.35rem; font-size: 0.75rem; }
  figure.chart { padding: 0.75rem; }
  figure.chart svg.wide { display: none; }
  figure.chart svg.narrow { display: block; }
}
.table-scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }

/* footer */
.colophon { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.9rem; padding: 1.3rem 0 3rem; }

/* print: clean A4 pages */
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10pt; }
  .wrap { max-width: none; padding: 0; }
  .skip-link, .toc { display: none; }
  .masthead { border-top-width: 6pt; padding: 8pt 0 12pt; }
  h2 { margin-top: 18pt; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  .new-page { break-before: page; }
  /* no forced break per theme: a table or chart is kept together instead */
  .new-page > h2 { margin-top: 0; }
  h3 + p { break-after: avoid; }
  table, figure, tr, li { break-inside: avoid; page-break-inside: avoid; }
  /* the appendix can be longer than a page: it breaks between rows, repeating its header */
  table.changes { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  figure.chart { border: 0; padding: 0; }
  figure.chart svg { max-width: 100%; }
  a { color: inherit; }
  /* on paper a link's address follows its text, unless the text is the address itself (class "address") */
  a[href^="http"]:not(.address)::after, a[href^="mailto"]:not(.address)::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); word-break: break-all; }
}
`;
