/** `npm run emulator`: the Appwrite + Figma emulator on its own, until Ctrl-C. */
import { startEmulator } from './server';
import { DEMO_GITHUB_TOKENS } from './github-state';

const emulator = await startEmulator({
  appwritePort: Number(process.env.EMULATOR_APPWRITE_PORT ?? 8787),
  figmaPort: Number(process.env.EMULATOR_FIGMA_PORT ?? 8788),
  githubPort: Number(process.env.EMULATOR_GITHUB_PORT ?? 8789),
});

console.log(`
Tokenport emulator
  Appwrite endpoint  ${emulator.appwriteEndpoint}  (project ${emulator.projectId})
  Figma API          ${emulator.figmaApiBase}
  GitHub API         ${emulator.githubApiBase}  (control: ${emulator.githubApiBase}/__emulator/; demo repository acme/design-tokens, folder design-tokens)
  Control API        ${emulator.appwriteOrigin}/__emulator/  (reset, stats, faults, tokens/expire, tokens/revoke)

Demo users (choose one on the Figma consent page):
${emulator.demoUsers.map((user) => `  ${user.key.padEnd(6)} ${user.handle.padEnd(14)} ${user.description}`).join('\n')}
GitHub tokens (paste one on a file's Tokens tab → Connect a repository):
  ${DEMO_GITHUB_TOKENS.write}      contents + pull requests: read and write
  ${DEMO_GITHUB_TOKENS.readOnly}          read only (writes answer 403)
Demo team URL: https://www.figma.com/files/team/1100000000000000001/Acme-Design
`);

async function stop() {
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
