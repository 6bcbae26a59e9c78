import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// A worker thread on a module of this package. Built, the module is the JavaScript beside this
// one. Run from the TypeScript sources (this package's own tests), the worker first registers
// loader hooks that give it the sources through TypeScript's transpiler (a development
// dependency), so that the tests run the very code a built store runs in its worker.

const fromSources = import.meta.url.endsWith('.ts');

function hooks(typescript: string): string {
  return `
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const ts = createRequire(${JSON.stringify(typescript)})('typescript');
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
}
export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}`;
}

const dataUrl = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;

/** Starts `module` (a name of this package's `src`, without extension) in a worker thread with `data`. */
export function startWorker(module: string, data: unknown): Worker {
  if (!fromSources) return new Worker(new URL(`./${module}.js`, import.meta.url), { workerData: data });
  const typescript = createRequire(import.meta.url).resolve('typescript');
  const entry = new URL(`./${module}.ts`, import.meta.url).href;
  const start = `import { register } from 'node:module';
register(${JSON.stringify(dataUrl(hooks(typescript)))});
await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(dataUrl(start)), { workerData: data });
}
