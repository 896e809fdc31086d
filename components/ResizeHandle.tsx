/**
 * The panel's left edge as a handle: drag it, or focus it and use the arrow keys (Home and End
 * for narrowest and widest). A vertical separator, as WAI-ARIA's window splitter pattern has it.
 */
import { useRef } from 'preact/hooks';
import { t } from './i18n';
import { MIN_WIDTH, STEP } from './panel-width';

interface Props {
  width: number;
  max: number;
  /** Called as the width changes; `done` when the drag or key press is over (the width is then kept). */
  onResize: (width: number, done: boolean) => void;
}

export function ResizeHandle({ width, max, onResize }: Props) {
  const dragging = useRef(false);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(MIN_WIDTH, w)));
  const fromPointer = (e: PointerEvent) => clamp(window.innerWidth - e.clientX);
  return (
    <div
      class="cc-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resizePanel')}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={max}
      aria-valuenow={width}
      aria-valuetext={t('panelWidthPixels', String(width))}
      tabIndex={0}
      onKeyDown={(e) => {
        // The panel is on the right: moving its edge left widens it.
        const next = { ArrowLeft: width + STEP, ArrowRight: width - STEP, Home: MIN_WIDTH, End: max }[e.key];
        if (next === undefined) return;
        e.preventDefault();
        onResize(clamp(next), true);
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        dragging.current = true;
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => dragging.current && onResize(fromPointer(e), false)}
      onPointerUp={(e) => {
        if (!dragging.current) return;
        dragging.current = false;
        onResize(fromPointer(e), true);
      }}
      onPointerCancel={() => (dragging.current = false)}
    />
  );
}
