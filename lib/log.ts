/**
 * A small logger, so no failure is swallowed: every caught error that the code chooses not to
 * rethrow goes through here. It keeps the last entries in memory (for a support report and for
 * tests) and writes to the console. It never sends anything anywhere: nothing leaves the device.
 *
 * Usage:
 *   const log = createLogger('background');
 *   promise.catch(log.catcher('broadcast to overlays'));
 */
export type LogLevel = 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  scope: string;
  message: string;
  error?: string;
  at: number;
}

export interface LogSink {
  (entry: LogEntry): void;
}

const MAX_ENTRIES = 100;
const recent: LogEntry[] = [];
const sinks = new Set<LogSink>();

function describe(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function write(entry: LogEntry, error: unknown) {
  recent.push(entry);
  if (recent.length > MAX_ENTRIES) recent.shift();
  const line = `[imr-guide:${entry.scope}] ${entry.message}`;
  if (entry.level === 'error') console.error(line, error ?? '');
  else console.warn(line, error ?? '');
  sinks.forEach((sink) => sink(entry));
}

export interface Logger {
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
  /** For `promise.catch(...)`: logs the failure and resolves to undefined. */
  catcher(message: string, level?: LogLevel): (error: unknown) => undefined;
}

export function createLogger(scope: string, now: () => number = Date.now): Logger {
  const entry = (level: LogLevel, message: string, error: unknown): LogEntry => {
    const described = describe(error);
    return { level, scope, message, at: now(), ...(described ? { error: described } : {}) };
  };
  return {
    warn: (message, error) => write(entry('warn', message, error), error),
    error: (message, error) => write(entry('error', message, error), error),
    catcher: (message, level = 'error') => (error) => {
      write(entry(level, message, error), error);
      return undefined;
    },
  };
}

/** The last logged entries, oldest first. */
export function recentLog(): readonly LogEntry[] {
  return recent;
}

/** Listens to every entry (tests; a page that wants to show a count of problems). */
export function onLog(sink: LogSink): () => void {
  sinks.add(sink);
  return () => sinks.delete(sink);
}
