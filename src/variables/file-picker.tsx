/**
 * Which generated file to show: a listbox of files grouped by folder beside the code on wide
 * screens, a grouped <select> above it on narrow ones (CSS shows one or the other). Arrow keys,
 * Home and End move focus in the list; Enter, Space or a click shows the file, so walking the
 * list does not have the worker write every file on the way.
 */
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatBytes } from '../ui/format';
import { fileName, groupByFolder } from './file-groups';

export interface PickableFile {
  path: string;
  bytes?: number | undefined;
}

interface FilePickerProps {
  files: PickableFile[];
  selected: string;
  onSelect: (path: string) => void;
}

/** Where focus goes for a key, or undefined for a key the list does not handle. */
export function focusTarget(key: string, current: number, count: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export function FilePicker(props: FilePickerProps) {
  return (
    <>
      <FileList {...props} />
      <FileSelect {...props} />
    </>
  );
}

function FileList({ files, selected, onSelect }: FilePickerProps) {
  const id = useId();
  const groups = groupByFolder(files);
  const ordered = groups.flatMap((group) => group.files);
  const [focusedPath, setFocusedPath] = useState(selected);
  const focused = ordered.some((f) => f.path === focusedPath) ? focusedPath : selected;
  const options = useRef(new Map<string, HTMLElement>());

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(focused);
      return;
    }
    const current = ordered.findIndex((f) => f.path === focused);
    const target = focusTarget(event.key, current, ordered.length);
    const path = target === undefined ? undefined : ordered[target]?.path;
    if (path === undefined) return;
    event.preventDefault();
    setFocusedPath(path);
    options.current.get(path)?.focus();
  }

  const option = (file: PickableFile) => (
    <div
      key={file.path}
      ref={(element) => {
        if (element) options.current.set(file.path, element);
        else options.current.delete(file.path);
      }}
      role="option"
      aria-selected={file.path === selected}
      data-path={file.path}
      aria-describedby={file.bytes === undefined ? undefined : `${id}-size-${file.path}`}
      tabIndex={file.path === focused ? 0 : -1}
      className="output-files__file"
      onClick={() => {
        setFocusedPath(file.path);
        onSelect(file.path);
      }}
    >
      <span className="output-files__name">{fileName(file.path)}</span>
      {file.bytes !== undefined && (
        // Hidden from the name (the group says the folder, the name says the file) and read as the
        // option's description instead.
        <span id={`${id}-size-${file.path}`} className="output-files__size" aria-hidden="true">
          {formatBytes(file.bytes)}
        </span>
      )}
    </div>
  );

  return (
    <div role="listbox" aria-label="Generated files" className="output-files" onKeyDown={onKeyDown}>
      {groups.map((group) =>
        group.folder === '' ? (
          group.files.map(option)
        ) : (
          <div key={group.folder} role="group" aria-labelledby={`${id}-${group.folder}`}>
            <div role="presentation" id={`${id}-${group.folder}`} className="output-files__folder">
              {group.folder}
            </div>
            {group.files.map(option)}
          </div>
        ),
      )}
    </div>
  );
}

function FileSelect({ files, selected, onSelect }: FilePickerProps) {
  const label = (file: PickableFile) =>
    file.bytes === undefined ? file.path : `${file.path} (${formatBytes(file.bytes)})`;
  return (
    <label className="file-select inline-control">
      File
      <select
        className="ui-field__input"
        value={selected}
        onChange={(event) => onSelect(event.target.value)}
      >
        {groupByFolder(files).map((group) =>
          group.folder === '' ? (
            group.files.map((file) => (
              <option key={file.path} value={file.path}>
                {label(file)}
              </option>
            ))
          ) : (
            <optgroup key={group.folder} label={group.folder}>
              {group.files.map((file) => (
                <option key={file.path} value={file.path}>
                  {label(file)}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </label>
  );
}
