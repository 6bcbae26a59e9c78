#!/usr/bin/env node
import { isRole, ROLES } from '@opale/domain';
import { createProgram, runProgram, UserError } from '@opale/store/cli';
import { signToken } from './auth.js';
import { demoSecret } from './demo/secret.js';
import { registerSeedCommands } from './demo/seed-commands.js';

// The `opale` command: the store's, with the API's own for the demo set-up: seeding and tokens.
const program = createProgram();
registerSeedCommands(program);
program
  .command('token')
  .description('print a token for the demo set-up (signed with ./data/jwt-secret, or OPALE_JWT_SECRET)')
  .requiredOption('--role <role>', ROLES.join(', '))
  .option('--uai <uai...>', 'for the eple role: the schools the user belongs to')
  .option('--subject <name>', 'who the token is for', 'demo')
  .action(async (opts: { role: string; uai?: string[]; subject: string }) => {
    if (!isRole(opts.role))
      throw new UserError(`--role: expected one of ${ROLES.join(', ')}, got ${opts.role}`, 2);
    if (opts.role === 'eple' && !opts.uai?.length)
      throw new UserError('--uai: an eple token names at least one school', 2);
    const secret = process.env.OPALE_JWT_SECRET || demoSecret();
    process.stdout.write(
      `${await signToken(secret, { role: opts.role, subject: opts.subject, uais: opts.uai })}\n`,
    );
  });
await runProgram(program);
