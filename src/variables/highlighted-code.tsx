/** The preview's code with token colours; loaded only when a file is previewed. */
import { useMemo } from 'react';
import { languageOf, tokenizeCode } from './code-tokens';

/** Beyond this, colouring costs more than it helps: the rest is shown plain. */
const HIGHLIGHT_LIMIT = 60_000;

export default function HighlightedCode({ path, text }: { path: string; text: string }) {
  const tokens = useMemo(() => {
    const head = text.slice(0, HIGHLIGHT_LIMIT);
    return [...tokenizeCode(head, languageOf(path)), { text: text.slice(HIGHLIGHT_LIMIT) }];
  }, [path, text]);
  return (
    <code>
      {tokens.map((token, index) =>
        token.kind ? (
          <span key={index} className={`code-token code-token--${token.kind}`}>
            {token.text}
          </span>
        ) : (
          token.text
        ),
      )}
    </code>
  );
}
