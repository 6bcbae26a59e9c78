import type { ServerResponse } from 'node:http';

export { type FakeItop, fakeItop } from '../itop/fake-server.js';

/** Answers with `value` as JSON (a string as it is) and `status`. */
export function json(status: number, value: unknown): (res: ServerResponse) => void {
  return (res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof value === 'string' ? value : JSON.stringify(value));
  };
}

/** Rows of an iTop CSV export as iTop's core/get answers them: objects keyed by class::id. */
export function answerOf(rows: Record<string, string>[]) {
  const objects = Object.fromEntries(
    rows.map((fields, i) => [
      `UserRequest::${i + 1}`,
      { code: 0, message: '', class: 'UserRequest', key: String(i + 1), fields },
    ]),
  );
  return { objects, code: 0, message: `Found: ${rows.length}` };
}
