import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getConfig } from '../config';
import { rememberedExtraScopes } from './extra-scopes';
import { parseOAuthFailure } from './oauth-failure';
import { safeNextPath } from './safe-next-path';
import { requestedScopes, startFigmaSignIn } from './session';
import { Button } from '../ui/button';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import './sign-in-page.css';

const SCOPE_WORDS: Record<string, string> = {
  'current_user:read': 'your name, email and avatar',
  'file_content:read': 'the contents of files you can open',
  'file_metadata:read': 'file names and details',
  'projects:read': 'your teams’ projects and their files',
  'folders:read': 'your teams’ folders and their files',
  'file_variables:read': 'variables (Enterprise plans)',
  'file_variables:write': 'changes to variables, only when you apply them',
};

export function SignInPage() {
  const [params] = useSearchParams();
  const [leaving, setLeaving] = useState(false);
  const next = safeNextPath(params.get('next'), window.location.origin);
  // Never from the URL: a link must not choose what Tokenport asks Figma for.
  const extraScopes = rememberedExtraScopes();
  const scopes = requestedScopes(extraScopes);
  const failure = parseOAuthFailure(params.get('error'), scopes);
  const config = getConfig();

  function signIn() {
    setLeaving(true);
    startFigmaSignIn({ next, extraScopes });
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <p className="sign-in__mark" aria-hidden="true">
          <Icon name="figma" /> Tokenport
        </p>
        <h1 className="sign-in__title">Sign in to Tokenport</h1>
        <p className="sign-in__lede">
          Browse your Figma files and turn their variables into design tokens and code.
        </p>

        {failure && (
          <Callout tone="danger" title={failure.title}>
            <p>{failure.advice}</p>
            {failure.detail && <p className="sign-in__detail">Details: {failure.detail}</p>}
          </Callout>
        )}

        <Button
          variant="primary"
          size="lg"
          onClick={signIn}
          loading={leaving}
          icon={<Icon name="figma" />}
        >
          Sign in with Figma
        </Button>

        <section className="sign-in__scopes" aria-labelledby="scopes-heading">
          <h2 id="scopes-heading">Tokenport will ask Figma to read</h2>
          <ul>
            {scopes.map((scope) => (
              <li key={scope}>
                {SCOPE_WORDS[scope] ?? scope} <code>{scope}</code>
              </li>
            ))}
          </ul>
          <p className="sign-in__fine">
            Your Figma token stays in this tab’s memory only and is never stored or logged.
          </p>
        </section>

        {config.isEmulator && (
          <Callout tone="info" title="Demo mode">
            <p>
              This Tokenport runs against the bundled emulator. On the next screen, pick a demo user
              — Ada has an Enterprise seat, Grace a Professional plan.
            </p>
          </Callout>
        )}
      </div>
    </main>
  );
}
