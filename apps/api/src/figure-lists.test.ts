import { academieDemo } from '@opale/sample-data';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';
import { loadExamples } from './examples.js';

// Every figure of the report that counts EPLE opens onto the EPLE it counts, as of the same day,
// and the list holds exactly as many as the figure; the `eples` query with the figure's filters
// gives the same list. The training counts open onto their groups and trainers.
let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

interface Figure {
  figure: number;
  asOf: string;
  wave: string | null;
  kitBucket: string | null;
  budget: string | null;
  inDifficulty: boolean | null;
  eples: { totalCount: number };
}
interface Report {
  inDifficulty: Figure;
  waves: {
    id: string;
    attached: Figure;
    kit: { figures: Figure[] };
    budget: { figures: Figure[] };
    inDifficulty: Figure;
  }[];
  training: {
    waveId: string;
    totals: { groups: number; trainers: number };
    groupList: { totalCount: number };
    trainerIds: string[];
  }[];
}

const report = async (
  asOf: string,
  role: 'committee' | 'eple' = 'committee',
  uais?: string[],
): Promise<Report> => {
  const example = loadExamples().find((e) => e.name === 'figure-lists');
  const answer = await demo.gql(example?.query as string, { asOf }, role, uais);
  expect(answer.errors).toBeUndefined();
  return answer.data.committeeReport;
};
const figuresOf = (r: Report): Figure[] => [
  r.inDifficulty,
  ...r.waves.flatMap((w) => [w.attached, ...w.kit.figures, ...w.budget.figures, w.inDifficulty]),
];
const LIST = `query($asOf: Date, $wave: String, $kitBucket: KitBucket, $budget: BudgetStanding, $inDifficulty: Boolean) {
  eples(asOf: $asOf, wave: $wave, kitBucket: $kitBucket, budget: $budget, inDifficulty: $inDifficulty, first: 1) { totalCount }
}`;
const listed = async (f: Figure) => {
  const { asOf, wave, kitBucket, budget, inDifficulty } = f;
  const answer = await demo.gql(LIST, { asOf, wave, kitBucket, budget, inDifficulty }, 'committee');
  expect(answer.errors).toBeUndefined();
  return answer.data.eples.totalCount as number;
};
const MINE = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;
const where = (f: Figure) => `${f.asOf} ${f.wave} ${f.kitBucket} ${f.budget} ${f.inDifficulty}`;

describe('the lists behind the report’s figures', () => {
  it('as of 22/01/2024: V6 has 16, 30 and 15 EPLE by kit bucket and 50 budgets exécutoires out of 61, each the size of its list', async () => {
    const r = await report('2024-01-22');
    const v6 = r.waves.find((w) => w.id === 'V6');
    expect(v6?.kit.figures.map((f) => [f.kitBucket, f.figure])).toEqual([
      ['below10', 16],
      ['from10To30', 30],
      ['above30', 15],
    ]);
    expect(v6?.budget.figures.map((f) => [f.budget, f.figure])).toEqual([
      ['executoire', 50],
      ['pending', 11],
    ]);
    expect(v6?.attached.figure).toBe(61);
    for (const f of figuresOf(r)) {
      expect(f.eples.totalCount, where(f)).toBe(f.figure);
      expect(await listed(f), where(f)).toBe(f.figure);
    }
    expect(r.training.length).toBeGreaterThan(0);
    for (const t of r.training) {
      expect(t.groupList.totalCount).toBe(t.totals.groups);
      expect(t.trainerIds).toHaveLength(t.totals.trainers);
    }
  });

  it('on any day, every figure is the size of its list, by the figure and by the eples query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date('2023-06-01'), max: new Date('2025-06-30'), noInvalidDate: true }),
        async (day) => {
          const asOf = day.toISOString().slice(0, 10);
          for (const f of figuresOf(await report(asOf))) {
            expect(f.asOf).toBe(asOf);
            expect(f.eples.totalCount, where(f)).toBe(f.figure);
            expect(await listed(f), where(f)).toBe(f.figure);
          }
        },
      ),
      { numRuns: 6 },
    );
  });

  it('lists on the training page as many groups as each track’s figure, and as many trainers as the total', async () => {
    const summary = await demo.gql(
      '{ training(wave: "V6") { summary { tracks { trackId groups } totals { groups trainers } } groups { id } trainers { id } } }',
      {},
      'committee',
    );
    const { tracks, totals } = summary.data.training.summary;
    expect(summary.data.training.groups).toHaveLength(totals.groups);
    expect(summary.data.training.trainers).toHaveLength(totals.trainers);
    expect(totals.groups).toBeGreaterThan(0);
    for (const track of tracks as { trackId: string; groups: number }[]) {
      const groups = await demo.gql(
        'query($track: String) { training(wave: "V6") { groups(track: $track) { id } } }',
        { track: track.trackId },
        'committee',
      );
      expect(groups.data.training.groups, track.trackId).toHaveLength(track.groups);
    }
  });

  it('shows a school user only their own EPLE behind a figure', async () => {
    const answer = await demo.gql(
      '{ waves(asOf: "2024-01-22") { id kit { figures { figure eples(first: 100) { totalCount edges { node { uai } } } } } } }',
      {},
      'eple',
      [MINE],
    );
    expect(answer.errors).toBeUndefined();
    const uais = answer.data.waves.flatMap(
      (w: { kit: { figures: { eples: { edges: { node: { uai: string } }[] } }[] } }) =>
        w.kit.figures.flatMap((f) => f.eples.edges.map((e) => e.node.uai)),
    );
    // The school is in exactly one bucket of its wave.
    expect(uais).toEqual([MINE]);
  });

  it('refuses a kit bucket or a budget standing it does not know, naming the argument', async () => {
    const answer = await demo.gql('{ eples(kitBucket: below5) { totalCount } }', {}, 'committee');
    expect(answer.errors?.[0]?.message).toMatch(/below5/);
  });
});
