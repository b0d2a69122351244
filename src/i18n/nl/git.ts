/** Dutch messages of the git module (shared by add, update, score and report). */
export const git = {
  missing: 'Git is niet gevonden op deze computer.',
  missingHint: 'Installeer Git (https://git-scm.com) en open daarna een nieuw terminalvenster. Of gebruik --no-commit om alleen het bestand te schrijven.',
  notARepo: (dir: string) => `${dir} is geen git-repository.`,
  notARepoHint: 'Werk in een kloon van de repository van het netwerk (git clone …), of gebruik --no-commit om alleen het bestand te schrijven.',
  noIdentity: 'Git weet niet wie je bent: user.name en/of user.email ontbreken.',
  noIdentityHint:
    'Stel ze eenmalig in: git config --global user.name "Je naam of functie" en git config --global user.email "functioneel-adres@gemeente.nl". Of gebruik --no-commit.',
  busy: (what: string) => `Er is een ${what} bezig in deze repository. Er is niets geschreven.`,
  state: { merge: 'merge', rebase: 'rebase', cherryPick: 'cherry-pick', revert: 'revert', bisect: 'bisect' },
  busyHint: (what: 'merge' | 'rebase' | 'cherryPick' | 'revert' | 'bisect') => {
    const abort = { merge: 'git merge --abort', rebase: 'git rebase --abort', cherryPick: 'git cherry-pick --abort', revert: 'git revert --abort', bisect: 'git bisect reset' }[what];
    return `Maak die eerst af, of breek hem af met ${abort}, en probeer het daarna opnieuw. Of gebruik --no-commit.`;
  },
  indexLocked: (path: string) => `Een ander git-programma is bezig in deze repository (${path} bestaat). Er is niets geschreven.`,
  indexLockedHint: (path: string) =>
    `Wacht tot dat programma klaar is en probeer het opnieuw. Is er zeker geen git-programma meer bezig (ook geen editor of GitHub Desktop), verwijder dan ${path}.`,
  detached: 'Er is geen tak uitgecheckt (detached HEAD): een commit zou op geen enkele tak terechtkomen. Er is niets geschreven.',
  detachedHint: 'Ga eerst naar een tak (git switch main), of gebruik --branch NAAM om een nieuwe tak te maken.',
  lockBusy: (path: string) => `Een andere k80-opdracht schrijft al in deze repository (${path}). Er is niets geschreven.`,
  lockBusyHint: (path: string) =>
    `Wacht tot die klaar is en probeer het opnieuw. Draait er zeker geen k80 meer, verwijder dan ${path}.`,
  addFailed: (file: string) => `Git kon ${file} niet klaarzetten voor de commit.`,
  refusedHook: 'git weigerde de commit (bijvoorbeeld een hook zoals pre-commit of commit-msg).',
  refusedLocked: 'een ander git-programma was tegelijk bezig (index.lock).',
  refusedSilently: 'git maakte geen nieuwe commit.',
  commitNotExact: (commit: string, file: string) =>
    `de nieuwe commit ${commit} bevat niet precies ${file} zoals k80 het schreef (een hook heeft de commit veranderd?). Controleer hem met git show ${commit}.`,
  changedMeanwhile: (file: string) =>
    `${file} is veranderd sinds k80 het las (door een andere opdracht of een ander programma). Er is niets geschreven, zodat die wijziging niet verloren gaat.`,
  changedMeanwhileHint: 'Probeer het opnieuw: k80 leest het bestand dan opnieuw.',
  failed: (what: string) => `Git-opdracht mislukt: ${what}`,
  badRef: (ref: string) => `'${ref}' is geen geldige git-revisie.`,
  badRefHint: 'Geef een bestaande tag, tak of commit op (zie git log of git tag).',
  badBranch: (name: string) => `'${name}' is geen geldige naam voor een tak.`,
  badBranchHint: 'Gebruik letters, cijfers, streepjes en schuine strepen, bijvoorbeeld practice/dorpsplan-ameland.',
  branchTooLong: (name: string) => `De naam voor de tak is te lang (${name.length} tekens).`,
  branchTooLongHint: 'Gebruik een kortere naam, bijvoorbeeld practice/dorpsplan-ameland (hooguit 100 tekens per deel).',
  branchExists: (name: string) => `De tak '${name}' bestaat al.`,
  branchExistsHint: 'Kies een andere naam met --branch NAAM.',
  noBase: (base: string) => `De hoofdtak ${base} is niet gevonden: de nieuwe tak kan er niet van uitgaan.`,
  noBaseHint: (base: string) => `Haal de hoofdtak op (git fetch origin ${base}) of ga er zelf naartoe: git switch ${base}`,
  shallow: 'Dit is een ondiepe kloon (shallow clone): de geschiedenis is niet volledig.',
  shallowHint: 'Haal de volledige geschiedenis op met: git fetch --unshallow (in GitHub Actions: actions/checkout met fetch-depth: 0).',
} as const;
