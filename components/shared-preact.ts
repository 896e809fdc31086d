/**
 * What the panel's parts (entrypoints/overlay-parts) import from Preact, lent from the overlay's own
 * copy (OnRequest.tsx): hooks work only within one copy. The parts' build takes its Preact from these
 * names (wxt.config.ts), so a name missing here fails that build, not the panel.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';

export const SHARED_PREACT_MODULES = {
  preact: { Fragment },
  'preact/hooks': { useEffect, useRef, useState },
  'preact/jsx-runtime': { Fragment, jsx, jsxs },
  // What JSX compiles to in a build that is not for production (a test's, say): Preact's jsx again.
  'preact/jsx-dev-runtime': { Fragment, jsxDEV },
};
