/** How to make the token Tokenport needs, with GitHub's own page one click away. */
export const TOKEN_PAGE = 'https://github.com/settings/personal-access-tokens/new';

export function TokenHelp() {
  return (
    <details className="gh-help">
      <summary>How to create a fine-grained token</summary>
      <ol>
        <li>
          Open{' '}
          <a href={TOKEN_PAGE} target="_blank" rel="noreferrer">
            GitHub → Settings → Developer settings → Fine-grained tokens → Generate new token
          </a>
          .
        </li>
        <li>Resource owner: the account or organisation that owns the repository.</li>
        <li>Repository access: Only select repositories → the tokens repository.</li>
        <li>
          Repository permissions: <strong>Contents</strong> Read and write, and{' '}
          <strong>Pull requests</strong> Read and write (Metadata: Read-only is added for you).
        </li>
        <li>Generate, copy the token (it starts with github_pat_) and paste it here.</li>
      </ol>
      <p>
        Tokenport keeps the token in this tab only: never in your account, the URL or logs. Sign-out
        or closing the tab forgets it.
      </p>
    </details>
  );
}
