/** Random ids for records. crypto.randomUUID exists in extension pages, workers and Node 20. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID()}`;
}

/** Local calendar date as yyyy-mm-dd (sessions are reported by the day they happened). */
export function isoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
