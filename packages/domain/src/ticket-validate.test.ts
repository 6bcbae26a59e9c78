import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTicket } from './ticket-validate.js';
import { makeUai } from './uai.js';

const uai = makeUai('0801234');
const valid = {
  ref: 'R-012345',
  channel: 'itop',
  service: 'op@le',
  title: 'DRASI - Accès impossible au bac à sable',
  openedOn: '2023-10-02',
  uai,
  team: 'DRASI',
  requester: { lastName: 'Martin', firstName: 'Claire', function: 'gestionnaire' },
  environment: 'sandbox',
  sphere: 'gestionnaire',
  operations: 'Connexion au bac à sable',
  screenshots: 1,
  errorMessage: 'Accès refusé',
  history: [
    { kind: 'requalified', on: '2023-10-02', to: 'SI2C', by: 'équipe DRASI' },
    { kind: 'escalated', on: '2023-10-04', to: 'c2s-montpellier' },
    { kind: 'returned', on: '2023-10-09', to: 'SI2C' },
    { kind: 'resolved', on: '2023-10-09' },
    { kind: 'reopened', on: '2023-10-20' },
    { kind: 'resolved', on: '2023-10-21' },
  ],
};

function errorsOf(input: unknown): { field: string; code: string }[] {
  const result = validateTicket(input);
  if (result.ok) return [];
  return result.errors.map(({ field, code }) => ({ field, code }));
}

function withEvent(index: number, event: unknown) {
  const history: unknown[] = [...valid.history];
  history[index] = event;
  return { ...valid, history };
}

describe('validateTicket', () => {
  it('accepts a valid ticket and gives back the same record', () => {
    expect(validateTicket(valid)).toEqual({ ok: true, value: valid });
  });

  it('normalises: trims texts, upper-cases the UAI, drops unknown keys', () => {
    const result = validateTicket({
      ...valid,
      ref: ' R-1 ',
      title: ' SI2C x ',
      uai: ` ${uai.toLowerCase()} `,
      extra: 1,
    });
    expect(result.ok && result.value).toMatchObject({ ref: 'R-1', title: 'SI2C x', uai });
    expect(result.ok && 'extra' in result.value).toBe(false);
  });

  it('accepts a minimal ticket, taking the team from the title', () => {
    const minimal = { ref: 'M-1', channel: 'phone', title: '[si2c] appel', openedOn: '2023-09-04' };
    expect(validateTicket(minimal)).toEqual({ ok: true, value: { ...minimal, team: 'SI2C', history: [] } });
    expect(validateTicket({ ...minimal, uai: null, screenshots: null, environment: null }).ok).toBe(true);
  });

  it('takes the count of the screenshots from their names', () => {
    const named = {
      ...valid,
      screenshots: undefined,
      screenshotNames: [' capture-acces.png ', 'detail.png'],
    };
    const result = validateTicket(named);
    expect(result.ok && result.value).toMatchObject({
      screenshots: 2,
      screenshotNames: ['capture-acces.png', 'detail.png'],
    });
    expect(validateTicket({ ...named, screenshots: 2 }).ok).toBe(true);
  });

  it('refuses a count the names contradict, and bad names, naming each field', () => {
    expect(errorsOf({ ...valid, screenshots: 3, screenshotNames: ['a.png'] })).toEqual([
      { field: 'ticket.screenshots', code: 'inconsistent' },
    ]);
    expect(errorsOf({ ...valid, screenshotNames: ['a.png', ''] })).toEqual([
      { field: 'ticket.screenshotNames[1]', code: 'required' },
    ]);
    expect(errorsOf({ ...valid, screenshotNames: 'a.png' })).toEqual([
      { field: 'ticket.screenshotNames', code: 'invalid_format' },
    ]);
  });

  it.each([null, undefined, 42, 'R-1', true, [], [valid]])('rejects %j as a whole', (input) => {
    expect(errorsOf(input)).toEqual([{ field: 'ticket', code: 'invalid_format' }]);
  });

  it('names fields under the given path', () => {
    expect(validateTicket({ ...valid, ref: '' }, 'tickets[7]')).toMatchObject({
      ok: false,
      errors: [{ field: 'tickets[7].ref', code: 'required' }],
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing ref', { ref: undefined }, 'ticket.ref', 'required'],
    ['a blank ref', { ref: '  ' }, 'ticket.ref', 'required'],
    ['a numeric ref', { ref: 12 }, 'ticket.ref', 'required'],
    ['an unknown channel', { channel: 'fax' }, 'ticket.channel', 'invalid_format'],
    ['a missing channel', { channel: undefined }, 'ticket.channel', 'required'],
    ['a service that is not a text', { service: 3 }, 'ticket.service', 'invalid_format'],
    ['a missing title', { title: undefined }, 'ticket.title', 'required'],
    ['a title that is not a text', { title: ['SI2C'] }, 'ticket.title', 'required'],
    ['a bad opening date', { openedOn: '2023-02-30' }, 'ticket.openedOn', 'invalid_date'],
    ['a missing opening date', { openedOn: undefined }, 'ticket.openedOn', 'invalid_date'],
    ['an opening date as an object', { openedOn: { y: 2023 } }, 'ticket.openedOn', 'invalid_date'],
    ['a UAI with a wrong letter', { uai: '0801234Z' }, 'ticket.uai', 'invalid_check_letter'],
    ['a malformed UAI', { uai: '080123' }, 'ticket.uai', 'invalid_format'],
    ['a numeric UAI', { uai: 801234 }, 'ticket.uai', 'required'],
    ['an unknown team', { team: 'DSI' }, 'ticket.team', 'invalid_format'],
    ['no team and no prefix', { team: undefined, title: 'Accès impossible' }, 'ticket.team', 'required'],
    ['a requester that is not an object', { requester: 'Martin' }, 'ticket.requester', 'invalid_format'],
    [
      'a requester name that is not a text',
      { requester: { lastName: 1 } },
      'ticket.requester.lastName',
      'invalid_format',
    ],
    ['an unknown environment', { environment: 'fm1' }, 'ticket.environment', 'invalid_format'],
    ['an unknown sphere', { sphere: 'comptable' }, 'ticket.sphere', 'invalid_format'],
    ['operations that are not a text', { operations: {} }, 'ticket.operations', 'invalid_format'],
    ['an error message that is not a text', { errorMessage: false }, 'ticket.errorMessage', 'invalid_format'],
    ['negative screenshots', { screenshots: -1 }, 'ticket.screenshots', 'out_of_range'],
    ['fractional screenshots', { screenshots: 1.5 }, 'ticket.screenshots', 'invalid_format'],
    ['screenshots as a text', { screenshots: '2' }, 'ticket.screenshots', 'invalid_format'],
    ['a history that is not a list', { history: 'none' }, 'ticket.history', 'invalid_format'],
    ['a null history', { history: null }, 'ticket.history', 'invalid_format'],
  ])('rejects %s', (_, patch, field, code) => {
    expect(errorsOf({ ...valid, ...patch })).toEqual([{ field, code }]);
  });

  it.each<[string, number, unknown, string, string]>([
    ['an event that is not an object', 1, 'escalated', 'ticket.history[1]', 'invalid_format'],
    ['an unknown event', 0, { kind: 'closed', on: '2023-10-02' }, 'ticket.history[0].kind', 'invalid_format'],
    ['an event without kind', 0, { on: '2023-10-02', to: 'SI2C' }, 'ticket.history[0].kind', 'required'],
    [
      'a bad event date',
      0,
      { kind: 'requalified', on: '02/10/2023', to: 'SI2C' },
      'ticket.history[0].on',
      'invalid_date',
    ],
    [
      'an event before the opening',
      0,
      { kind: 'requalified', on: '2023-10-01', to: 'SI2C' },
      'ticket.history[0].on',
      'inconsistent',
    ],
    [
      'an event before the previous one',
      2,
      { kind: 'returned', on: '2023-10-03', to: 'SI2C' },
      'ticket.history[2].on',
      'inconsistent',
    ],
    [
      'a requalification to an unknown team',
      0,
      { kind: 'requalified', on: '2023-10-02', to: 'DAF' },
      'ticket.history[0].to',
      'invalid_format',
    ],
    [
      'an escalation to an unknown service',
      1,
      { kind: 'escalated', on: '2023-10-04', to: 'rectorat' },
      'ticket.history[1].to',
      'invalid_format',
    ],
    [
      'a return to a national service',
      2,
      { kind: 'returned', on: '2023-10-09', to: 'daf' },
      'ticket.history[2].to',
      'invalid_format',
    ],
    [
      'an author that is not a text',
      0,
      { kind: 'requalified', on: '2023-10-02', to: 'SI2C', by: 7 },
      'ticket.history[0].by',
      'invalid_format',
    ],
    [
      'a second escalation',
      2,
      { kind: 'escalated', on: '2023-10-09', to: 'integrator' },
      'ticket.history[2].kind',
      'rule_violation',
    ],
    [
      'a return without escalation',
      1,
      { kind: 'returned', on: '2023-10-04', to: 'SI2C' },
      'ticket.history[1].kind',
      'rule_violation',
    ],
    [
      'a resolution of a resolved ticket',
      4,
      { kind: 'resolved', on: '2023-10-20' },
      'ticket.history[4].kind',
      'rule_violation',
    ],
    [
      'a reopening of an open ticket',
      3,
      { kind: 'reopened', on: '2023-10-09' },
      'ticket.history[3].kind',
      'rule_violation',
    ],
  ])('rejects %s in the history', (_, index, event, field, code) => {
    expect(errorsOf(withEvent(index, event))).toContainEqual({ field, code });
  });

  it('says what was expected in each message', () => {
    const result = validateTicket({ ...valid, history: [{ kind: 'reopened', on: '2023-10-03' }] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.message).toBe(
        'ticket.history[0].kind: only a resolved ticket can be reopened',
      );
  });

  it('reports every error at once', () => {
    expect(errorsOf({ ...valid, ref: '', channel: 'fax', screenshots: -2 })).toHaveLength(3);
  });

  it('never throws, even on odd objects', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const throwing = {
      toJSON() {
        throw new Error('boom');
      },
    };
    for (const odd of [Object.create(null), circular, throwing, new Date(0), new Map(), () => 1]) {
      expect(() => validateTicket(odd)).not.toThrow();
      expect(() =>
        validateTicket({ ...valid, openedOn: odd, uai: odd, history: [odd, { kind: 'resolved', on: odd }] }),
      ).not.toThrow();
    }
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(validateTicket(x).ok).toBe(false);
      }),
    );
    const fieldArb = fc.oneof(fc.anything(), fc.constantFrom('itop', 'SI2C', '2023-10-02', uai, 'resolved'));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(valid), 'kind', 'on', 'to'), fieldArb),
        (patch) => {
          const result = validateTicket({ ...valid, ...patch, history: [patch, ...valid.history] });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});
