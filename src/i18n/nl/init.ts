/** Dutch messages of `k80 init` and the texts of the files it writes for a new network. */
export const init = {
  description: 'begin een nieuwe agenda-repository voor een ander netwerk van gemeenten',
  argDir: 'de map van de nieuwe repository; moet leeg zijn of nog niet bestaan (standaard: de huidige map)',
  optName: 'naam van het netwerk, bijvoorbeeld "Netwerk Kleine Kernen" (verplicht)',
  optAgendaTitle: 'titel van de agenda (standaard: Agenda NAAM)',
  optNoCommit: 'alleen de bestanden schrijven, geen git-repository en geen eerste commit',

  nameMissing: 'De optie --name ontbreekt: hoe heet het netwerk?',
  nameMissingHint: 'Bijvoorbeeld: k80 init mijn-netwerk --name "Netwerk Kleine Kernen"',
  nameInvalid: (limit: number) => `De naam bij --name moet tussen 1 en ${limit} tekens lang zijn, op één regel.`,
  titleInvalid: (limit: number) => `De titel bij --agenda-title moet tussen 1 en ${limit} tekens lang zijn, op één regel.`,
  notEmpty: (dir: string) => `De map ${dir} is niet leeg. k80 init schrijft alleen in een lege of nieuwe map.`,
  notEmptyHint: 'Kies een nieuwe map, bijvoorbeeld: k80 init mijn-netwerk --name "…"',
  notADir: (path: string) => `${path} is een bestand, geen map.`,
  notADirHint: 'Geef de naam van een nieuwe map op.',
  writeFailed: (dir: string, reason: string) => `Kan de repository in ${dir} niet maken: ${reason}.`,

  created: (name: string, dir: string) => `Nieuwe repository voor ${name} gemaakt in ${dir}`,
  committed: (commit: string) => `Eerste commit: ${commit}`,
  notCommitted: 'Geen git-repository gemaakt (--no-commit).',
  nextSteps: 'Zo ga je verder:',
  stepCd: (dir: string) => `ga naar de map: cd "${dir}"`,
  stepMembers: 'zet de lidgemeenten in agenda/k80.yaml',
  stepTheme: 'hernoem agenda/themes/eerste-thema.md en vul titel en tekst in (of voeg thema\'s toe)',
  stepSource: 'vul in .github/workflows/validate.yml bij K80_SOURCE in waar k80 vandaan komt',
  stepValidate: 'controleer alles met: k80 validate',
  commitMessage: (name: string) => `Nieuwe agenda-repository voor ${name} (k80 init)`,

  // the files of the new repository
  settingsHeader: (name: string) =>
    `# Instellingen van het netwerk ${name}: naam, de vastgestelde agenda en de lidgemeenten.\n` +
    '# Het schema staat in schemas/k80.schema.json.',
  membersNote:
    '# De lidgemeenten, elk één keer en op alfabetische volgorde, geschreven zoals het CBS ze schrijft.\n' +
    '# De lijst is nog leeg: het secretariaat vult hem aan. Een goed voorbeeld of actueel onderwerp uit een\n' +
    '# gemeente die hier niet staat, geeft een waarschuwing.',
  agendaTitle: (name: string) => `Agenda ${name}`,
  themeTitle: 'Eerste thema',
  themeTagline: 'hernoem dit thema',
  themeBody:
    'Dit is een leeg thema om mee te beginnen. Hernoem het bestand (de bestandsnaam is de id van het thema,\n' +
    'bijvoorbeeld `wonen.md`), vul de titel, de ondertitel (`tagline`) en deze tekst in, en voeg voor elk\n' +
    'thema van de agenda een eigen bestand toe in `agenda/themes/`. `section` is A (wie we zijn), B (de\n' +
    'inhoudelijke thema\'s) of C (randvoorwaarden); `order` is de plaats in de agenda.\n',
  frameworkHeader: (name: string) =>
    `# Afwegingskader van ${name}: bepaalt of het netwerk energie steekt in een actueel onderwerp.\n` +
    '# Dit is het standaard-afwegingskader van k80. Pas de criteria, gewichten, schaal en drempels aan aan\n' +
    '# het eigen netwerk, en verhoog dan `version` met 1: elke weging (k80 score) legt vast met welke versie\n' +
    '# is gewogen.\n' +
    '#\n' +
    '# Totaal = afgerond 100 × Σ(gewicht × score) / Σ(gewicht × maximum).\n' +
    '# Een knock-outcriterium met de laagste score geeft altijd "niet oppakken".\n' +
    '# Anders: totaal ≥ take-up → oppakken, ≥ monitor → volgen, lager → niet oppakken.',
  scaleLabels: { 0: 'niet', 1: 'beperkt', 2: 'redelijk', 3: 'sterk' },
  criteria: {
    impact: [
      'Raakt het onderwerp kleine gemeenten en hun kernen in het bijzonder?',
      '0 = raakt kleine gemeenten niet anders dan andere gemeenten; 3 = raakt kleine gemeenten en hun kernen duidelijk sterker of anders. Knock-out: een 0 betekent altijd niet oppakken.',
    ],
    agenda: [
      "Past het bij de thema's van de agenda?",
      "0 = past bij geen enkel thema; 1 = raakt een thema zijdelings; 2 = past duidelijk bij een thema; 3 = raakt de kern van een of meer thema's.",
    ],
    'added-value': [
      'Heeft het netwerk een eigen, onderscheidend perspectief naast VNG en andere netwerken?',
      '0 = anderen dekken dit al volledig; 3 = alleen dit netwerk brengt dit perspectief in. Knock-out: een 0 betekent altijd niet oppakken.',
    ],
    influence: [
      'Is er nu een reële kans op invloed (besluitvorming, consultatie, deadline)?',
      '0 = geen moment in zicht; 1 = misschien later; 2 = er komt een moment; 3 = er is nu een concreet moment of een deadline waarop onze inbreng gevraagd of nodig is.',
    ],
    support: [
      'Leeft het bij meerdere leden (draagvlak in het netwerk)?',
      '0 = één gemeente; 1 = enkele gemeenten; 2 = een flink deel van de leden; 3 = vrijwel alle leden, of een brede vraag uit het netwerk.',
    ],
    capacity: [
      'Zijn er een bestuurlijk trekker en een ambtelijk trekker beschikbaar?',
      '0 = niemand beschikbaar; 1 = alleen een bestuurlijk of alleen een ambtelijk trekker; 2 = beide, maar met weinig tijd; 3 = beide beschikbaar en met tijd.',
    ],
  },
  workflowName: 'Inhoud controleren',
  workflowComment: (name: string) =>
    `# Controleert elke wijziging aan de agenda van ${name}: k80 validate zet zijn meldingen bij de bestanden van de pull request.`,
  workflowSourceComment:
    '# Waar k80 vandaan komt: de git-repository van het hulpmiddel (https-adres), en de tak of tag.',
  workflowSourceMissing: 'Vul in .github/workflows/validate.yml bij K80_SOURCE het https-adres van de git-repository van k80 in.',
  workflowSteps: {
    checkout: 'Repository ophalen',
    node: 'Node.js 20 installeren',
    install: 'k80 installeren',
    validate: 'Agenda controleren',
  },
  contributing: (name: string) => `# Meedoen met de agenda van ${name}

Alles van ${name} — de agenda, de acties, de goede voorbeelden en de actuele onderwerpen — staat als
tekstbestanden in deze repository, in de map \`agenda/\`. Je hoeft geen ontwikkelaar te zijn om iets toe
te voegen: het kan in de webbrowser. Een automatische controle (\`k80 validate\`) kijkt of alles klopt, en
iemand van het netwerk keurt je bijdrage goed.

## Eerst: geen persoonsgegevens

Deze repository is **openbaar**, en git **vergeet niets**.

- Noem **rollen en gemeenten**, bijvoorbeeld "beleidsadviseur wonen, gemeente …".
- Een naam alleen als die persoon daar zelf mee instemt.
- **Geen persoonlijke e-mailadressen**, wel een functionele mailbox (\`info@…\`, \`wonen@…\`).

## Een goed voorbeeld toevoegen in de webbrowser

1. Open de map \`agenda/practices\` en kies **Add file** → **Create new file**.
2. Typ een bestandsnaam van kleine letters, cijfers en koppeltekens die eindigt op \`.md\`, bijvoorbeeld
   \`gemeente-dorpsbudget.md\`.
3. Plak het sjabloon hieronder, vul het in en kies **Commit changes…** → **Propose changes** → **Create
   pull request**.
4. De automatische controle start vanzelf. Een rood kruisje? Open **Files changed**: de melding staat bij
   de regel waar het om gaat en zegt hoe je het verbetert.

\`\`\`markdown
---
title: Titel van het voorbeeld
municipality: Naam van de gemeente
themes:
  - eerste-thema
date: "2026-01-31"
summary: Eén zin over wat het is en wat het oplevert.
---

## Wat is het?

## Wat levert het op?

## Hoe pak je het aan?

## Contact
\`\`\`

## Met de opdrachtregel

Met k80 geïnstalleerd: \`k80 add practice\` stelt de vragen en legt het voorbeeld vast; \`k80 validate\`
controleert alles; \`k80 report\` maakt de terugkoppeling aan de leden.
`,
} as const;
