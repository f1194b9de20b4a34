import { useEffect, useRef } from 'react';

/**
 * Keeps a widget's state in the URL query (replaceState, so Back leaves the page rather than undoing
 * clicks). `read` runs once after hydration; static HTML has no query, so the first render is empty.
 */
export function useUrlState(enabled: boolean, read: (search: string) => void, query: string) {
  const loaded = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    read(window.location.search);
    loaded.current = true;
  }, [enabled]);
  useEffect(() => {
    if (!enabled || !loaded.current) return;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
  }, [enabled, query]);
}
