import { committeeReport } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const report = (asOf: string) => {
  const r = committeeReport(academieDemo, { asOf });
  if (!r.ok) throw new Error('the demo report fails');
  return r.value;
};

describe('waves, agences and environments through the API', () => {
  it('gives every wave as of a day, to any signed-in user, school users included', async () => {
    const WAVES = `{ waves(asOf: "2024-01-22") { id switched counts { plannedCount attachedCount } budget { executoire total }
      lateMilestones { kind } milestones { kind state } } }`;
    const answer = await demo.gql(WAVES, {}, 'eple', [academieDemo.eple[0]?.uai as string]);
    expect(answer.errors).toBeUndefined();
    const waves = answer.data.waves;
    expect(waves.map((w: any) => w.id)).toEqual(academieDemo.waves.map((w) => w.id));
    const v6 = waves.find((w: any) => w.id === 'V6');
    expect(v6.counts.attachedCount).toBe(61);
    expect(v6.budget).toEqual({ executoire: 50, total: 61 });
    for (const [i, w] of report('2024-01-22').waves.entries()) {
      expect(waves[i].lateMilestones.map((m: any) => m.kind)).toEqual(
        w.milestones.filter((m) => m.state === 'late').map((m) => m.kind),
      );
    }
    expect((await demo.gql(WAVES, {})).errors?.[0]?.message).toMatch(/not authorized/i);
  });

  it('gives earlier figures for an earlier day', async () => {
    const at = async (asOf: string) =>
      (
        await demo.gql(
          'query($asOf: Date) { waves(asOf: $asOf) { id budget { executoire } } }',
          { asOf },
          'si2c',
        )
      ).data.waves.find((w: any) => w.id === 'V6').budget.executoire;
    expect(await at('2024-01-22')).toBe(50);
    expect(await at('2023-12-01')).toBe(
      report('2023-12-01').waves.find((w) => w.id === 'V6')?.budget.executoire,
    );
    expect(await at('2023-12-01')).toBeLessThan(50);
  });

  it('gives the agences comptables with their EPLE, to the académie’s teams only', async () => {
    const AGENCES = '{ agences(wave: "V6") { siegeUai siege { uai waveId } rattaches { uai } } }';
    const answer = await demo.gql(AGENCES, {}, 'drasi');
    expect(answer.errors).toBeUndefined();
    const sieges = new Set(academieDemo.eple.filter((e) => e.waveId === 'V6').map((e) => e.agenceUai));
    const v6Sieges = [...sieges].filter((u) => academieDemo.eple.find((e) => e.uai === u)?.waveId === 'V6');
    expect(answer.data.agences.map((a: any) => a.siegeUai).sort()).toEqual(v6Sieges.sort());
    for (const a of answer.data.agences) {
      expect(a.rattaches.map((r: any) => r.uai)).toEqual(
        academieDemo.eple
          .filter((e) => e.agenceUai === a.siegeUai && e.uai !== a.siegeUai)
          .map((e) => e.uai)
          .sort(),
      );
    }
    expect(
      (await demo.gql(AGENCES, {}, 'eple', [academieDemo.eple[0]?.uai as string])).errors?.[0]?.message,
    ).toMatch(/not authorized/i);
  });

  it('gives the sandbox and FM1 data dates of a day', async () => {
    const answer = await demo.gql('{ environments(day: "2024-01-24") { day sandbox fm1 } }', {}, 'eple', [
      academieDemo.eple[0]?.uai as string,
    ]);
    expect(answer.data.environments).toEqual({ day: '2024-01-24', sandbox: '2024-01-21', fm1: '2024-01-21' });
  });
});
