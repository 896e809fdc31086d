/** How wide the panel is: the practitioner's choice, or a default that narrows on small screens. */

/** Narrower than this, the checklist's lines no longer read. */
export const MIN_WIDTH = 280;
export const DEFAULT_WIDTH = 380;
/** One arrow-key step of the resize handle. */
export const STEP = 16;

/** The widest the panel may be in a window this wide: the host page always keeps most of it. */
export const maxWidth = (viewport: number): number => Math.max(MIN_WIDTH, Math.round(viewport * 0.7));

/**
 * The width shown. With no choice made it takes 30 % of the window, from 280 to 380 px (so at
 * 1024 px the host keeps about 720 px); a choice is kept within MIN_WIDTH and maxWidth.
 */
export function shownWidth(chosen: number | undefined, viewport: number): number {
  const wanted = chosen ?? Math.min(DEFAULT_WIDTH, Math.round(viewport * 0.3));
  return Math.round(Math.min(viewport, Math.max(MIN_WIDTH, Math.min(wanted, maxWidth(viewport)))));
}
