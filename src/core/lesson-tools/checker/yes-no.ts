import type { CheckOption } from './checker';

/** Yes/No options with their wording inline, shared by the checkers that keep their wording in their rules. */
export const yesNo: readonly CheckOption[] = [
  { id: 'yes', label: { it: 'Sì', en: 'Yes' } },
  { id: 'no', label: { it: 'No', en: 'No' } },
];
