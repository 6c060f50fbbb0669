#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so it works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../rules/cli.ts');
const stdin = async () => {
  if (process.stdin.isTTY) return '';
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};
process.exitCode = await main(process.argv.slice(2), {
  stdin,
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
});
