import type { Text } from '../../lib/i18n/text';

/**
 * The one sentence a page shows without its message bundles: when their chunk could not be loaded
 * (an extension updated under an open page), so it carries both languages itself.
 */
export const STRINGS_FAILED: Text = {
  en: 'The guide could not load its texts. Close this page and open it again.',
  nl: 'De gids kon zijn teksten niet laden. Sluit deze pagina en open haar opnieuw.',
};
