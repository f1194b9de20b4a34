import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { Locale } from '../../core/i18n/locales';
import type { QueryNotice } from '../../core/scores/query';
import { QueryNotices } from './QueryNotices';
import { useUrlState } from './useUrlState';

/** A tool's link format (core/lesson-tools/…-query.ts): what its tool page reads from and writes to the URL. */
export interface LinkFormat<S> {
  /** `state` null: the address holds no state (the widget keeps its own). */
  parse(search: string): { state: S | null; notices: QueryNotice[] };
  serialize(state: S): string;
}

export interface UrlSyncProps<S> {
  lang: Locale;
  /** The widget's state, written to the address as it changes. */
  state: S;
  /** Called once after hydration with the state the address holds. */
  onLoad(state: S): void;
  /** Bumped by the widget's reset button: the old link's notices go with it. */
  resets?: number;
}

/**
 * The URL side of a lesson widget on its own tool page, rendered by the widget where the notices belong. A
 * lesson embed has no such prop, so a lesson page ships neither the link reader nor the notices: each widget's
 * `…Tool.tsx` island passes `urlSync(itsFormat)` and the Astro wrapper picks that island for `syncUrl`.
 */
export type UrlSync<S> = ComponentType<UrlSyncProps<S>>;

export function urlSync<S>(format: LinkFormat<S>): UrlSync<S> {
  return function UrlSyncNotices({ lang, state, onLoad, resets = 0 }: UrlSyncProps<S>) {
    const [notices, setNotices] = useState<QueryNotice[]>([]);
    useUrlState(true, (search) => {
      const parsed = format.parse(search);
      if (parsed.state !== null) onLoad(parsed.state);
      setNotices(parsed.notices);
    }, format.serialize(state));
    const resetsAtLoad = useRef(resets);
    useEffect(() => {
      if (resets !== resetsAtLoad.current) setNotices([]);
    }, [resets]);
    return <QueryNotices notices={notices} lang={lang} />;
  };
}
