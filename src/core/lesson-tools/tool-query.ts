import { firstOfEach, toQueryString, type QueryNotice } from '../scores/query';

/**
 * The URL contract of a lesson tool made of choices, so a filled-in tool can be shared as a link:
 * one parameter per field, written in the field order given, and only where it differs from the tool's
 * starting state (an untouched tool has a clean address). Reading never throws: an unknown parameter,
 * an unknown value or a repeated key becomes a QueryNotice the page shows, and the rest still loads.
 */
export type FieldSpec =
  /** One value out of a fixed list. */
  | { kind: 'one'; values: readonly string[] }
  /** A yes/no switch, written `yes` or `no`. */
  | { kind: 'flag' }
  /** Any number of values out of a fixed list, written comma-separated (`flags=renal,adamkiewicz`). */
  | { kind: 'many'; values: readonly string[] };

type Value = string | boolean | readonly string[] | undefined;
export type FormSpec<S> = { readonly [K in keyof S]-?: FieldSpec };

export interface ToolQuery<S> {
  readonly defaults: S;
  parse(search: string): { state: S; notices: QueryNotice[] };
  serialize(state: S): string;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function choiceQuery<S extends { [K in keyof S]: Value }>(spec: FormSpec<S>, defaults: S): ToolQuery<S> {
  const keys = Object.keys(spec) as (keyof S & string)[];
  return {
    defaults,
    parse(search) {
      const notices: QueryNotice[] = [];
      const state: Record<string, Value> = { ...defaults };
      for (const [param, raw] of firstOfEach(new URLSearchParams(search), notices)) {
        const field = (spec as Record<string, FieldSpec | undefined>)[param];
        if (!field) {
          notices.push({ param, value: raw, reason: 'unknown-param' });
          continue;
        }
        if (field.kind === 'one') {
          if (field.values.includes(raw)) state[param] = raw;
          else notices.push({ param, value: raw, reason: 'unknown-value', allowed: field.values });
        } else if (field.kind === 'flag') {
          if (raw === 'yes' || raw === 'no') state[param] = raw === 'yes';
          else notices.push({ param, value: raw, reason: 'unknown-value', allowed: ['yes', 'no'] });
        } else {
          const picked: string[] = [];
          for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
            if (!field.values.includes(item)) notices.push({ param, value: item, reason: 'unknown-value', allowed: field.values });
            else if (picked.includes(item)) notices.push({ param, value: item, reason: 'repeated' });
            else picked.push(item);
          }
          // The list's own order, so the same choice always gives the same link.
          state[param] = field.values.filter((v) => picked.includes(v));
        }
      }
      return { state: state as S, notices };
    },
    serialize(state) {
      return toQueryString(
        keys.map((k): [string, string | undefined] => {
          const field = spec[k];
          const v = state[k] as Value;
          const d = defaults[k] as Value;
          if (field.kind === 'many') {
            const list = (v as readonly string[] | undefined) ?? [];
            return [k, sameList(list, (d as readonly string[] | undefined) ?? []) ? undefined : field.values.filter((x) => list.includes(x)).join(',')];
          }
          if (v === d || v === undefined) return [k, undefined];
          return [k, field.kind === 'flag' ? (v ? 'yes' : 'no') : String(v)];
        }),
      );
    },
  };
}
