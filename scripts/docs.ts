import { readFileSync, writeFileSync } from 'node:fs';
import { withFunctionReference } from './function-reference';

/** `npm run docs`: rewrites the README's function reference from the registry. */
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withFunctionReference(readme));
console.log('README.md function reference updated');
