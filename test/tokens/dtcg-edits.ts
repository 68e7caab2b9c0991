/**
 * Single edits a person makes to exported DTCG files, found in the files themselves: a colour, a
 * number, an alias moved to another variable, a composed colour's opacity, and a value in a mode
 * Figma left empty (which the export filled). Each edit knows the one Figma value it should become.
 */
import type { LocalVariable } from '@figma/rest-api-spec';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';

export interface DtcgFile {
  name: string;
  text: string;
}

export type EditKind = 'colour' | 'number' | 'alias retarget' | 'composed opacity' | 'filled mode';

export interface DtcgEdit {
  kind: EditKind;
  token: string;
  variableId: string;
  modeId: string;
  /** The value Figma should hold for `variableId` in `modeId` once the edit is written. */
  expected: LocalVariable['valuesByMode'][string];
  apply: (files: DtcgFile[]) => DtcgFile[];
}

type Json = Record<string, unknown>;
type FigmaValue = LocalVariable['valuesByMode'][string];

interface TokenSite {
  file: number;
  path: string[];
  node: Json;
  variable: LocalVariable;
  modeId: string;
  /** Figma's value for the mode, or the default mode's where the export filled an empty mode. */
  shown: FigmaValue | undefined;
  filled: boolean;
  composed?: Json;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAlias = (value: unknown) => isRecord(value) && value.type === 'VARIABLE_ALIAS';
const isComposed = (value: unknown) => isRecord(value) && 'color' in value && 'opacity' in value;
const isRgba = (value: unknown): value is { r: number; g: number; b: number; a: number } =>
  isRecord(value) && typeof value.r === 'number' && !isComposed(value);

/** Token nodes of the token files (not the resolver) tied to a live local variable of `input`. */
function tokenSites(files: DtcgFile[], input: FigmaVariablesInput): TokenSite[] {
  const sites: TokenSite[] = [];
  const figmaOf = (node: Json) =>
    isRecord(node.$extensions) ? node.$extensions['com.figma'] : undefined;
  // The export names each file's mode once, at its root.
  const walk = (file: number, node: Json, path: string[], fileModeId: unknown) => {
    if ('$value' in node) {
      const figma = figmaOf(node);
      if (!isRecord(figma) || typeof figma.variableId !== 'string') return;
      const variable = input.variables[figma.variableId];
      if (!variable || variable.remote || variable.deletedButReferenced) return;
      const filled = figma.filledFromDefaultMode === true;
      const modeId = String(fileModeId);
      const defaultModeId = input.variableCollections[variable.variableCollectionId]?.defaultModeId;
      sites.push({
        file,
        path,
        node,
        variable,
        modeId,
        shown: variable.valuesByMode[filled ? (defaultModeId ?? '') : modeId],
        filled,
        ...(isRecord(figma.composed) ? { composed: figma.composed } : {}),
      });
      return;
    }
    for (const [key, child] of Object.entries(node))
      if (!key.startsWith('$') && isRecord(child)) walk(file, child, [...path, key], fileModeId);
  };
  files.forEach((file, index) => {
    if (file.name.endsWith('.resolver.json')) return;
    const root = JSON.parse(file.text) as Json;
    const figma = figmaOf(root);
    walk(index, root, [], isRecord(figma) ? figma.modeId : undefined);
  });
  return sites;
}

/** Rewrites one token node of one file; every other byte of the export stays as it was. */
function editing(site: TokenSite, change: (node: Json) => void) {
  return (files: DtcgFile[]): DtcgFile[] =>
    files.map((file, index) => {
      if (index !== site.file) return file;
      const json = JSON.parse(file.text) as Json;
      const node = site.path.reduce<Json>((at, key) => at[key] as Json, json);
      change(node);
      return { ...file, text: JSON.stringify(json, null, 2) };
    });
}

const hex = (components: number[]) =>
  `#${components
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

function colourEdit(kind: EditKind, site: TokenSite, old: { r: number; a: number }): DtcgEdit {
  // Exact in 8 bits (0x33, 0x66, 0x99), so hex and components agree as written.
  const components = old.r === 0.2 ? [0.6, 0.4, 0.2] : [0.2, 0.4, 0.6];
  const [r, g, b] = components as [number, number, number];
  return {
    kind,
    token: site.path.join('.'),
    variableId: site.variable.id,
    modeId: site.modeId,
    expected: { r, g, b, a: old.a },
    apply: editing(site, (node) => {
      node.$value = { colorSpace: 'srgb', components, alpha: old.a, hex: hex(components) };
    }),
  };
}

function numberEdit(kind: EditKind, site: TokenSite, old: number): DtcgEdit {
  return {
    kind,
    token: site.path.join('.'),
    variableId: site.variable.id,
    modeId: site.modeId,
    expected: old + 1,
    apply: editing(site, (node) => {
      node.$value = old + 1;
    }),
  };
}

/** A literal edit of a plain colour or number token: in a mode Figma has, or one it left empty. */
function literalEdit(kind: EditKind, sites: TokenSite[]): DtcgEdit | undefined {
  const filled = kind === 'filled mode';
  for (const site of sites) {
    if (site.filled !== filled || site.composed) continue;
    const { shown } = site;
    if (site.node.$type === 'color' && isRgba(shown) && kind !== 'number')
      return colourEdit(kind, site, shown);
    if (site.node.$type === 'number' && typeof shown === 'number' && kind !== 'colour')
      return numberEdit(kind, site, shown);
  }
  return undefined;
}

/** Moves an alias to another variable of its type whose values are all literal (so no cycle). */
function aliasRetarget(sites: TokenSite[]): DtcgEdit | undefined {
  const literalTargets = sites.filter(
    (site) =>
      Object.values(site.variable.valuesByMode).every((v) => !isAlias(v) && !isComposed(v)) &&
      !site.filled,
  );
  for (const site of sites) {
    const current = site.shown;
    if (site.filled || !isAlias(current)) continue;
    const target = literalTargets.find(
      (candidate) =>
        candidate.node.$type === site.node.$type &&
        candidate.variable.resolvedType === site.variable.resolvedType &&
        candidate.variable.id !== (current as { id: string }).id &&
        candidate.variable.id !== site.variable.id,
    );
    if (!target) continue;
    return {
      kind: 'alias retarget',
      token: site.path.join('.'),
      variableId: site.variable.id,
      modeId: site.modeId,
      expected: { type: 'VARIABLE_ALIAS', id: target.variable.id },
      apply: editing(site, (node) => {
        node.$value = `{${target.path.join('.')}}`;
      }),
    };
  }
  return undefined;
}

/** Changes the opacity number of a composed colour's link, where the export records it. */
function composedOpacity(sites: TokenSite[]): DtcgEdit | undefined {
  for (const site of sites) {
    const current = site.shown as unknown;
    if (site.filled || !site.composed || !isComposed(current)) continue;
    const { color, opacity } = current as { color: unknown; opacity: unknown };
    if (typeof opacity !== 'number' || typeof site.composed.opacity !== 'number') continue;
    const next = opacity === 0.75 ? 0.5 : 0.75;
    return {
      kind: 'composed opacity',
      token: site.path.join('.'),
      variableId: site.variable.id,
      modeId: site.modeId,
      expected: { color, opacity: next } as FigmaValue,
      apply: editing(site, (node) => {
        const figma = (node.$extensions as Json)['com.figma'] as Json;
        (figma.composed as Json).opacity = next;
      }),
    };
  }
  return undefined;
}

/** At most one edit of each kind the export offers. */
export function singleEdits(files: DtcgFile[], input: FigmaVariablesInput): DtcgEdit[] {
  const sites = tokenSites(files, input);
  return [
    literalEdit('colour', sites),
    literalEdit('number', sites),
    aliasRetarget(sites),
    composedOpacity(sites),
    literalEdit('filled mode', sites),
  ].filter((edit): edit is DtcgEdit => edit !== undefined);
}
