/** Dutch messages of `--out FILE` (report, and other commands that write a file for people). */
export const output = {
  failed: (path: string, reason: string) => `Kan ${path} niet schrijven: ${reason}.`,
  failedHint: 'Geef met --out een bestandsnaam in een bestaande map waarin je mag schrijven, bijvoorbeeld --out terugkoppeling.md.',
  /** Why writing --out failed: by the system's error code, or what k80 refuses to replace. */
  reason: {
    ENOENT: 'de map bestaat niet',
    ENOTDIR: 'een deel van het pad is geen map',
    EISDIR: 'dat is een map',
    EACCES: 'je mag daar niet schrijven',
    EPERM: 'je mag daar niet schrijven',
    EROFS: 'die schijf is alleen-lezen',
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'je schijfruimte is op',
    symlink: 'dat is een symbolische koppeling; k80 vervangt alleen een gewoon bestand',
    special: 'dat is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); k80 vervangt alleen een gewoon bestand',
    agenda: 'dat is in de map agenda/, waar alleen de inhoud van de agenda hoort',
    git: 'dat is in de map .git/ van de repository',
  },
  reasonOther: (code: string) => `systeemfout ${code}`,
} as const;
