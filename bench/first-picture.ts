import type { Page } from 'playwright-core';

/** The explorer's first picture: the lane layout drawn as SVG before the interactive map is loaded. */
export const FIRST_PICTURE = '[data-testid="concept-map"][data-engine="svg"]';

/**
 * A script run in the page before its own: at each frame, before it is painted, it checks
 * whether the first picture is shown (styled, laid out, with concepts), and keeps the time of the
 * first frame that shows it and of the first that shows it drawn for the measured map (the page
 * has started and answers clicks), in ms since navigation began. Measured in the page, because a
 * test driver's polling of a page that is busy starting its scripts sees the picture late.
 * Plain text, so it reaches the page as written.
 */
export const FIRST_PICTURE_TIMER = `(() => {
  const times = (window.firstPictureTimes = {});
  const check = () => {
    const shown = [...document.querySelectorAll('${FIRST_PICTURE} svg')].find((svg) => svg.getBoundingClientRect().width > 0 && svg.querySelector('g.map-picture-node'));
    if (shown && !times.shown) times.shown = { at: performance.now(), screen: shown.dataset.screen };
    if (shown && shown.dataset.screen === 'measured') times.interactive = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** When the first picture was first shown and which one, and when the page had drawn it for its own map (ms after navigation began). */
export async function firstPictureTimes(page: Page): Promise<{ shown: { at: number; screen: string }; interactive: number }> {
  const times = await page.waitForFunction(
    () => {
      const recorded = (window as unknown as { firstPictureTimes: { interactive?: number } }).firstPictureTimes;
      return recorded.interactive ? recorded : null;
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await times.jsonValue()) as { shown: { at: number; screen: string }; interactive: number };
}

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
    // the server draws one picture per class of map size and the stylesheet shows one
    const picture = [...host.querySelectorAll('svg')].find((svg) => getComputedStyle(svg).display !== 'none')!;
    const concepts = [...picture.querySelectorAll('g.map-picture-node')].filter((node) => !node.getAttribute('data-id')!.startsWith('lane-control:'));
    const inside = concepts.filter((node) => {
      const box = node.getBoundingClientRect();
      return box.left >= frame.left && box.top >= frame.top && box.right <= frame.right && box.bottom <= frame.bottom;
    });
    // on screen, a label is its font size times every scale above it: the picture's framing and the SVG's fit to the map
    const labels = [...picture.querySelectorAll<HTMLElement>('.map-picture-label')]
      .map((label) => parseFloat(getComputedStyle(label).fontSize) * label.closest('g')!.getScreenCTM()!.a)
      .sort((a, b) => a - b);
    return {
      drawn: concepts.length,
      inside: inside.length,
      smallestLabel: labels[0] ?? 0,
      medianLabel: labels[Math.floor(labels.length / 2)] ?? 0,
      /** Which picture was on screen: one the server drew for a class of map size, or one drawn for the measured map. */
      screen: picture.dataset.screen!,
      engineLoaded: 'spasmAtlasMap' in window,
    };
  }, FIRST_PICTURE);
}

/** Moves the pointer onto the first picture, as a reader reaching for the map would: that loads the interactive map. */
export async function wakeMap(page: Page) {
  // The server's picture is there before the page is interactive: reach for it once the page has
  // measured its map (hydrated), or once the interactive map has taken over by itself (a force
  // layout wakes it).
  await page.waitForFunction((selector) => !document.querySelector(selector) || document.querySelector(`${selector} svg[data-screen="measured"]`), FIRST_PICTURE, { timeout: 60_000 });
  // Read in one step: the interactive map may take over at any moment, and then there is no
  // picture left to reach for.
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
