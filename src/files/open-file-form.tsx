import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../lib/paths';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { TextField } from '../ui/text-field';
import { parseFileUrl } from './figma-url';
import './files.css';

export function OpenFileForm() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseFileUrl(value);
    if (!parsed.ok) return setError(parsed.error);
    setError(undefined);
    navigate(paths.file(parsed.value.fileKey));
  }

  return (
    <Card aria-labelledby="open-file-heading">
      <h2 id="open-file-heading" className="files-section-title">
        Open a file
      </h2>
      <form className="files-inline-form" onSubmit={submit} noValidate>
        <TextField
          label="Figma file link"
          placeholder="https://www.figma.com/design/…"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={error}
          hint="Copy the link from Figma’s Share menu or the address bar."
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="primary">
          Open file
        </Button>
      </form>
    </Card>
  );
}
