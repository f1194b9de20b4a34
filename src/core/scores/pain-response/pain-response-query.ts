import type { QueryNotice } from '../query';
import { firstOfEach, toQueryString } from '../query';
import type { PainField, PainInput } from './assess-pain-response';

/**
 * The public URL contract of /{lang}/tools/pain-response/: vasBefore, vasAfter (0–10), and optionally
 * odiBefore, odiAfter (0–100). Values are passed through as typed so the calculator can show exactly
 * why a value is refused; only unknown parameters become notices here.
 */
export const painQueryOrder: readonly PainField[] = ['vasBefore', 'vasAfter', 'odiBefore', 'odiAfter'];

export function parsePainQuery(search: string): { input: PainInput; notices: QueryNotice[] } {
  const input: PainInput = {};
  const notices: QueryNotice[] = [];
  for (const [param, value] of firstOfEach(new URLSearchParams(search), notices)) {
    if ((painQueryOrder as readonly string[]).includes(param)) input[param as PainField] = value;
    else notices.push({ param, value, reason: 'unknown-param' });
  }
  return { input, notices };
}

export function painQueryString(input: PainInput): string {
  return toQueryString(painQueryOrder.map((k) => {
    const v = input[k];
    return [k, v === undefined ? undefined : String(v)];
  }));
}
