/**
 * Loads every UI string bundle as a chunk of its own (issue 12): the strings of all screens in both
 * languages are the largest part of the pages' code, and starting this at once lets them load
 * while the database opens instead of before the page's first script runs.
 */
import { tablesOf, type MessageTables } from './translate';

export async function loadMessageTables(): Promise<MessageTables> {
  const { BUNDLES } = await import('./messages');
  return tablesOf(BUNDLES);
}
