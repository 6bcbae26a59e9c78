// The API reference of @opale/domain: `pnpm docs` writes it to docs/ (git-ignored), from the
// TSDoc of what src/index.ts exports. A broken link or an exported name that refers to one left
// unexported fails the build.
/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: '@opale/domain',
  entryPoints: ['src/index.ts'],
  tsconfig: 'tsconfig.build.json',
  out: 'docs',
  readme: 'README.md',
  includeVersion: true,
  // The repository's public address is not settled, so no page links to one; the sources ship
  // in the package (src/) instead.
  disableSources: true,
  treatWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false },
  // Helpers that exported functions name without being part of the API: a FieldReader is what
  // knownUai reads from inside a validator, a MutablePosition the writable TicketPosition that
  // replayTicket fills and hot loops reuse.
  intentionallyNotExported: ['FieldReader', 'MutablePosition'],
};
