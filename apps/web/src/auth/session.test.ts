import { describe, expect, it } from 'vitest';
import { fakeToken } from '../test-utils';
import { canChangeTicket, canReadReport, canRecordFollowUp, canRecordKitAction } from './permissions';
import { sessionFromToken } from './session';

describe('sessions from tokens', () => {
  it('reads the role and the schools of a school user', () => {
    expect(sessionFromToken(fakeToken('eple', ['0801234X']))).toMatchObject({
      role: 'eple',
      uais: ['0801234X'],
    });
  });

  it('refuses an expired token, an unknown role and what is not a JWT', () => {
    expect(sessionFromToken(fakeToken('si2c'), 4102444800)).toBeNull();
    expect(sessionFromToken(fakeToken('si2c').replace(/^[^.]+\.[^.]+/, 'a.e30'))).toBeNull();
    expect(sessionFromToken('not a token')).toBeNull();
  });
});

describe('what each role may do', () => {
  it('lets SI2C and DRASI change only their own team’s tickets, admins any', () => {
    expect(canChangeTicket('si2c', 'SI2C')).toBe(true);
    expect(canChangeTicket('si2c', 'DRASI')).toBe(false);
    expect(canChangeTicket('drasi', 'DRASI')).toBe(true);
    expect(canChangeTicket('admin', 'DRASI')).toBe(true);
    expect(canChangeTicket('committee', 'SI2C')).toBe(false);
    expect(canChangeTicket('eple', 'SI2C')).toBe(false);
  });

  it('keeps the report from school users and follow-ups to the teams', () => {
    expect(canReadReport('committee')).toBe(true);
    expect(canReadReport('eple')).toBe(false);
    expect(canRecordFollowUp('drasi')).toBe(true);
    expect(canRecordFollowUp('committee')).toBe(false);
    expect(canRecordKitAction('eple')).toBe(true);
    expect(canRecordKitAction('drasi')).toBe(false);
  });
});
