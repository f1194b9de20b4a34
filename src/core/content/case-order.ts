/**
 * The one order of cases, everywhere a list of them is shown (cases index, home, decks, progress, quiz data):
 * the `order` each case file states (the curriculum's case table), then the id for a tie the content check
 * already reports.
 */
export function sortCases<C extends { id: string; order: number }>(list: readonly C[]): C[] {
  return [...list].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
