// npm run docs:meldingen: writes section 3 of docs/foutmeldingen.md from the message catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { werkMeldingenBij } from '../lib/meldingen/index.ts';

const file = fileURLToPath(new URL('../../docs/foutmeldingen.md', import.meta.url));
const oud = readFileSync(file, 'utf8');
const nieuw = werkMeldingenBij(oud);
if (nieuw !== oud) writeFileSync(file, nieuw);
console.log(nieuw === oud ? 'docs/foutmeldingen.md is al bij.' : 'docs/foutmeldingen.md bijgewerkt.');
