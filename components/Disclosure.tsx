/**
 * Something shown on request: a button that opens and closes what follows it (the ARIA disclosure
 * pattern), used in the panel instead of <details>. Each <details> costs the browser its own
 * shadow tree, and on a 5,000-note page its style work was about 0.6 ms each, page-sized (traced:
 * the checklist's nine cost 5 ms more than the same panel with none). What is folded away is made
 * only once opened, unless it must be there folded too (`kept`: a folded group's items still carry
 * their data-rule, which the test contract relies on).
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

interface Props {
  /** The class of the whole; its button is `cc-disclosure`, styled per place by the whole's class. */
  class: string;
  /** The button's words. */
  label: ComponentChildren;
  /** Made while folded too (hidden), not only once opened. */
  kept?: boolean;
  /** Told each time it opens (a part that loads only when first asked for). */
  onOpen?: () => void;
  group?: string;
  children: ComponentChildren;
}

export function Disclosure({ class: className, label, kept = false, onOpen, group, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class={className} data-group={group} data-open={open ? 'true' : undefined}>
      <button
        type="button"
        class="cc-disclosure"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open || kept ? id : undefined}
        onClick={() => {
          setOpen(!open);
          if (!open) onOpen?.();
        }}
      >
        {label}
      </button>
      {(open || kept) && (
        <div id={id} class="cc-disclosed" hidden={!open}>
          {children}
        </div>
      )}
    </div>
  );
}
