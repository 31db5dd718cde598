/** A map's size on screen, in CSS pixels. */
export interface MapSize {
  width: number;
  height: number;
}

/**
 * Until the page has measured its map, the first picture is drawn once per class of map size
 * (the server cannot know the window), each planned for the smallest map of its class, and the
 * stylesheet shows the one whose class the map is in (container queries on `.map-area` in
 * globals.css, which a test holds to this table). Scaled to the real map, the picture shown is
 * then never smaller than planned, so its labels stay readable, and it paints with the HTML
 * before any script runs. Once the map has measured itself, one picture is planned for its size.
 *
 * A class is shown when the map is at least as wide and as tall as its plan, the last such class
 * in this table winning; the first, `narrow`, is shown otherwise. The narrow classes are a
 * phone's, where lanes run top to bottom (below NARROW_WIDTH).
 */
export const SCREEN_CLASSES = [
  { screen: 'narrow', map: { width: 360, height: 440 } },
  { screen: 'narrow-tall', map: { width: 360, height: 620 } },
  { screen: 'medium', map: { width: 640, height: 480 } },
  { screen: 'wide', map: { width: 960, height: 600 } },
  { screen: 'large', map: { width: 1400, height: 880 } },
] as const satisfies readonly { screen: string; map: MapSize }[];

export type ScreenClass = (typeof SCREEN_CLASSES)[number]['screen'];
