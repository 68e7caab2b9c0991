import { useState } from 'react';
import type { DragEvent } from 'react';
import type { FigmaVariablesInput } from '../tokens/model';
import { Callout } from '../ui/callout';
import { Icon } from '../ui/icon';
import { PageHeader } from '../ui/page-header';
import { loadImport } from './core';
import { readFiles } from './download';
import { ExportPanel } from './export-panel';
import { InputErrorDetails } from '../ui/input-error-details';
import './variables.css';

interface Imported {
  input: FigmaVariablesInput;
  label: string;
  source: string;
  warnings: string[];
}

/** "12 variables", and the composite tokens (shadows, typography…) beside them when there are. */
function countOf(input: FigmaVariablesInput): string {
  const variables = Object.keys(input.variables).length;
  const composites = Object.keys(input.composites ?? {}).length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return composites === 0
    ? plural(variables, 'variable', 'variables')
    : `${plural(variables, 'variable', 'variables')} and ${plural(composites, 'composite token', 'composite tokens')} (shadows, typography and the like, for the outputs that can hold them)`;
}

/** Tokens without the Variables API: Figma's own export, a saved API response, or DTCG files. */
export function ImportPage() {
  const [imported, setImported] = useState<Imported>();
  const [error, setError] = useState<unknown>();
  const [dragging, setDragging] = useState(false);

  async function accept(list: FileList | null) {
    if (!list?.length) return;
    setError(undefined);
    try {
      const files = await readFiles(list);
      const { parseTokenInput } = await loadImport();
      const parsed = parseTokenInput(files);
      setImported({
        input: parsed.input,
        label: files.map((f) => f.name).join(', '),
        source: parsed.source,
        warnings: parsed.warnings.map((w) => w.message),
      });
    } catch (failure) {
      setImported(undefined);
      setError(failure);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void accept(event.dataTransfer.files);
  }

  return (
    <div className="files-page">
      <PageHeader
        title="Import variables from JSON"
        description="For every Figma plan: Figma’s own variables export (Variables panel → Export modes), a saved response from Figma’s variables API, or DTCG token files."
      />
      <label
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Icon name="upload" size={24} />
        <span>Drop JSON files here, or choose files</span>
        <input
          type="file"
          accept=".json,application/json"
          multiple
          className="visually-hidden"
          onChange={(event) => void accept(event.target.files)}
        />
      </label>
      {error !== undefined && (
        <Callout tone="danger" title="That file could not be imported">
          <InputErrorDetails error={error} />
        </Callout>
      )}
      {imported && (
        <>
          <Callout tone="success" title={`Imported ${imported.label}`}>
            <p>
              Read as{' '}
              {imported.source === 'figma-rest'
                ? 'a Figma API response'
                : imported.source === 'figma-export'
                  ? 'Figma’s variables export'
                  : 'DTCG tokens'}
              : {countOf(imported.input)}.
            </p>
            {imported.warnings.length > 0 && <p>{imported.warnings.join(' ')}</p>}
          </Callout>
          <ExportPanel
            sourceKey={`import:${imported.label}`}
            input={imported.input}
            title={imported.label}
          />
        </>
      )}
    </div>
  );
}
