import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CREDENTIALS, FAKE_TOKEN, type StatefulItop, statefulItop } from './fake-itop.js';
import { callItop, readItopAnswer } from './rest-call.js';

// The fake answers as iTop's webservices/rest.php does, code for code: what opale reads of each.
describe('the fake iTop', () => {
  let itop: StatefulItop;
  beforeAll(async () => {
    itop = await statefulItop();
  });
  afterAll(() => itop.close());

  const post = async (fields: Record<string, string>) => {
    const res = await fetch(itop.url, { method: 'POST', body: new URLSearchParams(fields) });
    return readItopAnswer(await res.text());
  };
  const get = JSON.stringify({ operation: 'core/get', class: 'UserRequest', key: 'SELECT UserRequest' });
  const full = {
    version: '1.3',
    ...{ auth_user: FAKE_CREDENTIALS.user, auth_pwd: FAKE_CREDENTIALS.password },
    json_data: get,
  };

  it.each([
    ['no auth_user', { ...full, auth_user: '' }, 5, "Error: Missing parameter 'auth_user'"],
    ['no auth_pwd', { ...full, auth_pwd: '' }, 6, "Error: Missing parameter 'auth_pwd'"],
    ['a wrong password', { ...full, auth_pwd: 'nope' }, 1, 'Error: Invalid login'],
    ['a wrong token', { version: '1.3', auth_token: 'nope', json_data: get }, 1, 'Error: Invalid login'],
    ['no version', { ...full, version: '' }, 2, "Error: Missing parameter 'version' (e.g. '1.0')"],
    [
      'no json_data',
      { version: '1.3', auth_user: full.auth_user, auth_pwd: full.auth_pwd },
      3,
      "Error: Missing parameter 'json_data",
    ],
    [
      'json_data that is not JSON',
      { ...full, json_data: '{' },
      4,
      'Error: Parameter json_data is not a valid JSON structure',
    ],
    [
      'an unknown version',
      { ...full, version: '9.9' },
      10,
      "Error: There is no service available for version '9.9'",
    ],
    [
      'an unknown operation',
      { ...full, json_data: JSON.stringify({ operation: 'core/explode' }) },
      11,
      "Error: Unknown verb 'core/explode' in version '1.3'",
    ],
    [
      'an unknown class',
      { ...full, json_data: JSON.stringify({ operation: 'core/get', class: 'Fridge', key: 1 }) },
      100,
      "Error: Unknown class 'Fridge'",
    ],
    [
      'an update of nothing',
      {
        ...full,
        json_data: JSON.stringify({ operation: 'core/update', class: 'UserRequest', key: 999, fields: {} }),
      },
      100,
      'Error: No item found with criteria: 999',
    ],
  ])('answers %s with code %i', async (_what, fields, code, message) => {
    const answer = await post(fields as Record<string, string>);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.code).toBe(code);
      expect(answer.reason).toContain(message);
    }
  });

  it('signs in with an application token (auth_token) instead of a user and password', async () => {
    const before = itop.forms.length;
    const answer = await callItop({ url: itop.url, token: FAKE_TOKEN, insecure: true }, JSON.parse(get));
    expect(answer.ok).toBe(true);
    expect([...(itop.forms[before] as URLSearchParams).keys()].sort()).toEqual([
      'auth_token',
      'json_data',
      'version',
    ]);
  });

  it('answers a search with no match as iTop does: code 0, "Found: 0", objects null', async () => {
    const res = await fetch(itop.url, { method: 'POST', body: new URLSearchParams(full) });
    expect(await res.json()).toEqual({ code: 0, message: 'Found: 0', objects: null });
  });
});
