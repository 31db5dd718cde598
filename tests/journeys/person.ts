import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * What the journeys check of a page, as a person sees it; none of this wakes the map or
 * prepares the page. Each journey opens a fresh browser context with useBrowser's openPage.
 */

/** Waits until the element is on screen: visible and wholly inside the window, without scrolling. */
export async function expectOnScreen(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 60_000 });
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize()!;
  expect(box, 'the element has a box on screen').not.toBeNull();
  expect({ left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height }).toSatisfy(
    (edges: { left: number; top: number; right: number; bottom: number }) => edges.left >= 0 && edges.top >= 0 && edges.right <= viewport.width + 0.5 && edges.bottom <= viewport.height + 0.5,
  );
}

/** Types into a search box and picks the suggestion named, as a person does. */
export async function choose(page: Page, box: string, text: string, option: RegExp) {
  const input = page.getByRole('combobox', { name: box });
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * The share of a PNG's pixels that are not (near) white, read from the file itself (8-bit RGB
 * or RGBA, not interlaced, as a canvas writes it).
 */
export function inkShare(png: Buffer): number {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colour, , , interlace] = png.subarray(24, 29);
  expect({ depth, colour, interlace }).toMatchObject({ depth: 8, interlace: 0 });
  const channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
  expect(channels, 'an RGB or RGBA PNG').toBeGreaterThan(0);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString();
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? row[x - channels]! : 0;
      const up = previous[x]!;
      const upLeft = x >= channels ? previous[x - channels]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
      row[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      if (row[x]! < 235 || row[x + 1]! < 235 || row[x + 2]! < 235) ink++;
    }
    row.copy(previous);
  }
  return ink / (width * height);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The labels of the concepts the map shows, read from whichever of its renderers is on screen. */
export async function drawnConcepts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { spasmAtlasMap?: import('cytoscape').Core }).spasmAtlasMap;
    if (cy && !cy.destroyed()) return cy.nodes('.concept').map((node) => String(node.data('label')));
    const picture = [...document.querySelectorAll<SVGSVGElement>('[data-testid="concept-map"] svg')].find((svg) => getComputedStyle(svg).display !== 'none');
    return [...(picture?.querySelectorAll('g.map-picture-node') ?? [])].filter((node) => !node.getAttribute('data-id')!.startsWith('lane-control:')).map((node) => node.textContent!.trim());
  });
}
