import type { ConfigProblem } from '../config';

/** Shown instead of the app when VITE_* settings are wrong: names the variable and the fix. */
export function ConfigErrorScreen({ problems }: { problems: readonly ConfigProblem[] }) {
  return (
    <main id="main" className="config-error">
      <h1>Tokenport is not configured correctly</h1>
      <p>Fix these settings in your environment (or .env.local) and rebuild:</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.variable}:${problem.message}`}>
            <code>{problem.variable}</code> {problem.message}
            {problem.value !== undefined && (
              <>
                {' '}
                (got <code>{problem.value}</code>)
              </>
            )}
          </li>
        ))}
      </ul>
      <p>See “Connect a real Appwrite project” in the README.</p>
    </main>
  );
}
