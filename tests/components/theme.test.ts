import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_STYLES, MAP_PAINT, MARK_COLORS, RELATION_STYLES } from '../../src/components/map/map-styles';
import { PAGE_PAINT, themeCss } from '../../src/components/theme';

const hexes = (text: string) => new Set([...text.matchAll(/#[0-9a-f]{3,8}\b/gi)].map(([hex]) => hex.toLowerCase()));

describe('the theme', () => {
  it('matches src/app/theme.css (run `npm run theme:print` after changing a colour)', () => {
    expect(readFileSync('src/app/theme.css', 'utf8')).toBe(themeCss());
  });

  it('gives every kind its map colour as a CSS variable', () => {
    expect(themeCss()).toContain(`--kind-RedFlag: ${KIND_STYLES.RedFlag.color};`);
    expect(themeCss()).toContain(`--ink: ${MAP_PAINT.ink};`);
  });

  it('leaves no colour in any stylesheet that the style tables define', () => {
    const tables = [...Object.values(KIND_STYLES), ...Object.values(RELATION_STYLES)].map((style) => style.color);
    const defined = hexes([...tables, ...Object.values(MARK_COLORS), ...Object.values(MAP_PAINT), ...Object.values(PAGE_PAINT)].join(' '));
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css') && !file.endsWith('theme.css'))
      .map((file) => `src/${file}`);
    expect(sheets).toEqual(expect.arrayContaining(['src/app/globals.css', 'src/components/teaching/presenter.css']));
    for (const sheet of sheets) {
      const written = hexes(readFileSync(sheet, 'utf8').replace(/#fff\b/gi, '#ffffff'));
      expect([...written].filter((hex) => defined.has(hex)), sheet).toEqual([]);
    }
  });

  it('has one ink and one urgent red', () => {
    expect(MARK_COLORS.focus).toBe(MAP_PAINT.ink);
    expect(new Set([MARK_COLORS.urgent, KIND_STYLES.RedFlag.color, RELATION_STYLES.SUGGESTS.color]).size).toBe(1);
  });
});
