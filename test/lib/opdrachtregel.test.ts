// The command-line grammar the quarterly commands share (src/lib/opdrachtregel.ts).
import { describe, expect, it } from 'vitest';
import { leesOpties } from '../../src/lib/opdrachtregel.ts';

describe('leesOpties', () => {
  it('leest een waarde na de optie en na =, en houdt de rest apart', () => {
    expect(leesOpties(['2026-Q3', '--uit', 'a.pdf'], ['uit'])).toEqual({ ok: true, waarden: { uit: 'a.pdf' }, overig: ['2026-Q3'] });
    expect(leesOpties(['--uit=a b.pdf', '3e kwartaal 2026'], ['uit'])).toEqual({ ok: true, waarden: { uit: 'a b.pdf' }, overig: ['3e kwartaal 2026'] });
  });

  it('een optie zonder waarde, met een lege waarde of met de volgende optie als waarde heeft geen waarde', () => {
    for (const args of [['--datum'], ['--datum='], ['--datum', '  '], ['--datum', '--herzien', 'x']]) {
      expect(leesOpties(args, ['datum', 'herzien']), args.join(' ')).toEqual({ ok: false, zonderWaarde: 'datum' });
    }
  });

  it('noemt de eerste onbekende optie, ook een die met een bekende naam begint', () => {
    expect(leesOpties(['2026-Q3', '--uitvoer', 'x'], ['uit'])).toEqual({ ok: false, onbekend: '--uitvoer' });
    expect(leesOpties(['-h'], ['uit'])).toEqual({ ok: false, onbekend: '-h' });
  });
});
