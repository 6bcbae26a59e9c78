/** The program and the output of a README section: its `ts` blocks in order, and its `text` block. */
export interface Walkthrough {
  readonly code: string;
  readonly output: string;
}

/**
 * Reads the walk-through of a README: the section under `heading` (up to the next `## `), whose
 * TypeScript blocks make one program and whose one `text` block is what that program prints.
 */
export function readmeWalkthrough(readme: string, heading: string): Walkthrough {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`the README has no section "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)];
  const code = blocks.filter((b) => b[1] === 'ts').map((b) => b[2]);
  const output = blocks.filter((b) => b[1] === 'text').map((b) => b[2]);
  if (code.length === 0 || output.length !== 1) {
    throw new Error(
      `"## ${heading}": expected ts blocks and one text block, got ${code.length} and ${output.length}`,
    );
  }
  return { code: code.join('\n'), output: output[0] as string };
}
