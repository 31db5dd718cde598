'use client';

import { useEffect } from 'react';

/** Keys a presentation clicker or a keyboard sends for "next" and "back". */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

interface PresenterMoves {
  step: number;
  /** How many steps the tour has, once it is loaded. */
  steps: number | undefined;
  forward(): void;
  goTo(step: number): void;
  /** The browser's back and forward buttons moved to this step. */
  onHistory(step: number): void;
}

/**
 * A clicker, the keyboard and the browser's history move through a tour. Keys pressed on a
 * control are the control's own (Enter on a button presses that button).
 */
export function usePresenterKeys({ step, steps, forward, goTo, onHistory }: PresenterMoves) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea')) return;
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
