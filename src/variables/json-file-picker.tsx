import type { ReactNode } from 'react';
import { Icon } from '../ui/icon';
import { readFiles } from './download';

export type PickedFile = { name: string; text: string };

/**
 * The JSON file picker used wherever token files come in (diff baseline, write-back, import): a
 * real file input, labelled by its button, that hands over the files' names and text.
 */
export function JsonFilePicker({
  children,
  onPick,
  size = 'md',
}: {
  children: ReactNode;
  onPick: (files: PickedFile[], list: FileList) => void;
  size?: 'sm' | 'md';
}) {
  return (
    <label className={`ui-button ui-button--secondary ui-button--${size} file-button`}>
      <Icon name="upload" /> {children}
      <input
        type="file"
        accept=".json,application/json"
        multiple
        className="visually-hidden"
        onChange={(event) => {
          const list = event.target.files;
          if (list?.length) void readFiles(list).then((files) => onPick(files, list));
        }}
      />
    </label>
  );
}
