import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_STANDINGS } from './budget-standing.js';
import { datasetArb, isoDayArb } from './dataset-arb.fixture.js';
import { difficultyOfWave } from './difficulty.js';
import { type EpleFilter, listEples } from './eple-list.js';
import { epleStanding } from './eple-standing.js';
import { KIT_BUCKETS } from './kit-bucket.js';
import { committeeReport } from './report.js';
import { staffCountsOf, trainersOf, trainingAsOf, trainingGroupsOf } from './training-lists.js';

// Every figure of the report is the size of the list `listEples` (or the training lists) gives
// for it, on the same records and the same day: one rule decides membership.
describe('the lists behind the report’s figures', () => {
  it('hold exactly as many records as each figure, on any records and any day', () => {
    fc.assert(
      fc.property(datasetArb, isoDayArb, (dataset, asOf) => {
        const report = committeeReport(dataset, { asOf });
        if (!report.ok) throw new Error(JSON.stringify(report.errors));
        const standing = epleStanding(dataset, asOf);
        const scores = new Map(report.value.difficulty.eple.map((d) => [d.uai, d.score]));
        const list = (filter: EpleFilter) =>
          listEples(dataset.eple, { filter, order: 'uai', ...standing, difficultyScores: scores }).map(
            (e) => e.uai,
          );
        for (const w of report.value.waves) {
          const waveId = w.id;
          expect(list({ waveId })).toHaveLength(w.counts.attachedCount);
          expect(list({ waveId })).toHaveLength(w.budget.total);
          for (const bucket of KIT_BUCKETS) {
            expect(list({ waveId, kitBucket: bucket })).toEqual(w.kit.epleByBucket[bucket]);
            expect(list({ waveId, kitBucket: bucket })).toHaveLength(w.kit.buckets[bucket]);
          }
          for (const budget of BUDGET_STANDINGS) {
            const figure =
              budget === 'executoire' ? w.budget.executoire : w.budget.total - w.budget.executoire;
            expect(list({ waveId, budget })).toHaveLength(figure);
          }
          expect(list({ waveId, budget: 'pending' })).toEqual(w.budget.pending);
          expect(list({ waveId, budget: 'executoire' })).toEqual(w.budget.executoireEple);
          const difficulty = difficultyOfWave(report.value.difficulty.eple, waveId);
          expect(list({ waveId, inDifficulty: true }).sort()).toEqual(difficulty.map((d) => d.uai).sort());
        }
        expect(list({ inDifficulty: true })).toHaveLength(report.value.difficulty.eple.length);
        // The training lists read the records planned by the report's day, as its figures do.
        const training = trainingAsOf(dataset.training, asOf);
        for (const t of report.value.training) {
          expect(t.asOf).toBe(asOf);
          expect(trainingGroupsOf(training, t.waveId)).toHaveLength(t.totals.groups);
          expect(trainersOf(training, t.waveId)).toHaveLength(t.totals.trainers);
          for (const track of t.tracks) {
            const groups = trainingGroupsOf(training, t.waveId, track.trackId);
            expect(groups).toHaveLength(track.groups);
            const seated = groups.reduce((n, g) => n + g.size, 0);
            const counted = staffCountsOf(training, t.waveId, track.trackId).reduce((n, s) => n + s.count, 0);
            expect(track.staff).toBe(track.grouped && groups.length > 0 ? seated : counted);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
