// Every built HTML page of both test sites is valid under html-validate's recommended
// preset (configuration: .htmlvalidate.json at the repository root).
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { ROOT, SITES, type SiteName } from '../helpers/paths.ts';
import { htmlBestanden } from './paginas.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

function regel(bestand: string, m: Message): string {
  return `${relative(ROOT, bestand)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

describe.each(Object.keys(SITES) as SiteName[])('html-validate: %s', (naam) => {
  const root = SITES[naam].out;

  it('gebruikt de configuratie van het project (html-validate:recommended)', async () => {
    // The recommended preset is in force: a few of its rules are on as errors.
    const regels = (await validator.getConfigFor(`${root}/index.html`)).getRules();
    for (const regel of ['no-inline-style', 'long-title', 'wcag/h32', 'no-redundant-role', 'prefer-native-element']) {
      expect(regels.get(regel)?.[0], regel).toBe(2);
    }
  });

  it('elke gebouwde HTML-pagina is zonder fouten', async () => {
    const bestanden = htmlBestanden(root);
    expect(bestanden.length).toBeGreaterThan(10);
    const fouten: string[] = [];
    for (const bestand of bestanden) {
      const report = await validator.validateFile(bestand);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) fouten.push(regel(bestand, m));
      }
    }
    expect(fouten, `html-validate vond ${fouten.length} fouten:\n${fouten.join('\n')}`).toEqual([]);
  });
});
