import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareSchemas, formatChanges } from './schema-diff.js';

// `pnpm schema:diff [--fail-on-breaking] [--all]`: the committed schema against the last
// release's; safe changes beyond 20 are counted unless --all.
// The last release is, in this order:
// 1. the newest tag @opale/api@<version> (changesets tags private packages only when asked to);
// 2. else the newest commit that changed the version in package.json: `changeset version`
//    bumps it when a release is cut, so that commit is the release;
// 3. else nothing was released yet: the schema as first committed stands for it, so that the
//    report still says what changed since the API began.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: packageDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
const at = (rev: string, path: string) => {
  try {
    return git('show', `${rev}:./${path}`);
  } catch {
    return undefined;
  }
};
const versionAt = (rev: string) => {
  const text = at(rev, 'package.json');
  return text === undefined ? undefined : (JSON.parse(text) as { version?: string }).version;
};

interface Baseline {
  readonly rev: string;
  readonly why: string;
}

function lastRelease(): Baseline | undefined {
  const tag = git('tag', '--list', '@opale/api@*', '--sort=-v:refname').split('\n')[0];
  if (tag) return { rev: tag, why: `tag ${tag}` };
  const touching = git('log', '--format=%H', '-G', '"version"', '--', 'package.json').split('\n');
  for (const rev of touching.filter(Boolean)) {
    const [before, after] = [versionAt(`${rev}^`), versionAt(rev)];
    if (before !== undefined && after !== undefined && before !== after)
      return { rev, why: `version ${after} (commit ${rev.slice(0, 9)}, from ${before})` };
  }
  const first = git('log', '--format=%H', '--diff-filter=A', '--', 'schema.graphql').split('\n').at(-1);
  return first
    ? { rev: first, why: `no release yet: the schema as first committed (${first.slice(0, 9)})` }
    : undefined;
}

async function main(): Promise<number> {
  const failOnBreaking = process.argv.includes('--fail-on-breaking');
  const current = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  let baseline: Baseline | undefined;
  try {
    baseline = lastRelease();
  } catch (error) {
    console.log(`schema diff: no git history to compare with (${(error as Error).message.split('\n')[0]})`);
    return 0;
  }
  const released = baseline && at(baseline.rev, 'schema.graphql');
  if (!baseline || released === undefined) {
    console.log('schema diff: no released schema to compare with');
    return 0;
  }
  const changes = await compareSchemas(released, current);
  console.log(
    `schema.graphql against the last release — ${baseline.why}\n${formatChanges(changes, process.argv.includes('--all') ? undefined : 20)}`,
  );
  if (changes.breaking.length > 0 && failOnBreaking) {
    console.error(`${changes.breaking.length} breaking change(s): a major version, or keep the old fields`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
