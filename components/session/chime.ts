/** A soft two-tone chime made with Web Audio: no audio files, nothing fetched. */
export function playChime(repeats = 1): void {
  const Ctx = globalThis.AudioContext;
  if (!Ctx) return;
  try {
    const ctx = new Ctx();
    for (let r = 0; r < repeats; r++) {
      [660, 880].forEach((frequency, i) => {
        const start = ctx.currentTime + r * 0.6 + i * 0.18;
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.08, start + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start);
        osc.stop(start + 0.55);
      });
    }
    setTimeout(() => void ctx.close(), 2000 * repeats);
  } catch {
    // Audio may be unavailable (no device, autoplay policy); the visual cue still shows.
  }
}
