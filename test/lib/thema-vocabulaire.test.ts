// The theme vocabulary is the one list of themes and their words; docs/gegevens.md says the same.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEMAS, THEMA_VOCABULAIRE, themaKeuzes, themaLabel, themaLabels, themaTabelMarkdown } from '../../src/lib/thema-vocabulaire.ts';
import { ROOT } from '../helpers/paths.ts';

describe('the theme vocabulary', () => {
  it('has the themes of DATA.md in its order, each with a word that is not its slug where the slug has a hyphen', () => {
    expect(THEMAS).toEqual([
      'werven', 'matchen', 'opleiden', 'begeleiden', 'professionaliseren', 'samen-opleiden', 'starters', 'invalpool',
      'aansluiting', 'loket', 'governance', 'monitoring', 'sectoroverstijgend', 'peer-review', 'speciaal-onderwijs', 'tekortvakken',
    ]);
    for (const t of THEMA_VOCABULAIRE) {
      expect(t.label).not.toMatch(/-/);
      expect(t.omschrijving).toMatch(/^[A-Z].*\.$/);
    }
    expect(new Set(THEMA_VOCABULAIRE.map((t) => t.label)).size).toBe(THEMAS.length);
  });

  it('gives the word of a fixed theme and shows a region’s own theme as written', () => {
    expect(themaLabel('samen-opleiden')).toBe('samen opleiden');
    expect(themaLabel('peer-review')).toBe('peer review');
    expect(themaLabel('zij-instroom')).toBe('zij-instroom');
    expect(themaLabels(['werven', 'speciaal-onderwijs'])).toEqual(['werven', 'speciaal onderwijs']);
  });

  it('offers the used themes as filter choices: fixed ones in table order, then own ones alphabetically', () => {
    expect(themaKeuzes(['zij-instroom', 'tekortvakken', 'werven', 'innovatie', 'werven'])).toEqual([
      { slug: 'werven', label: 'werven' },
      { slug: 'tekortvakken', label: 'tekortvakken' },
      { slug: 'innovatie', label: 'innovatie' },
      { slug: 'zij-instroom', label: 'zij-instroom' },
    ]);
  });

  it('is listed in docs/gegevens.md as generated from the table', () => {
    const docs = readFileSync(join(ROOT, 'docs/gegevens.md'), 'utf8');
    const m = /<!-- themas:begin[^>]*-->\n([\s\S]*?)\n<!-- themas:eind -->/.exec(docs);
    expect(m?.[1]).toBe(themaTabelMarkdown());
  });
});
