// Every test gets a fresh, real (in-memory) IndexedDB implementation.
import 'fake-indexeddb/auto';
