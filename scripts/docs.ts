import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedBlocks } from './reference';

/** `npm run docs`: rewrites the README's generated blocks (function reference, validator rules) from the code. */
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withGeneratedBlocks(readme));
console.log('README.md generated blocks updated');
