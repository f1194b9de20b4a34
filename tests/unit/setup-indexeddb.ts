// Every unit test gets a fresh, empty IndexedDB (fake-indexeddb), so progress written by one test
// never leaks into the next; the progress adapter forgets its cached connection too.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { resetProgressDbForTests } from '../../src/widgets/shared/progressDb';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetProgressDbForTests();
});
