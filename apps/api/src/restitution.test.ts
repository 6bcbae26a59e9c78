import { isRestitutionAlertActive } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const DAY = '2024-01-22';
const alerts = academieDemo.restitutions;
const alerted = alerts[0]?.uai as string;
const ofAlerted = alerts.filter((a) => a.uai === alerted);
const LIST = `query($asOf: Date, $active: Boolean, $severity: RestitutionSeverity, $wave: String) {
  restitutionAlerts(asOf: $asOf, active: $active, severity: $severity, wave: $wave, first: 100) {
    totalCount edges { node { id uai report severity on clearedOn active asOf } } } }`;
const ALERTS_OF = `query($uai: String!, $asOf: Date, $active: Boolean) {
  eple(uai: $uai) { restitutions(asOf: $asOf, active: $active) { report active clearedOn } difficulty(asOf: $asOf) { reasons { signal value message } } } }`;
const RECORD = `mutation($uai: String!, $on: Date) {
  recordRestitutionAlert(uai: $uai, report: "Balance générale", severity: critical, message: "Balance d'entrée non équilibrée", on: $on) {
    __typename ... on MutationRecordRestitutionAlertSuccess { data { id active } }
    ... on InvalidInput { issues { field code } } } }`;
const CLEAR = `mutation($uai: String!, $on: Date!, $clearedOn: Date) {
  clearRestitutionAlert(uai: $uai, report: "Balance générale", on: $on, clearedOn: $clearedOn) {
    __typename ... on MutationClearRestitutionAlertSuccess { data { active clearedOn } }
    ... on Conflict { issues { field code message } } ... on InvalidInput { issues { field code } } } }`;

describe('restitution alerts through the API', () => {
  it('lists the académie’s alerts as of a day, with their count and filters', async () => {
    const all = await demo.gql(LIST, { asOf: DAY }, 'committee');
    expect(all.errors).toBeUndefined();
    expect(all.data.restitutionAlerts.totalCount).toBe(alerts.filter((a) => a.on <= DAY).length);
    const active = await demo.gql(LIST, { asOf: DAY, active: true }, 'committee');
    expect(active.data.restitutionAlerts.totalCount).toBe(
      alerts.filter((a) => isRestitutionAlertActive(a, DAY)).length,
    );
    const critical = await demo.gql(LIST, { asOf: DAY, severity: 'critical', wave: 'V6' }, 'drasi');
    const severities = critical.data.restitutionAlerts.edges.map((e: any) => e.node.severity);
    const v6 = new Set(academieDemo.eple.filter((e) => e.waveId === 'V6').map((e) => e.uai));
    expect(severities.length).toBe(
      alerts.filter((a) => a.severity === 'critical' && a.on <= DAY && v6.has(a.uai)).length,
    );
    expect(new Set(severities)).toEqual(new Set(['critical']));
    expect((await demo.gql(LIST, { asOf: DAY, wave: 'V7' }, 'drasi')).data.restitutionAlerts.totalCount).toBe(
      0,
    );
  });

  it('shows a clearing from its day only: the list of a past day stays as it was', async () => {
    const cleared = alerts.find((a) => a.clearedOn !== undefined && a.clearedOn > DAY);
    const on = (asOf: string) =>
      demo
        .gql(LIST, { asOf }, 'si2c')
        .then((r) => r.data.restitutionAlerts.edges.find((e: any) => e.node.uai === cleared?.uai).node);
    expect(await on(DAY)).toMatchObject({ active: true, clearedOn: null, asOf: DAY });
    expect(await on(cleared?.clearedOn as string)).toMatchObject({
      active: false,
      clearedOn: cleared?.clearedOn,
    });
  });

  it('gives a school user their own schools’ alerts only', async () => {
    const own = await demo.gql(LIST, { asOf: DAY }, 'eple', [alerted]);
    expect(own.data.restitutionAlerts.edges.map((e: any) => e.node.uai)).toEqual(
      ofAlerted.map(() => alerted),
    );
    expect(
      (await demo.gql(ALERTS_OF, { uai: alerted, asOf: DAY }, 'eple', ['0021234F'])).data.eple,
    ).toBeNull();
  });

  it('gives an EPLE’s alerts and names them in the reasons of its difficulty', async () => {
    const answer = await demo.gql(ALERTS_OF, { uai: alerted, asOf: DAY, active: true }, 'si2c');
    const reports = answer.data.eple.restitutions.map((a: any) => a.report);
    expect(reports.sort()).toEqual(ofAlerted.map((a) => a.report).sort());
    const reason = answer.data.eple.difficulty.reasons.find((r: any) => r.signal === 'restitution-alerts');
    expect(reason.value).toBe(reports.length);
    for (const report of reports) expect(reason.message).toContain(report);
  });

  it('records an alert, then clears it once; a second clearing is a conflict', async () => {
    const uai = academieDemo.eple.find((e) => e.waveId === 'V6' && !alerts.some((a) => a.uai === e.uai))?.uai;
    const recorded = await demo.gql(RECORD, { uai, on: '2024-01-20' }, 'si2c');
    expect(recorded.data.recordRestitutionAlert).toEqual({
      __typename: 'MutationRecordRestitutionAlertSuccess',
      data: { id: `${uai}/2024-01-20/Balance générale`, active: true },
    });
    const reason = await demo.gql(ALERTS_OF, { uai, asOf: DAY }, 'si2c');
    expect(reason.data.eple.restitutions).toEqual([
      { report: 'Balance générale', active: true, clearedOn: null },
    ]);
    const early = await demo.gql(CLEAR, { uai, on: '2024-01-20', clearedOn: '2024-01-19' }, 'admin');
    expect(early.data.clearRestitutionAlert).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'restitution.clearedOn', code: 'inconsistent' }],
    });
    const clear = await demo.gql(CLEAR, { uai, on: '2024-01-20', clearedOn: '2024-01-21' }, 'admin');
    expect(clear.data.clearRestitutionAlert.data).toEqual({ active: false, clearedOn: '2024-01-21' });
    const again = await demo.gql(CLEAR, { uai, on: '2024-01-20', clearedOn: DAY }, 'si2c');
    expect(again.data.clearRestitutionAlert.__typename).toBe('Conflict');
    expect(again.data.clearRestitutionAlert.issues[0].message).toContain('2024-01-21');
    const bad = await demo.gql(RECORD, { uai: '0800055A' }, 'si2c');
    expect(bad.data.recordRestitutionAlert.issues).toEqual([
      { field: 'restitution.uai', code: 'unknown_reference' },
    ]);
  });
});
