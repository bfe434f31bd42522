export const NO_BROWSER_MESSAGE: string;
export function findChrome(env?: Record<string, string | undefined>): string;
