/** Dutch messages of `k80 validate`. */
export const validate = {
  description: 'controleer alle bestanden in agenda/: YAML, velden, ids en verwijzingen',
  optFormat: 'uitvoer: pretty (leesbaar, standaard), json of github (annotaties in een pull request)',
  optStrict: 'behandel waarschuwingen als fouten',
} as const;
