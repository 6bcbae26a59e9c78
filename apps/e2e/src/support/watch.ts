import type { BrowserContext } from 'playwright-core';

export interface Watcher {
  /** Everything that went wrong in the context's pages, once the pending answers are read. */
  problems(): Promise<string[]>;
}

/**
 * Records what a user would not see but must not happen: console errors, uncaught exceptions,
 * requests that failed or answered 4xx/5xx, and GraphQL answers that carry errors.
 */
export function watch(context: BrowserContext): Watcher {
  const found: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error')
      found.push(`console error on ${message.page()?.url()}: ${message.text()}`);
  });
  context.on('weberror', (error) =>
    found.push(`uncaught on ${error.page()?.url()}: ${error.error().message}`),
  );
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Aborted is the browser's word for a request given up on this side: a query urql drops when
    // its variables change (the date does), an icon still loading when the test reloads the page.
    // What the server or the network fails has other codes.
    if (error === 'net::ERR_ABORTED') return;
    found.push(`failed request ${request.method()} ${request.url()}: ${error}`);
  });
  context.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400) {
      found.push(`HTTP ${response.status()} for ${request.method()} ${response.url()}`);
    } else if (response.status() === 200 && new URL(response.url()).pathname === '/graphql') {
      // A query comes by GET (named by its hash, its operation in the URL), a mutation by POST.
      const operation =
        request.method() === 'GET'
          ? new URL(response.url()).searchParams.get('operationName')
          : (request.postDataJSON() as { operationName?: string } | null)?.operationName;
      pending.push(
        response.json().then(
          (body: { errors?: { message: string }[] }) => {
            if (body.errors?.length) {
              found.push(`GraphQL errors in ${operation}: ${body.errors.map((e) => e.message).join('; ')}`);
            }
          },
          () => undefined,
        ),
      );
    }
  });
  return {
    async problems() {
      await Promise.all(pending);
      return found;
    },
  };
}
