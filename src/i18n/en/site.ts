/** English messages of `k80 site`: the command's own texts and every text of the generated website. */
import type { Area } from '../nl/index.js';

const n = (count: number, one: string, more: string): string => `${count} ${count === 1 ? one : more}`;

export const site: Area<'site'> = {
  description: "make the agenda's website: themes, actions with their timeline, good practices with search, the members' map and the feedback reports",
  optOut: 'folder the website is written to; an earlier k80 website there is replaced',
  optBaseUrl: 'the web address the website will have (for example https://k80.example.org/), only needed for the feed and sitemap.xml',
  helpAfter: `
The website is plain HTML files and also works when you open index.html from your own disk or a network share.
The whole website is made anew every time. A folder that k80 did not make (or that holds other files) is never
emptied: k80 stops with a message instead.

Examples:
  k80 site                                   the website in the folder site/
  k80 site --out public --base-url https://k80.example.org/
`,
  written: (dir: string, pages: number, bytes: number) =>
    `Website written to ${dir}: ${n(pages, 'page', 'pages')}, ${(bytes / 1024 / 1024).toFixed(1)} MB. Open index.html in your browser.`,
  noGit: 'This folder is not a git repository: the timelines, the "last updated" dates and the archive of feedback reports stay empty.',
  noCommits: 'The repository has no commits yet: the timelines and the archive of feedback reports stay empty.',
  shallow: 'This is a shallow clone: the timelines are incomplete. Fetch the whole history with git fetch --unshallow (in GitHub Actions: fetch-depth: 0).',
  noSettings: 'agenda/k80.yaml is missing or has errors: without the name and the list of members k80 cannot make the website.',
  contentHint: 'Run k80 validate and fix the errors it names.',
  contentErrors: (count: number) =>
    count === 1
      ? '1 file has an error and is therefore missing from the website. Run k80 validate for the details.'
      : `${count} files have an error and are therefore missing from the website. Run k80 validate for the details.`,
  noSitemap: 'No sitemap.xml made: it needs full web addresses. Give the address of the website with --base-url.',
  badBaseUrl: (url: string) => `The address given with --base-url is not a web address: ${url}.`,
  badBaseUrlHint: 'Give a full address starting with https://, for example --base-url https://k80.example.org/.',

  out: {
    holdsRepository: (dir: string) => `The folder ${dir} holds the repository itself; k80 never empties it.`,
    insideAgenda: (dir: string) => `The folder ${dir} is inside agenda/; the website does not belong there.`,
    insideGit: (dir: string) => `The folder ${dir} is inside the repository's .git folder; the website does not belong there.`,
    notAFolder: (dir: string) => `${dir} already exists and is not a folder.`,
    notASite: (dir: string) => `The folder ${dir} is not empty and is not an earlier k80 website. k80 does not delete files it did not make itself.`,
    foreignFiles: (dir: string, some: string, count: number) =>
      `The folder ${dir} holds ${n(count, 'file', 'files')} that k80 did not make (${some}${count > 5 ? ', …' : ''}). k80 does not delete them.`,
    refusedHint: 'Choose another or an empty folder with --out, or move the files first.',
    failed: (dir: string, code: string) => `The website could not be written to ${dir} (${code}).`,
    failedHint: 'Check that you may write in that folder, that there is enough space and that no other program has the folder open.',
  },

  skipLink: 'Skip to the content',
  navLabel: 'Main menu',
  nav: {
    home: 'Agenda',
    catalogue: 'Good practices',
    municipalities: 'Municipalities',
    topics: 'Current topics',
    archive: 'Feedback reports',
  },
  footer: (name: string) => `${name} · made with k80 from the network's agenda repository`,
  feedLink: 'New good practices (feed)',
  feedTitle: (name: string) => `New good practices – ${name}`,
  homeLead: (name: string, adopted: string) =>
    `The agenda of the ${name}, the network of small and strong municipalities${adopted === '' ? '' : `, adopted on ${adopted}`}. ` +
    'Here you find the themes and actions with their progress, the good practices of the members and the feedback reports.',
  actionCount: (count: number, parts: string) => (count === 0 ? 'no actions yet' : `${n(count, 'action', 'actions')}${parts === '' ? '' : `: ${parts}`}`),
  practiceCount: (count: number) => n(count, 'good practice', 'good practices'),
  newestPractices: 'Newest good practices',
  allPractices: (count: number) => `Search all ${n(count, 'good practice', 'good practices')}`,
  membersHeading: 'The members on the map',
  membersLink: 'All members in a table',
  latestReport: 'Latest feedback report',
  allReports: 'all feedback reports',
  noReports: 'No feedback report has been published yet.',
  noPractices: 'No good practices yet.',

  question: 'Central question:',
  portfolioHolder: 'Portfolio holder',
  officialLead: 'Civil-service lead',
  actionsHeading: (count: number) => (count === 1 ? 'Action' : 'Actions'),
  noActions: 'This theme has no actions yet.',
  practicesHeading: (count: number) => `Good practices (${count})`,
  status: 'Status',
  type: 'Type',
  lead: 'Lead',
  timeline: 'Timeline',
  noTimeline: 'No progress recorded yet.',
  statusStart: (status: string) => `Added with status ${status}`,
  statusChange: (from: string, to: string) => `Status: ${from} → ${to}`,

  practiceKicker: 'Good practice',
  municipality: 'Municipality',
  themes: 'Themes',
  date: 'Date',
  tags: 'Keywords',
  updated: 'Last updated',
  contact: 'Contact',
  links: 'More information',
  backToCatalogue: 'Back to all good practices',

  municipalitiesTitle: 'Municipalities',
  municipalitiesLead: (count: number) =>
    `The ${n(count, 'municipality', 'municipalities')} on the list of members, with their good practices. The secretariat completes the list.`,
  memberKicker: 'Member of the network',
  leadActions: 'Actions this municipality leads',
  noLeadActions: 'This municipality does not lead an action (yet).',
  raisedTopics: 'Current topics raised',
  noRaisedTopics: 'This municipality has not raised a current topic (yet).',
  backToMunicipalities: 'Back to all municipalities',
  map: {
    svgTitle: (count: number) => `Map of the Netherlands with the ${n(count, 'member municipality', 'member municipalities')} coloured by their number of good practices`,
    memberLabel: (name: string, count: number) => `${name}: ${n(count, 'good practice', 'good practices')}`,
    caption: 'The coloured municipalities are members; the darker, the more good practices. Choose a municipality for its page. The table holds the same data.',
    legendLabel: 'Legend',
    legend: ['member, no good practices yet', '1 or 2', '3 to 5', '6 to 10', 'more than 10'],
    source: 'Source: CBS/PDOK (Gebiedsindelingen 2025, simplified by cartomap/nl)',
    tableCaption: 'Member municipalities and their number of good practices',
    columnMunicipality: 'Municipality',
    columnPractices: 'Good practices',
  },

  topicsTitle: 'Current topics',
  topicsLead: 'Topics raised by members and weighed by the executive board with the assessment framework: does the network spend energy on them?',
  topicsHeading: (count: number) => `Topics (${count})`,
  noTopics: 'No current topics have been raised yet.',
  raisedBy: 'Raised by',
  notAssessed: 'Not assessed yet.',
  total: 'Total (0–100)',
  verdict: 'Verdict',
  knockout: 'Knockout',
  noKnockout: 'none',
  assessedOn: 'Assessed on',
  note: 'Note',
  frameworkHeading: 'The assessment framework',
  noFramework: 'The assessment framework (agenda/afwegingskader.yaml) is missing or has errors.',
  frameworkIntro: (version: number) =>
    `The board answers a question per criterion with a score. Each score counts with the weight of its criterion; together they make a total from 0 to 100. Version ${version} of the framework.`,
  scale: (labels: string) => `The scores: ${labels}.`,
  criteriaCaption: 'The criteria of the assessment framework',
  criterion: 'Criterion',
  weight: 'Weight',
  yes: 'yes',
  no: 'no',
  thresholds: (takeUp: number, monitor: number) =>
    `A total of ${takeUp} or more means take up, from ${monitor} to ${takeUp} monitor, below that decline. A knock-out criterion scored at the minimum always makes the verdict decline.`,

  archiveTitle: 'Feedback reports',
  archiveLead: 'Twice a year the members receive a feedback report: what happened with the agenda. The newest is at the top.',
  periodRange: (from: string, to: string) => `${from} – ${to}`,

  accessibilityTitle: 'Accessibility statement',
  accessibilityText: (name: string, date: string) =>
    [
    `The ${name} wants everyone to be able to use this website. It is made to meet WCAG 2.1 level AA, as the Dutch decree on digital accessibility (Besluit digitale toegankelijkheid overheid) requires.`,
    'What we do for it: the pages have a fixed structure with headings, a link to the content, visible focus and enough colour contrast. Everything works with the keyboard alone, search too. The map has a table with the same data and every member on the map has a name. The website works on a narrow screen and at 200 % zoom.',
    `Every version of the website is tested automatically with axe-core in a browser. This statement was updated on ${date}. The secretariat completes a full statement following the government's model (toegankelijkheidsverklaring.nl).`,
    'Did you find something that does not work? Report it to the secretariat of the network or as an issue in the repository. We reply within five working days.',
    ].join('\n\n'),
  notFoundTitle: 'This page does not exist',
  notFoundText: 'The page you are looking for is not (or no longer) here. Perhaps its address changed.',
  notFoundHome: 'To the agenda',

  search: {
    title: 'Good practices',
    lead: (count: number) => `${n(count, 'good practice', 'good practices')} of the members. Search for a word or choose a theme, municipality or keyword.`,
    formLabel: 'Search good practices',
    query: 'Search',
    queryHint: 'The results appear as you type. Related Dutch word forms count too: "woningen" also finds "woning".',
    theme: 'Theme',
    allThemes: 'All themes',
    municipality: 'Municipality',
    allMunicipalities: 'All municipalities',
    tag: 'Keyword',
    allTags: 'All keywords',
    reset: 'Clear all',
    countTemplate: '{n} found',
    allTemplate: '{n} good practices',
    none: 'Nothing found. Try another word or fewer filters.',
  },
};
