// `npm run nieuw-kwartaal -- 2026-Q4`: prepare the next quarter as a concept (see
// src/lib/kwartaal-voorbereiden.ts). Refuses with one Dutch line and writes nothing when the
// region has errors, the quarter file exists, or the quarter is not the next one.
import { printProblems, readOptionsFromEnv, regioFromEnv } from './common.ts';
import { readRegion } from '../lib/read-region.ts';
import { hasErrors } from '../lib/problems.ts';
import { parseKwartaal } from '../lib/quarters.ts';
import { melding, type Melding } from '../lib/meldingen/index.ts';
import { NIETS_GESCHREVEN } from '../lib/meldingen/soort.ts';
import { bytesVoorPlan, planKwartaal, schrijf, schrijfFout, verslag } from '../lib/kwartaal-voorbereiden.ts';

const nietsGeschreven = (m: Melding) => `${m.message} ${NIETS_GESCHREVEN}`;

function weiger(regel: string): never {
  process.stderr.write(`${regel}\n`);
  process.exit(1);
}

const argument = process.argv.slice(2).join(' ').trim();
if (argument === '') weiger(melding('nieuw-kwartaal.geen-kwartaal').message);
const kwartaal = parseKwartaal(argument);
if (!kwartaal.ok) weiger(nietsGeschreven(melding('nieuw-kwartaal.kwartaal-onleesbaar', { reden: kwartaal.melding.message })));

const dir = regioFromEnv();
// The data as the check reads them. Not the model: a region's very first quarter has no
// quarter file yet, which the model (rightly) refuses to show.
const { data, problems } = readRegion(dir, readOptionsFromEnv());
if (hasErrors(problems)) {
  printProblems(problems.filter((p) => p.severity === 'fout'));
  weiger(nietsGeschreven(melding('nieuw-kwartaal.regio-fouten')));
}
const plan = planKwartaal(dir, data, kwartaal.value);
if ('weigering' in plan) weiger(plan.weigering);
const bestanden = bytesVoorPlan(dir, plan);
if ('weigering' in bestanden) weiger(bestanden.weigering);
try {
  schrijf(dir, bestanden);
} catch (error) {
  weiger(schrijfFout(error));
}
process.stdout.write(`Kwartaal ${plan.kwartaal} is voorbereid als concept:\n`);
for (const regel of verslag(plan, bestanden)) process.stdout.write(`${regel}\n`);
process.stdout.write('Vul de regels in, draai npm run check en bekijk het concept met npm run dev. Zonder vastgesteld wordt het kwartaal niet gepubliceerd.\n');
