import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const school = academieDemo.eple[0]?.uai as string;
const LIST = '{ trainers { id name fromWave trackIds unavailableWaves version } }';
const RECORD = `mutation($trainer: TrainerInput!, $version: Int) { recordTrainer(trainer: $trainer, version: $version) {
  __typename ... on MutationRecordTrainerSuccess { data { id name trackIds unavailableWaves version } }
  ... on InvalidInput { issues { field code message } } ... on Conflict { issues { field code message } } } }`;

describe('trainers through the API', () => {
  it('lists the trainers with their tracks and availability; names for the académie only', async () => {
    const list = await demo.gql(LIST, {}, 'committee');
    expect(list.errors).toBeUndefined();
    // The demo's volunteers: the 20 of V1, V2 and V4, then those of V6 and V7 who joined later.
    const volunteers = academieDemo.training.trainers.length;
    expect(volunteers).toBeGreaterThan(20);
    expect(list.data.trainers.map((t: any) => t.id)).toEqual(academieDemo.training.trainers.map((t) => t.id));
    expect(list.data.trainers[0]).toEqual({
      id: 'F01',
      name: 'Formateur 01',
      fromWave: 'V1',
      trackIds: ['AC', 'AC-AG', 'SC-FP', 'SG'],
      unavailableWaves: [],
      version: 1,
    });
    const schoolView = await demo.gql(LIST, {}, 'eple', [school]);
    expect(schoolView.data.trainers.map((t: any) => t.name)).toEqual(Array(volunteers).fill(null));
    expect((await demo.gql(LIST, {})).errors?.[0]?.message).toMatch(/not authorized/i);
  });

  it('records and changes a trainer (SI2C, admin), naming bad fields and stale versions', async () => {
    const trainer = { id: 'F21', name: 'Formatrice 21', fromWave: 'V4', trackIds: ['SG'] };
    for (const role of ['drasi', 'committee', 'eple'] as const) {
      const refused = await demo.gql(RECORD, { trainer }, role, [school]);
      expect(refused.errors?.[0]?.message).toMatch(/not authorized/i);
    }
    const added = await demo.gql(RECORD, { trainer }, 'si2c');
    expect(added.data.recordTrainer).toEqual({
      __typename: 'MutationRecordTrainerSuccess',
      data: { id: 'F21', name: 'Formatrice 21', trackIds: ['SG'], unavailableWaves: [], version: 1 },
    });
    const changed = await demo.gql(
      RECORD,
      { trainer: { ...trainer, trackIds: ['SG', 'AC'], unavailableWaves: ['V8'] }, version: 1 },
      'admin',
    );
    expect(changed.data.recordTrainer.data).toMatchObject({ unavailableWaves: ['V8'], version: 2 });
    const stale = await demo.gql(RECORD, { trainer, version: 1 }, 'si2c');
    expect(stale.data.recordTrainer).toMatchObject({ __typename: 'Conflict' });
    const bad = await demo.gql(RECORD, { trainer: { ...trainer, id: 'F22', trackIds: ['ORD'] } }, 'si2c');
    expect(bad.data.recordTrainer.__typename).toBe('InvalidInput');
    expect(bad.data.recordTrainer.issues[0]).toMatchObject({ field: 'trainer.trackIds[0]' });
    expect(bad.data.recordTrainer.issues[0].message).toContain('not taught in groups');
  });
});
