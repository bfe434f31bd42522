/**
 * Styles for the overlay's shadow root: isolated from the host page in both directions. The host
 * element itself is the fixed card, so its box is the card's box.
 */
export const OVERLAY_CSS = `
:host { all: initial; display: block; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.imr-overlay { font: 14px/1.4 system-ui, sans-serif;
  background: #fff; color: #1b1f24; border: 2px solid #0b5cad; border-radius: 10px; padding: 6px 10px; box-shadow: 0 2px 10px rgba(0,0,0,.25); max-width: 280px; }
.imr-overlay.phase-warning { border-color: #7a4d00; background: #fff4d6; }
.imr-overlay.phase-overrun { border-color: #a40e26; background: #ffe3e0; }
.imr-overlay button { font: inherit; border: 1px solid #8c959f; border-radius: 6px; background: #f6f8fa; color: inherit; padding: 2px 8px; cursor: pointer; }
.imr-overlay .toggle { font-size: 1.3em; font-weight: 700; font-variant-numeric: tabular-nums; border: none; background: none; }
.imr-overlay .step { margin: 4px 0; }
.imr-overlay .row { display: flex; gap: 6px; }
.imr-overlay .failed { margin: 4px 0 0; font-size: .9em; }
.imr-overlay .failed:empty { display: none; }
.imr-overlay :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .imr-overlay { background: #16191d; color: #e6edf3; border-color: #6cb6ff; }
  .imr-overlay button { background: #1f242a; border-color: #3a424c; }
}
`;
