export const NO_FIREFOX_MESSAGE: string;
export function findFirefox(env?: Record<string, string | undefined>): string;
