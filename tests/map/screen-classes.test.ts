import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NARROW_WIDTH } from '../../src/map/lane-layout';
import { SCREEN_CLASSES } from '../../src/map/screen-classes';

const stylesheet = readFileSync(new URL('../../src/app/globals.css', import.meta.url), 'utf8');

/** Each `@container map (min-width: …) and (min-height: …)` block, with the pictures it shows and hides. */
function containerQueries() {
  return [...stylesheet.matchAll(/@container map \(min-width: (\d+)px\) and \(min-height: (\d+)px\) \{(.*?)\n\}/gs)].map(([, width, height, body]) => {
    const rules = [...body!.matchAll(/([^{}]+)\{\s*display: (block|none);\s*\}/g)].map(([, selectors, display]) => ({
      screens: [...selectors!.matchAll(/data-screen='([\w-]+)'/g)].map(([, screen]) => screen),
      display,
    }));
    return {
      width: Number(width),
      height: Number(height),
      shows: rules.filter((rule) => rule.display === 'block').flatMap((rule) => rule.screens),
      hides: rules.filter((rule) => rule.display === 'none').flatMap((rule) => rule.screens),
    };
  });
}

describe('screen classes of the first picture', () => {
  it('are shown by the stylesheet when the map is at least as large as their plan, each hiding the classes before it, the first class otherwise', () => {
    const [first, ...later] = SCREEN_CLASSES;
    expect(stylesheet).toMatch(new RegExp(`svg\\[data-screen='${first.screen}'\\] \\{\\s*display: block;`));
    expect(containerQueries()).toEqual(
      later.map((plan, index) => ({
        width: plan.map.width,
        height: plan.map.height,
        shows: [plan.screen],
        hides: SCREEN_CLASSES.slice(0, index + 1).map((before) => before.screen),
      })),
    );
  });

  it('are each planned wider or taller than every class before them, so none is drawn in vain', () => {
    for (const [index, plan] of SCREEN_CLASSES.entries()) {
      for (const before of SCREEN_CLASSES.slice(0, index)) {
        expect(plan.map.width > before.map.width || plan.map.height > before.map.height, `${plan.screen} after ${before.screen}`).toBe(true);
      }
    }
  });

  it('run top to bottom only in the narrow classes, as the lane layout does below its narrow width', () => {
    expect(SCREEN_CLASSES.map((plan) => plan.map.width < NARROW_WIDTH)).toEqual(SCREEN_CLASSES.map((plan) => plan.screen.startsWith('narrow')));
  });
});
