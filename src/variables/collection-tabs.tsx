import type { TokenModel } from '../tokens/model';

/** One tab per collection that has variables, with its count. */
export function CollectionTabs({
  model,
  currentId,
  onSelect,
}: {
  model: TokenModel;
  currentId: string;
  onSelect: (id: string) => void;
}) {
  return (
    <div role="tablist" aria-label="Collections" className="collection-tabs">
      {model.collections
        .filter((c) => model.tokens.some((t) => t.collectionId === c.id))
        .map((c) => (
          <button
            key={c.id}
            role="tab"
            type="button"
            aria-selected={c.id === currentId}
            className="collection-tab"
            onClick={() => onSelect(c.id)}
          >
            {c.name}{' '}
            <span className="collection-tab__count">
              {model.tokens.filter((t) => t.collectionId === c.id).length}
            </span>
          </button>
        ))}
    </div>
  );
}
