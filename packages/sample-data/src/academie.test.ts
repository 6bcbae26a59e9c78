import { isIsoDate, parseUai, validateDataset } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { academieDemo, DEMO_AS_OF, defaultKitActions } from './index.js';

const { waves, eple, tickets, kit, budgets } = academieDemo;
const waveById = new Map(waves.map((w) => [w.id, w]));
const epleByUai = new Map(eple.map((e) => [e.uai, e]));

describe('academieDemo records', () => {
  it('pass the domain validation, references and histories included', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(academieDemo)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('attaches the slide-given EPLE to each wave', () => {
    const counts = Object.fromEntries(waves.map((w) => [w.id, eple.filter((e) => e.waveId === w.id).length]));
    expect(counts).toEqual({ V1: 1, V2: 6, V3: 0, V4: 9, V5: 6, V6: 61, V7: 28, V8: 144, V9: 40 });
    expect(waves.map((w) => [w.id, w.switchDate, w.plannedCount])).toEqual([
      ['V1', '2021-01-01', 1],
      ['V2', '2022-01-01', 6],
      ['V3', '2022-09-01', 0],
      ['V4', '2023-01-01', 9],
      ['V5', '2023-09-01', 5],
      ['V6', '2024-01-01', 61],
      ['V7', '2024-09-01', 28],
      ['V8', '2025-01-01', 144],
      ['V9', '2025-09-01', null],
    ]);
  });

  it('keeps the V5 slide: five collèges and the Lycée du Vimeu, its own agence', () => {
    const v5 = eple.filter((e) => e.waveId === 'V5');
    expect(v5.map((e) => e.name)).toContain('Lycée du Vimeu');
    const vimeu = v5.find((e) => e.name === 'Lycée du Vimeu');
    expect(vimeu?.agenceUai).toBe(vimeu?.uai);
    const agences = v5.filter((e) => e.kind === 'college').map((e) => epleByUai.get(e.agenceUai)?.name);
    expect(agences).toEqual([
      'LP C. Noël',
      'LGT P. de la Ramée',
      'LP Le Corbusier',
      'LGT Boucher de Perthes',
      'LP La Hotoie',
    ]);
  });

  it('has valid, unique UAI by département, and unique ticket references', () => {
    for (const e of eple) {
      expect(parseUai(e.uai)).toEqual({ ok: true, value: e.uai });
      expect(parseUai(e.agenceUai).ok).toBe(true);
      expect(['02', '60', '80']).toContain(e.departement);
      expect(e.uai.slice(0, 3)).toBe(`0${e.departement}`);
    }
    expect(new Set(eple.map((e) => e.uai)).size).toBe(eple.length);
    expect(new Set(tickets.map((t) => t.ref)).size).toBe(tickets.length);
  });

  it('names an existing agence for every EPLE, and breaks the agence rule exactly once', () => {
    for (const e of eple) expect(epleByUai.has(e.agenceUai)).toBe(true);
    const breaking = eple.filter((e) => {
      const agence = epleByUai.get(e.agenceUai);
      return (
        agence && (waveById.get(e.waveId)?.switchDate ?? '') < (waveById.get(agence.waveId)?.switchDate ?? '')
      );
    });
    expect(breaking.map((e) => [e.waveId, epleByUai.get(e.agenceUai)?.waveId])).toEqual([['V8', 'V9']]);
  });

  it('dates every record with a real day, never before the EPLE exists in op@le', () => {
    for (const w of waves)
      for (const m of w.milestones)
        expect(isIsoDate(m.dueOn) && (m.doneOn === undefined || isIsoDate(m.doneOn))).toBe(true);
    for (const e of eple) expect(isIsoDate(e.createdOn)).toBe(true);
    for (const b of budgets) expect(b.executoireOn >= (epleByUai.get(b.uai)?.createdOn ?? '9999')).toBe(true);
    for (const ev of kit.events) expect(ev.on >= (epleByUai.get(ev.uai)?.createdOn ?? '9999')).toBe(true);
    for (const t of tickets) {
      expect(isIsoDate(t.openedOn)).toBe(true);
      expect(t.openedOn >= (epleByUai.get(t.uai ?? '')?.createdOn ?? '9999')).toBe(true);
      let last = t.openedOn;
      for (const ev of t.history) {
        expect(ev.on >= last).toBe(true);
        last = ev.on;
      }
    }
  });

  it('ships a kit of 40 actions, 10 per actor', () => {
    expect(defaultKitActions).toHaveLength(40);
    const perActor = new Map<string, number>();
    for (const a of defaultKitActions) perActor.set(a.actor, (perActor.get(a.actor) ?? 0) + 1);
    expect(Object.fromEntries(perActor)).toEqual({
      'chef-etablissement': 10,
      'agent-comptable': 10,
      'fonde-de-pouvoir': 10,
      adsi: 10,
    });
    expect(new Set(defaultKitActions.map((a) => a.id)).size).toBe(40);
  });

  it('keeps tickets outside the committee table: last year, other channels, after the committee', () => {
    // Up to the spring of 2024; the later waves' tickets come after (see later.test.ts).
    const spring = tickets.filter((t) => t.openedOn <= '2024-03-31');
    const itop = spring.filter((t) => t.channel === 'itop');
    expect(itop.filter((t) => t.openedOn < '2023-09-01')).toHaveLength(40);
    expect(itop.filter((t) => t.openedOn > DEMO_AS_OF)).toHaveLength(30);
    expect(spring.filter((t) => t.channel !== 'itop')).toHaveLength(25);
    // Every ticket of then is about an EPLE of a wave switched by the committee.
    for (const t of spring)
      expect(['V1', 'V2', 'V4', 'V5', 'V6']).toContain(epleByUai.get(t.uai ?? '')?.waveId);
  });

  it('shows a late milestone on the committee day', () => {
    const late = waves.flatMap((w) =>
      w.milestones
        .filter((m) => m.dueOn < DEMO_AS_OF && (m.doneOn === undefined || m.doneOn > DEMO_AS_OF))
        .map(() => w.id),
    );
    expect(late).toEqual(['V7']);
  });
});
