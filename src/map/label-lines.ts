/**
 * How many lines a concept's name takes in its box, and the box height that holds them, worked
 * out without a browser (the server plans the first picture). Both renderers wrap at spaces
 * within the same width. Characters are taken at their widths in DejaVu Sans Bold, the font
 * Debian's Chromium draws labels in and wider than the system fonts of other machines (measured
 * there with a canvas, in em); a character not listed is taken as a wide one.
 */
const WIDTHS: Record<string, string> = {
  0.31: "'",
  0.34: 'ijl',
  0.37: 'IJ/\\|',
  0.38: ',.',
  0.4: ':;',
  0.42: '-',
  0.44: 'f',
  0.46: '!()[]',
  0.48: 't',
  0.49: 'r',
  0.5: '_`–',
  0.52: '"*',
  0.58: '?z',
  0.59: 'c',
  0.6: 's',
  0.64: 'L',
  0.65: 'vxy',
  0.67: 'ak',
  0.68: 'eEFT',
  0.69: 'o',
  0.7: '0123456789$',
  0.71: 'hnu{}',
  0.72: 'bdgpqSY',
  0.73: 'CPZ',
  0.76: 'B',
  0.77: 'AKRVX',
  0.81: 'U',
  0.82: 'G',
  0.83: 'D',
  0.84: '#+<=>^~HN',
  0.85: 'OQ',
  0.87: '&',
  0.9: '⚠',
  0.92: 'w',
  1: '%@M',
  1.04: 'm',
  1.1: 'W',
};
const EM = new Map(Object.entries(WIDTHS).flatMap(([em, characters]) => [...characters].map((character) => [character, Number(em)] as const)));
const SPACE_EM = 0.35;
const UNLISTED_EM = 1;

function wordEm(word: string): number {
  let em = 0;
  for (const character of word) em += EM.get(character) ?? UNLISTED_EM;
  return em;
}

/** Cytoscape breaks a line a little before the full width (at 128 px, a line of 123 px breaks and one of 121 px stays). */
const WRAP_SHARE = 0.955;
/** The share of a box's height a label may fill: the corners of an octagon or an ellipse cut into the rest. */
const LABEL_SHARE = 0.7;

/** A concept's label as both renderers draw it: a red flag's name after a warning sign. */
export function conceptLabel(node: { name: string; urgent: boolean }): string {
  return node.urgent ? `⚠ ${node.name}` : node.name;
}

/** Lines of `text` wrapped at spaces to `width` pixels at `fontPx` (labels are set one font size per line). */
export function labelLines(text: string, width: number, fontPx: number): number {
  const room = (width * WRAP_SHARE) / fontPx;
  let lines = 0;
  let used = Infinity;
  // a word wider than a line breaks after its hyphens, as the browser breaks it in the first picture
  const pieces = text.split(/\s+/).filter(Boolean).flatMap((word) => (wordEm(word) > room ? word.split(/(?<=-)/).map((piece, i) => ({ piece, joined: i > 0 })) : [{ piece: word, joined: false }]));
  for (const { piece, joined } of pieces) {
    const em = wordEm(piece) + (joined ? 0 : SPACE_EM);
    if (used + em <= room) {
      used += em;
    } else {
      lines += 1;
      used = wordEm(piece);
    }
  }
  return Math.max(1, lines);
}

/** The height of a box whose label takes `lines` lines at `fontPx`, never less than `least`. */
export function boxHeightFor(lines: number, fontPx: number, least: number): number {
  return Math.max(least, Math.round((lines * fontPx) / LABEL_SHARE));
}
