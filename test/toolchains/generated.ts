/** Each toolchain input converted and built in one format, with the warnings the build added. */
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId, OutputFile } from '../../src/tokens/formats.ts';
import type { ConversionWarning } from '../../src/tokens/model.ts';
import { toolchainInputs } from './inputs.ts';

export interface Generated {
  name: string;
  files: OutputFile[];
  warnings: ConversionWarning[];
}

export function generate(format: FormatId): Generated[] {
  return toolchainInputs().map(({ name, input }) => {
    const warnings: ConversionWarning[] = [];
    const files = buildFormat(convertVariables(input), format, { warnings }).map((file) => ({
      ...file,
      path: `${name}/${file.path}`,
    }));
    return { name, files, warnings };
  });
}

/** Collisions the build renamed, per input: the numbers the toolchain tests print. */
export function collisionSummary(format: string, generated: Generated[]): string {
  const counts = generated.map(
    ({ name, warnings }) => `${name} ${warnings.filter((w) => w.code === 'slug-collision').length}`,
  );
  return `${format}: ${generated.reduce((n, g) => n + g.files.length, 0)} files; renamed collisions: ${counts.join(', ')}`;
}
