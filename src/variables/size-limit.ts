/**
 * How big an input the browser converts, checked where the input is: in the conversion worker
 * (a walk over every variable, kept off the main thread) or in-process without Worker support.
 */
import type { FigmaVariablesInput } from '../tokens/model';

/** Beyond this the browser is the wrong place: the CLI converts any size. */
export const MAX_VARIABLES = 100_000;
export const MAX_VALUES = 400_000;

export function sizeProblem(input: FigmaVariablesInput): string | undefined {
  const variables = Object.keys(input.variables ?? {}).length;
  const values = Object.values(input.variables ?? {}).reduce(
    (sum, variable) => sum + Object.keys(variable.valuesByMode ?? {}).length,
    0,
  );
  if (variables <= MAX_VARIABLES && values <= MAX_VALUES) return undefined;
  return (
    `This input has ${variables.toLocaleString('en')} variables and ${values.toLocaleString('en')} values; ` +
    `the browser converts up to ${MAX_VARIABLES.toLocaleString('en')} variables and ` +
    `${MAX_VALUES.toLocaleString('en')} values. Use the tokenport CLI for bigger files.`
  );
}
