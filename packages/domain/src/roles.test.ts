import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  can,
  canChangeTicket,
  canReachEple,
  isRole,
  isScopedToOwnSchools,
  PERMISSIONS,
  ROLES,
  type Role,
  teamOfRole,
} from './roles.js';

const Y = true;
const N = false;

// The matrix the API enforces: one row an action; the columns read admin, si2c, drasi, committee, eple.
const EXPECTED: Record<Action, readonly [boolean, boolean, boolean, boolean, boolean]> = {
  readReport: [Y, Y, Y, Y, N],
  readTrainerNames: [Y, Y, Y, Y, N],
  openTicket: [Y, Y, Y, N, Y],
  changeTicket: [Y, Y, Y, N, N],
  recordKitAction: [Y, Y, N, N, Y],
  recordBudgetExecutoire: [Y, Y, N, N, N],
  recordFollowUp: [Y, Y, Y, N, N],
  planTraining: [Y, Y, N, N, N],
  recordTrainer: [Y, Y, N, N, N],
  recordMilestone: [Y, N, Y, N, N],
  recordRestitutionAlert: [Y, Y, N, N, N],
  recordResource: [Y, N, N, N, N],
  readItopSync: [Y, N, N, N, N],
  retryItopOutbox: [Y, N, N, N, N],
  setDifficultyRule: [Y, N, N, N, N],
  manageScenarios: [Y, Y, Y, N, N],
  applyScenarioToRecords: [Y, N, N, N, N],
};

const cells = ACTIONS.flatMap((action) =>
  ROLES.map((role, i) => [action, role, EXPECTED[action][i] as boolean] as const),
);

describe('who may do what', () => {
  it('lists the roles in the order of the matrix', () => {
    expect(ROLES).toEqual(['admin', 'si2c', 'drasi', 'committee', 'eple']);
  });

  it('has a row for every action and no other', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(cells)('%s, as %s: %s', (action, role, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('lets the committee change nothing', () => {
    expect(ACTIONS.filter((a) => can('committee', a))).toEqual(['readReport', 'readTrainerNames']);
  });
});

describe('canChangeTicket', () => {
  const TEAMS = ['SI2C', 'DRASI', null, undefined] as const;
  // Columns: a ticket in the hands of SI2C, of DRASI, of no known team.
  const EXPECTED_BY_TEAM: Record<Role, readonly [boolean, boolean, boolean, boolean]> = {
    admin: [Y, Y, Y, Y],
    si2c: [Y, N, N, N],
    drasi: [N, Y, N, N],
    committee: [N, N, N, N],
    eple: [N, N, N, N],
  };
  const rows = ROLES.flatMap((role) =>
    TEAMS.map((team, i) => [role, team, EXPECTED_BY_TEAM[role][i] as boolean] as const),
  );

  it.each(rows)('as %s, a ticket of %s: %s', (role, team, allowed) => {
    expect(canChangeTicket(role, team)).toBe(allowed);
  });

  it('names the team of the assistance roles only', () => {
    expect(ROLES.map(teamOfRole)).toEqual([null, 'SI2C', 'DRASI', null, null]);
  });
});

describe('the schools a role reaches', () => {
  const MINE = '0801234X';
  const THEIRS = '0020001A';

  it('keeps school users to their own schools', () => {
    expect(ROLES.filter(isScopedToOwnSchools)).toEqual(['eple']);
    expect(canReachEple('eple', [MINE], MINE)).toBe(true);
    expect(canReachEple('eple', [MINE], THEIRS)).toBe(false);
    expect(canReachEple('eple', [MINE], undefined)).toBe(false);
    expect(canReachEple('eple', [], MINE)).toBe(false);
  });

  it('lets the other roles reach every school, and records without one', () => {
    for (const role of ROLES.filter((r) => r !== 'eple')) {
      expect(canReachEple(role, [], THEIRS)).toBe(true);
      expect(canReachEple(role, [], undefined)).toBe(true);
    }
  });
});

describe('isRole', () => {
  it('knows the roles and nothing else', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const other of ['Admin', 'reader', '', null, undefined, 1]) expect(isRole(other)).toBe(false);
  });
});
