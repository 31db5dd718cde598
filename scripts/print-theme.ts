import { writeFileSync } from 'node:fs';
import { themeCss } from '../src/components/theme';

/** Writes the page's colour variables from the style tables (a test fails when they differ). */
writeFileSync('src/app/theme.css', themeCss());
console.log('Wrote src/app/theme.css');
