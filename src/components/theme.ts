import { CONCEPT_KIND_NAMES } from '../domain';
import { KIND_STYLES, MAP_PAINT, MARK_COLORS } from './map/map-styles';

/** Colours only the pages use, beside the map's (map-styles.ts). */
export const PAGE_PAINT = {
  /** Behind the panels: a little warmer than the paper the map and cards are drawn on. */
  page: '#fbfbf8',
  muted: '#4a5560',
  line: '#d9dcd6',
  accent: MAP_PAINT.controlBorder,
  /** A quiz's right answer: the green of what helps. */
  right: KIND_STYLES.Treatment.color,
} as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter, at: number) => `${at > 0 ? '-' : ''}${letter.toLowerCase()}`);

/**
 * The page's colours as CSS custom properties, from the same tables the map draws with, so a
 * colour is written once: `--ink`, `--paper`, `--urgent`, `--kind-Cause`… `npm run theme:print` writes them to src/app/theme.css.
 */
export function themeCss(): string {
  const properties: [string, string][] = [
    ['ink', MAP_PAINT.ink],
    ['paper', MAP_PAINT.paper],
    ['urgent', MARK_COLORS.urgent],
    ['urgent-ink', MAP_PAINT.urgentInk],
    ['control-fill', MAP_PAINT.controlFill],
    ...Object.entries(PAGE_PAINT).map(([name, colour]): [string, string] => [kebab(name), colour]),
    ...CONCEPT_KIND_NAMES.map((kind): [string, string] => [`kind-${kind}`, KIND_STYLES[kind].color]),
  ];
  const lines = properties.map(([name, colour]) => `  --${name}: ${colour};`);
  return `/* Written by \`npm run theme:print\` from src/components/theme.ts and map-styles.ts: edit those, not this. */\n:root {\n${lines.join('\n')}\n}\n`;
}
