'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * What a wide screen shows in line and a phone keeps behind one "Menu" button (the stylesheet
 * decides which): a phone's header then takes one row. The menu closes on Escape, on a click
 * outside it, and once something in it has been chosen.
 */
export function CompactMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="compact-menu" ref={root}>
      <button ref={toggle} type="button" className="compact-menu-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Menu
      </button>
      <div
        id={id}
        className="compact-menu-items"
        data-open={open}
        onClick={(event) => {
          // a dialog opened from the menu lives in it: the menu stays open while it is used
          const item = (event.target as Element).closest('a, button:not([aria-haspopup])');
          if (item && !item.closest('dialog')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
