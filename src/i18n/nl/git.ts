/** Dutch messages of the git module (shared by add, update, score and report). */
export const git = {
  missing: 'Git is niet gevonden op deze computer.',
  missingHint: 'Installeer Git (https://git-scm.com) en open daarna een nieuw terminalvenster. Of gebruik --no-commit om alleen het bestand te schrijven.',
  notARepo: (dir: string) => `${dir} is geen git-repository.`,
  notARepoHint: 'Werk in een kloon van de repository van het netwerk (git clone …), of gebruik --no-commit om alleen het bestand te schrijven.',
  noIdentity: 'Git weet niet wie je bent: user.name en/of user.email ontbreken.',
  noIdentityHint:
    'Stel ze eenmalig in: git config --global user.name "Je naam of functie" en git config --global user.email "functioneel-adres@gemeente.nl". Of gebruik --no-commit.',
  busy: (what: string) => `Er is een ${what} bezig in deze repository.`,
  busyHint: 'Maak die eerst af (of breek hem af met git merge --abort / git rebase --abort) en probeer het daarna opnieuw. Of gebruik --no-commit.',
  failed: (what: string) => `Git-opdracht mislukt: ${what}`,
  badRef: (ref: string) => `'${ref}' is geen geldige git-revisie.`,
  badRefHint: 'Geef een bestaande tag, tak of commit op (zie git log of git tag).',
  badBranch: (name: string) => `'${name}' is geen geldige naam voor een tak.`,
  badBranchHint: 'Gebruik letters, cijfers, streepjes en schuine strepen, bijvoorbeeld practice/dorpsplan-ameland.',
  branchExists: (name: string) => `De tak '${name}' bestaat al.`,
  branchExistsHint: 'Kies een andere naam met --branch NAAM.',
  shallow: 'Dit is een ondiepe kloon (shallow clone): de geschiedenis is niet volledig.',
  shallowHint: 'Haal de volledige geschiedenis op met: git fetch --unshallow (in GitHub Actions: actions/checkout met fetch-depth: 0).',
} as const;
