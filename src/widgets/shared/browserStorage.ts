import type { KeyValueStorage } from '../../core/progress/storage';

/**
 * window.localStorage behind the core's KeyValueStorage interface. Merely touching
 * window.localStorage can throw (storage disabled, sandboxed frames), and there is no window during
 * server rendering, so it is looked up on every call; the core's safe* helpers catch what is thrown
 * and report "storage unavailable" instead of crashing the page.
 */
function local(): Storage {
  if (typeof window === 'undefined') throw new Error('No browser storage while rendering on the server');
  return window.localStorage;
}

export const browserStorage: KeyValueStorage = {
  getItem: (key) => local().getItem(key),
  setItem: (key, value) => local().setItem(key, value),
  removeItem: (key) => local().removeItem(key),
};
