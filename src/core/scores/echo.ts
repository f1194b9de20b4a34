/** Echoed values longer than this are cut, so a 10,000-character link cannot stretch the page. */
export const ECHO_MAX = 80;

export function truncateEcho(text: string): string {
  return text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text;
}
