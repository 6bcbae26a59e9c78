import type { Plugin } from 'graphql-yoga';

/**
 * A GET's `variables` and `extensions` must be JSON: yoga parses them unguarded and answers 500
 * to `?variables={`; this answers 400, naming the parameter, before yoga reads them.
 */
export const jsonUrlParams: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    for (const name of ['variables', 'extensions']) {
      const raw = url.searchParams.get(name);
      if (raw === null) continue;
      try {
        JSON.parse(raw);
      } catch {
        const message = `${name}: expected a JSON object in the URL`;
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
            {
              status: 400,
              headers: { 'content-type': 'application/json; charset=utf-8' },
            },
          ),
        );
        return;
      }
    }
  },
};
