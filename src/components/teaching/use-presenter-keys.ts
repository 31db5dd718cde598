'use client';

import { useEffect } from 'react';

/** Keys a presentation clicker or a keyboard sends for "next" and "back". */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Where a key belongs to what has focus rather than to the presenter: typing, or choosing from a list. */
const TEXT_ENTRY = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * Whether a key press steps the presenter. A clicker's keys work whatever was clicked last (a
 * teacher mixes mouse and clicker), except while typing; Space and Enter on a focused button
 * or link press that button, as they always do.
 */
function presenterKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TEXT_ENTRY)) return false;
  return !((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, summary'));
}

interface PresenterMoves {
  step: number;
  /** How many steps the tour has, once it is loaded. */
  steps: number | undefined;
  forward(): void;
  goTo(step: number): void;
  /** The browser's back and forward buttons moved to this step. */
  onHistory(step: number): void;
}

/** A clicker, the keyboard and the browser's history move through a tour. */
export function usePresenterKeys({ step, steps, forward, goTo, onHistory }: PresenterMoves) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!presenterKey(event)) return;
      if (NEXT_KEYS.has(event.key)) {
        event.preventDefault();
        forward();
      } else if (BACK_KEYS.has(event.key)) {
        event.preventDefault();
        goTo(step - 1);
      } else if (event.key === 'Home') goTo(0);
      else if (event.key === 'End' && steps) goTo(steps - 1);
    };
    const onPop = () => {
      const match = /\/tours\/[^/]+\/(\d+)$/.exec(window.location.pathname);
      if (match) onHistory(Number(match[1]) - 1);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('popstate', onPop);
    };
  }, [forward, goTo, step, steps, onHistory]);
}
