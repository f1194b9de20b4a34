import { useEffect, useState } from 'react';

/**
 * Keeps a widget's state in the URL query (replaceState, so Back leaves the page rather than undoing
 * clicks). `read` runs once after hydration; static HTML has no query, so the first render is empty.
 * Writing waits for the render that holds what `read` loaded: writing in the same pass would put the empty
 * first state in the address for a moment, and a print summary filled then would link to nothing.
 * Every write is announced (`urlstate` on window) so the print summary's link follows it.
 */
export function useUrlState(enabled: boolean, read: (search: string) => void, query: string) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    read(window.location.search);
    setLoaded(true);
  }, [enabled]);
  useEffect(() => {
    if (!enabled || !loaded) return;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new Event('urlstate'));
  }, [enabled, loaded, query]);
}
