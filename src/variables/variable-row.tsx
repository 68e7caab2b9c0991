import { memo } from 'react';
import type { FloatType, Literal, ModelCollection, ModelToken, TokenModel } from '../tokens/model';
import { FLOAT_TYPES, TYPE_LABELS } from './type-labels';
import { ValueView, valueText } from './value-view';

/** The name cell: the Figma name, its type (editable for numbers), and optionally scopes. */
function NameCell({
  token,
  showDetails,
  onTypeChange,
}: {
  token: ModelToken;
  showDetails: boolean;
  onTypeChange: (id: string, type: FloatType) => void;
}) {
  return (
    <div className="var-name" role="rowheader">
      <span className="var-name__text">{token.name}</span>
      <span className="var-name__meta">
        {token.resolvedType === 'FLOAT' ? (
          <label>
            <span className="visually-hidden">Type of {token.name}</span>
            <select
              value={token.type}
              title={`Inferred from ${token.typeReason}`}
              onChange={(event) => onTypeChange(token.id, event.target.value as FloatType)}
              className="var-type-select"
            >
              {FLOAT_TYPES.map((option) => (
                <option key={option} value={option}>
                  {TYPE_LABELS[option]}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span>{TYPE_LABELS[token.type]}</span>
        )}
        {token.hiddenFromPublishing && <span className="ui-badge">hidden</span>}
      </span>
      {showDetails && (
        <span className="var-details">
          scopes: {token.scopes.join(', ') || 'none'}
          {Object.entries(token.codeSyntax).map(
            ([platform, code]) => ` · ${platform}: ${String(code)}`,
          )}
        </span>
      )}
    </div>
  );
}

/**
 * One variable across the collection's modes. Value cells truncate; hovering shows the full value
 * as a tooltip and focusing a cell (Tab) unfolds it in place, and the row grows to fit.
 * Memoised: the table re-renders on every scroll step and every row measurement, and a row that
 * only moved must not render its cells again.
 */
export const VariableRowCells = memo(function VariableRowCells({
  model,
  collection,
  token,
  resolve,
  showDetails,
  onTypeChange,
}: {
  model: TokenModel;
  collection: ModelCollection;
  token: ModelToken;
  resolve: ((token: ModelToken, modeId: string) => Literal | undefined) | undefined;
  showDetails: boolean;
  onTypeChange: (id: string, type: FloatType) => void;
}) {
  return (
    <>
      <NameCell token={token} showDetails={showDetails} onTypeChange={onTypeChange} />
      {collection.modes.map((mode) => {
        const value = token.values[mode.id];
        const resolved = resolve?.(token, mode.id);
        const text = valueText(model, token, value, resolved);
        return (
          <div
            key={mode.id}
            role="cell"
            className="var-cell"
            // Focusable so keyboard users can unfold a truncated value, as hover does.
            tabIndex={0}
            title={text}
            aria-label={`${mode.name}: ${text}`}
          >
            <span className="var-cell__mode" aria-hidden="true">
              {mode.name}
            </span>
            <ValueView model={model} token={token} value={value} resolved={resolved} />
          </div>
        );
      })}
    </>
  );
});
