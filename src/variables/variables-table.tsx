import { useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FloatType, Literal, ModelCollection, ModelToken, TokenModel } from '../tokens/model';
import { VariableRowCells } from './variable-row';
import {
  rowSizeAfterFirstLayout,
  scrollRectAfterLayout,
  scrollUnlessNewAtTop,
} from './measure-after-layout';

/**
 * A row's usual height (name and type lines; on phones, where variables.css stacks the cells, one
 * line per mode too), so the first paint puts rows where they will stay; rows that differ are
 * corrected once measured.
 */
function estimatedRowHeight(modes: number): number {
  const stacked = window.matchMedia('(max-width: 640px)').matches;
  return stacked ? 64 + 24 * modes : 57;
}

/**
 * The virtualised variables table. Rows are measured, so they grow to their content (details,
 * unfolded values). Wide collections scroll sideways inside the table's own box; on phones the
 * rows stack (see variables.css), so the page itself never scrolls sideways.
 */
export function VariablesTable({
  model,
  collection,
  rows,
  resolve,
  showDetails,
  onTypeChange,
}: {
  model: TokenModel;
  collection: ModelCollection;
  rows: ModelToken[];
  resolve: ((token: ModelToken, modeId: string) => Literal | undefined) | undefined;
  showDetails: boolean;
  onTypeChange: (id: string, type: FloatType) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const modes = collection.modes.length;
  const estimate = useMemo(() => estimatedRowHeight(modes), [modes]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be called every render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan: 4,
    measureElement: rowSizeAfterFirstLayout,
    observeElementRect: scrollRectAfterLayout,
    scrollToFn: scrollUnlessNewAtTop,
    // Until the scroll box is measured: as wide as the window, as tall as its CSS allows at most.
    initialRect: { width: window.innerWidth, height: Math.min(window.innerHeight * 0.65, 640) },
  });
  const style = {
    '--var-columns': `minmax(12rem, 1.4fr) repeat(${modes}, minmax(10rem, 1fr))`,
    '--var-min-width': `calc(12rem + ${modes} * 10rem + ${modes} * var(--base-space-3) + 2 * var(--base-space-4))`,
  } as CSSProperties;

  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={`${collection.name} variables`}
      aria-rowcount={rows.length + 1}
      className="var-table"
      style={style}
    >
      <div role="rowgroup" className="var-table__head">
        <div role="row" aria-rowindex={1} className="var-row var-row--head">
          <div role="columnheader">Name</div>
          {collection.modes.map((mode) => (
            <div key={mode.id} role="columnheader">
              {mode.name}
              {mode.id === collection.defaultModeId && modes > 1 && (
                <span className="var-row__default"> (default)</span>
              )}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="var-table__body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const token = rows[item.index];
          if (!token) return null;
          return (
            <div
              key={token.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 2}
              className="var-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <VariableRowCells
                model={model}
                collection={collection}
                token={token}
                resolve={resolve}
                showDetails={showDetails}
                onTypeChange={onTypeChange}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
