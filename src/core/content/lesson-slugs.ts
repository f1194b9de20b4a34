/** The fifteen curriculum modules and their lesson slugs (identical in both locales). */
export const moduleSlugs = {
  M1: 'm01-multidisciplinary',
  M2: 'm02-selection-biopsy',
  M3: 'm03-preparation-guidance',
  M4: 'm04-scores',
  M5: 'm05-radiotherapy',
  M6: 'm06-vertebroplasty',
  M7: 'm07-kyphoplasty-osteoplasty',
  M8: 'm08-thermal-chemical-ablation',
  M9: 'm09-cryoablation',
  M10: 'm10-rf-ionization',
  M11: 'm11-thermal-protection',
  M12: 'm12-mrgfus',
  M13: 'm13-embolization',
  M14: 'm14-combined-iort',
  M15: 'm15-algorithms',
} as const;
export type ModuleId = keyof typeof moduleSlugs;
