import type { Page } from 'playwright-core';

/** The explorer's first picture: the lane layout drawn as SVG before the interactive map is loaded. */
export const FIRST_PICTURE = '[data-testid="concept-map"][data-engine="svg"]';

/**
 * What a person can read of the first picture, read from the page: concepts drawn and fully
 * inside the map, the smallest label on screen (font size × zoom), and whether the map engine
 * (Cytoscape) has been loaded yet. Shared by npm run bench:ui and the browser tests.
 */
export async function measureFirstPicture(page: Page) {
  await page.waitForSelector(`main[aria-busy="false"] ${FIRST_PICTURE}[data-layout-ready="true"]`, { timeout: 60_000 });
  return page.evaluate((selector) => {
    const host = document.querySelector<HTMLElement>(selector)!;
    const frame = host.getBoundingClientRect();
    const zoom = Number(host.dataset.zoom);
    const concepts = [...host.querySelectorAll('g.map-picture-node')].filter((node) => !node.getAttribute('data-id')!.startsWith('lane-control:'));
    const inside = concepts.filter((node) => {
      const box = node.getBoundingClientRect();
      return box.left >= frame.left && box.top >= frame.top && box.right <= frame.right && box.bottom <= frame.bottom;
    });
    const labels = [...host.querySelectorAll<HTMLElement>('.map-picture-label')].map((label) => parseFloat(getComputedStyle(label).fontSize) * zoom).sort((a, b) => a - b);
    return { drawn: concepts.length, inside: inside.length, smallestLabel: labels[0] ?? 0, medianLabel: labels[Math.floor(labels.length / 2)] ?? 0, engineLoaded: 'spasmAtlasMap' in window };
  }, FIRST_PICTURE);
}

/** Moves the pointer onto the first picture, as a reader reaching for the map would: that loads the interactive map. */
export async function wakeMap(page: Page) {
  // Read in one step: the interactive map may take over at any moment (a force layout wakes it
  // by itself), and then there is no picture left to reach for.
  const picture = await page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
  }, FIRST_PICTURE);
  if (picture) await page.mouse.move(picture.x + picture.width / 2, picture.y + picture.height / 2);
  await page.waitForFunction(
    () => {
      const maps = [...document.querySelectorAll<HTMLElement>('[data-testid="concept-map"]')];
      return maps.length === 1 && maps[0]!.dataset.engine === 'cytoscape' && maps[0]!.dataset.layoutReady === 'true' && document.querySelector('main')?.getAttribute('aria-busy') === 'false';
    },
    undefined,
    { timeout: 60_000 },
  );
}
