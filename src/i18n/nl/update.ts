/** Dutch messages of `k80 update`. */
import { common } from './common.js';
import { kindName, valuesWithNames } from './add.js';

type Kind = keyof typeof kindName;
const listName: Record<Kind, string> = { action: 'actions', practice: 'practices', topic: 'topics' };

export const update = {
  description: 'werk een actie, goed voorbeeld of actueel onderwerp bij (status, voortgangsnotitie, titel)',
  actionDescription: 'werk de status van een actie bij en voeg een gedateerde voortgangsnotitie toe',
  practiceDescription: 'werk de titel of samenvatting van een goed voorbeeld bij, of voeg een notitie toe',
  topicDescription: 'werk de status van een actueel onderwerp bij en voeg een gedateerde notitie toe',
  argId: (kind: Kind) => `de id: de bestandsnaam zonder .md (zie k80 list ${listName[kind]})`,

  opt: {
    statusAction: `nieuwe status: ${valuesWithNames(common.labels.status)}`,
    statusTopic: `nieuwe status: ${valuesWithNames(common.labels.topicStatus)}`,
    note: 'voortgangsnotitie; komt met de datum onder "## Voortgang"',
    title: 'nieuwe titel',
    summary: 'nieuwe samenvatting (één zin, hooguit 280 tekens)',
    date: 'datum van de notitie, ook bewaard als updated (standaard: vandaag)',
    dateNote: 'datum van de notitie (standaard: vandaag)',
  },

  unknown: (kind: Kind, id: string) => `Er is geen ${kindName[kind]} met de id '${id}'.`,
  unknownHint: (kind: Kind) => `Bekijk de ids met k80 list ${listName[kind]}.`,
  invalidFile: (file: string) => `${file} bevat fouten en kan zo niet worden bijgewerkt.`,
  invalidFileHint: 'Bekijk de fouten met k80 validate en herstel ze eerst.',
  noId: (kind: Kind) => `Zeg welk${kind === 'action' ? 'e' : ''} ${kindName[kind]} je bijwerkt: k80 update ${kind} <id> …`,
  noIdHint: (kind: Kind) =>
    `De ids zie je met k80 list ${listName[kind]} (een id is de bestandsnaam zonder .md). In een terminal mag je de id weglaten: dan kies je uit een lijst.`,
  noEntries: (kind: Kind) => `Er is nog geen ${kindName[kind]} om bij te werken.`,
  noEntriesHint: (kind: Kind) => `Voeg er een toe met k80 add ${kind}.`,
  nothingGiven: (kind: Kind) =>
    kind === 'practice'
      ? 'Geef aan wat er verandert: --title, --summary of --note.'
      : 'Geef aan wat er verandert: --status, --note of --title.',
  nothingGivenHint: (kind: Kind) => `Of start k80 update ${kind} <id> in een terminal: dan worden de vragen gesteld.`,
  statusNote: (from: string, to: string) => `Status van ${from} naar ${to}.`,
  unchanged: (file: string) => `Niets gewijzigd in ${file}: alles was al zo.`,
  updated: (title: string) => `Bijgewerkt: ${title}`,
  updatedStatus: (title: string, from: string, to: string) => `Bijgewerkt: ${title} (status van ${from} naar ${to})`,

  commitStatus: (status: string) => `status: ${status}`,
  commitProgress: 'voortgang',
  commit: {
    action: (title: string, detail?: string) => `Actie bijgewerkt: ${title}${detail ? ` (${detail})` : ''}`,
    practice: (title: string, detail?: string) => `Goed voorbeeld bijgewerkt: ${title}${detail ? ` (${detail})` : ''}`,
    topic: (title: string, detail?: string) => `Actueel onderwerp bijgewerkt: ${title}${detail ? ` (${detail})` : ''}`,
  } satisfies Record<Kind, (title: string, detail?: string) => string>,

  form: {
    pick: (kind: Kind) => `Welk${kind === 'action' ? 'e' : ''} ${kindName[kind]} werk je bij? (typ om te zoeken op titel)`,
    intro: (file: string, title: string) => `${title} (${file}) bijwerken. Ctrl+C of Esc breekt af; er wordt dan niets geschreven.`,
    status: 'Status',
    current: (label: string) => `${label} (nu)`,
    title: 'Titel (enter = ongewijzigd)',
    summary: 'Samenvatting (enter = ongewijzigd)',
    note: 'Voortgangsnotitie (mag leeg)',
  },
} as const;
