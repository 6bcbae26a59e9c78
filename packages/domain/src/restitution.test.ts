import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import {
  isRestitutionAlertActive,
  type RestitutionAlert,
  restitutionAlertId,
  validateRestitutionAlert,
} from './restitution.js';
import { listRestitutionAlerts, restitutionAlertAsOf } from './restitution-list.js';

const dataset = fixtureDataset();
const eple = new Set(dataset.eple.map((e) => e.uai));
// The fixture's cleared alert: raised on 10/01/2024, cleared on 15/01/2024.
const alert = dataset.restitutions[1] as RestitutionAlert;

describe('a restitution alert', () => {
  it('is checked field by field, naming what was expected', () => {
    const r = validateRestitutionAlert(
      {
        uai: uai.calm,
        on: '10/01/2024',
        report: '',
        severity: 'grave',
        message: 'x',
        clearedOn: '2024-01-09',
      },
      { eple },
    );
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['restitution.on', 'restitution.report', 'restitution.severity']),
    );
  });

  it('cannot be cleared before it was raised', () => {
    const r = validateRestitutionAlert({ ...alert, clearedOn: '2024-01-09' }, { eple });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['restitution.clearedOn']);
    expect(validateRestitutionAlert(alert, { eple })).toEqual({ ok: true, value: alert });
  });

  it('is known by its EPLE, the day it was raised and its restitution', () => {
    expect(restitutionAlertId(alert)).toBe(`${uai.calm}/2024-01-10/Situation des crédits`);
    const other: RestitutionAlert = { ...alert, message: 'autre', severity: 'critical' };
    expect(restitutionAlertId(other)).toBe(restitutionAlertId(alert));
    expect(restitutionAlertId({ ...alert, on: '2024-01-11' })).not.toBe(restitutionAlertId(alert));
  });

  it('is active from the day it is raised until the day before it is cleared', () => {
    expect(isRestitutionAlertActive(alert, '2024-01-09')).toBe(false);
    expect(isRestitutionAlertActive(alert, '2024-01-10')).toBe(true);
    expect(isRestitutionAlertActive(alert, '2024-01-14')).toBe(true);
    expect(isRestitutionAlertActive(alert, '2024-01-15')).toBe(false);
    const { clearedOn: _, ...open } = alert;
    expect(isRestitutionAlertActive(open, '2030-01-01')).toBe(true);
  });

  it('does not show, on a day, a clearing that came later', () => {
    expect(restitutionAlertAsOf(alert, '2024-01-12')).toMatchObject({ active: true, clearedOn: undefined });
    expect(restitutionAlertAsOf(alert, '2024-01-15')).toMatchObject({
      active: false,
      clearedOn: '2024-01-15',
    });
  });
});

describe('the list of restitution alerts', () => {
  const alerts = dataset.restitutions;
  const ids = (list: ReturnType<typeof listRestitutionAlerts>) => list.map((a) => a.alert.uai);

  it('holds the alerts raised by the day, the most recent first', () => {
    expect(ids(listRestitutionAlerts(alerts, dataset.eple, '2024-01-22'))).toEqual([uai.late, uai.calm]);
    expect(ids(listRestitutionAlerts(alerts, dataset.eple, '2024-01-12'))).toEqual([uai.calm]);
    expect(listRestitutionAlerts(alerts, dataset.eple, '2024-01-09')).toEqual([]);
  });

  it('keeps the active or the cleared ones as of the day', () => {
    expect(ids(listRestitutionAlerts(alerts, dataset.eple, '2024-01-22', { active: true }))).toEqual([
      uai.late,
    ]);
    expect(ids(listRestitutionAlerts(alerts, dataset.eple, '2024-01-22', { active: false }))).toEqual([
      uai.calm,
    ]);
    expect(ids(listRestitutionAlerts(alerts, dataset.eple, '2024-01-12', { active: true }))).toEqual([
      uai.calm,
    ]);
  });

  it('filters by severity, wave, EPLE and what the caller may see', () => {
    const list = (filter: Parameters<typeof listRestitutionAlerts>[3]) =>
      ids(listRestitutionAlerts(alerts, dataset.eple, '2024-01-22', filter));
    expect(list({ severity: 'critical' })).toEqual([uai.late]);
    const waveOfLate = dataset.eple.find((e) => e.uai === uai.late)?.waveId;
    expect(list({ waveId: waveOfLate })).toContain(uai.late);
    expect(list({ waveId: 'V9' })).toEqual([]);
    expect(list({ uai: uai.calm })).toEqual([uai.calm]);
    expect(list({ visible: (u) => u === uai.late })).toEqual([uai.late]);
  });

  it('agrees with the difficulty rule on which alerts are active', () => {
    const active = listRestitutionAlerts(alerts, dataset.eple, '2024-01-22', { active: true });
    expect(active.every((a) => isRestitutionAlertActive(a.alert, '2024-01-22'))).toBe(true);
  });
});
