#!/usr/bin/env node
import { createProgram, runProgram, UserError } from '@opale/store/cli';
import { signToken } from './auth.js';
import { ROLES, type Role } from './caller.js';
import { demoSecret } from './demo/secret.js';

// The `opale` command of the store, with the API's own: tokens for the demo set-up.
const program = createProgram();
program
  .command('token')
  .description('print a token for the demo set-up (signed with ./data/jwt-secret, or OPALE_JWT_SECRET)')
  .requiredOption('--role <role>', ROLES.join(', '))
  .option('--uai <uai...>', 'for the eple role: the schools the user belongs to')
  .option('--subject <name>', 'who the token is for', 'demo')
  .action(async (opts: { role: string; uai?: string[]; subject: string }) => {
    if (!ROLES.includes(opts.role as Role))
      throw new UserError(`--role: expected one of ${ROLES.join(', ')}, got ${opts.role}`, 2);
    if (opts.role === 'eple' && !opts.uai?.length)
      throw new UserError('--uai: an eple token names at least one school', 2);
    const secret = process.env.OPALE_JWT_SECRET ?? demoSecret();
    process.stdout.write(
      `${await signToken(secret, { role: opts.role as Role, subject: opts.subject, uais: opts.uai })}\n`,
    );
  });
await runProgram(program);
