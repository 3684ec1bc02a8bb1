// npm run docs:contract: writes the contract tables of docs/gegevens.md from the declarations.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { werkContractBij } from '../lib/contract/docs.ts';

const file = fileURLToPath(new URL('../../docs/gegevens.md', import.meta.url));
const oud = readFileSync(file, 'utf8');
const nieuw = werkContractBij(oud);
if (nieuw !== oud) writeFileSync(file, nieuw);
console.log(nieuw === oud ? 'docs/gegevens.md is al bij.' : 'docs/gegevens.md bijgewerkt.');
