#!/usr/bin/env node
// The command line over lib/: TypeScript runs through tsx, so `npx jianbao` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
