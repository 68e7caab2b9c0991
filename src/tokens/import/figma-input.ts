/** The importers' output is the converter's input: Figma's `/variables/local` meta shape. */
export type { FigmaVariablesInput } from '../model.ts';
