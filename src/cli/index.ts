/** Entry point for `bin/tokenport.js`: wires the CLI to the real process. */
import { runCli } from './main.ts';

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).catch((error: unknown) => {
  // A bug, not a user mistake: one line by default; the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `tokenport: unexpected error: ${message.split('\n')[0]}${process.env.TOKENPORT_DEBUG ? `\n${error instanceof Error ? error.stack : ''}` : ' (set TOKENPORT_DEBUG=1 for details)'}\n`,
  );
  return 1;
});
process.exitCode = code;
