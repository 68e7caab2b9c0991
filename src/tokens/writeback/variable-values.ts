/**
 * A desired token's values against its Figma variable, mode by mode: only real differences are
 * sent. A value the export filled in for a mode Figma left empty is sent only when edited; a
 * composed colour is compared as its link and opacity, and an edited `$value` replaces it with a
 * flat colour, with a warning. "Edited" means changed since the export stamped it, so files kept
 * after a write-back still plan nothing once Figma's values have moved.
 */
import type { LocalVariable, VariableComposedColor, VariableValue } from '@figma/rest-api-spec';
import type {
  DtcgComposedColor,
  DtcgComposedPart,
  DtcgMode,
  DtcgToken,
  DtcgTokenValue,
} from '../dtcg/read-types.ts';
import { isValueAsExported, written } from '../dtcg/read-provenance.ts';
import { dtcgColorToRgba, dtcgLiteralToFigma } from '../dtcg/read-values.ts';
import type { FigmaResolvedType, LiteralProblem } from '../dtcg/read-values.ts';
import { getOwn } from '../import/errors.ts';
import { flattenCurrent } from './current-values.ts';
import { isAlias, isComposedColor, sameFigmaValue } from './figma-values.ts';
import { isDeletedInFigma } from './match-variables.ts';
import { listsText } from '../font-lists.ts';
import { valueStamp } from '../value-stamp.ts';
import type { CollectionPlan, PlanState, VariableMatches } from './plan-state.ts';
import type { VariableUnit } from './split-bodies.ts';
import type { ChangeSetRow } from './types.ts';

export interface ValueSite {
  state: PlanState;
  matches: VariableMatches;
  desiredIds: ReadonlySet<string>;
  token: DtcgToken;
  type: FigmaResolvedType;
  plan: CollectionPlan;
  existing?: LocalVariable;
  unit: VariableUnit;
  row: ChangeSetRow;
  problem: (code: string, message: string) => void;
}

/** A desired alias target's Figma id: planned, or a deleted-but-referenced variable Figma keeps. */
function aliasTargetId(
  site: ValueSite,
  targetKey: string,
): { id: string; type: FigmaResolvedType } | undefined {
  const { state, matches } = site;
  const planned = matches.idByKey.get(targetKey);
  const plannedType = matches.typeByKey.get(targetKey);
  if (planned && plannedType) return { id: planned, type: plannedType };
  const target = getOwn(state.desired.tokens, targetKey);
  // An extended collection's copy of an inherited variable is, in Figma, that variable: an alias
  // to it is an alias to the variable it views (Figma resolves it in the collection's modes).
  const inherited = target?.figma?.inheritedVariableId;
  const viewed = inherited === undefined ? undefined : getOwn(state.current.variables, inherited);
  if (viewed) return { id: viewed.id, type: viewed.resolvedType };
  const kept = target?.variableId ? getOwn(state.current.variables, target.variableId) : undefined;
  if (target && kept && isDeletedInFigma(state, target))
    return { id: kept.id, type: kept.resolvedType };
  const byId = getOwn(state.current.variables, targetKey);
  return byId ? { id: byId.id, type: byId.resolvedType } : undefined;
}

function aliasValue(
  site: ValueSite,
  value: { targetKey: string; targetPath: string },
  type: FigmaResolvedType,
): VariableValue | undefined {
  const target = aliasTargetId(site, value.targetKey);
  if (!target) {
    site.problem(
      'alias-target',
      `"${site.token.name}" aliases {${value.targetPath}}, which cannot be written to Figma`,
    );
    return undefined;
  }
  if (target.type !== type) {
    site.problem(
      'alias-type',
      `"${site.token.name}" (${site.type}) aliases {${value.targetPath}} (${target.type}); Figma requires the same type`,
    );
    return undefined;
  }
  if (target.id.startsWith('tmp:')) site.unit.dependsOn.add(target.id);
  return { type: 'VARIABLE_ALIAS', id: target.id };
}

function literalValue(
  site: ValueSite,
  mode: DtcgMode,
  type: string | undefined,
  raw: unknown,
  resolvedType: FigmaResolvedType,
) {
  const problems: LiteralProblem[] = [];
  const value = dtcgLiteralToFigma(type, raw, resolvedType, (p) => {
    problems.push(p);
    site.state.warnings.push({
      code: p.code,
      message: `${site.token.name} (${mode.name}): ${p.message}`,
      variable: site.token.name,
    });
  });
  if (value === undefined) {
    const why = problems.at(-1)?.message;
    site.problem(
      'value',
      `"${site.token.name}" has a value in mode "${mode.name}" that Figma cannot hold${why ? `: ${why}` : ''}`,
    );
  }
  return value;
}

function composedPart(
  site: ValueSite,
  mode: DtcgMode,
  part: DtcgComposedPart,
  type: FigmaResolvedType,
) {
  if (part.kind === 'alias') return aliasValue(site, part, type);
  return literalValue(site, mode, type === 'COLOR' ? 'color' : 'number', part.value, type);
}

function composedValue(
  site: ValueSite,
  mode: DtcgMode,
  composed: DtcgComposedColor,
): VariableComposedColor | undefined {
  const color = composedPart(site, mode, composed.color, 'COLOR');
  const opacity = composedPart(site, mode, composed.opacity, 'FLOAT');
  if (color === undefined || opacity === undefined) return undefined;
  return { color, opacity } as VariableComposedColor;
}

/** A derived value left whole: its `$value`, and a composed colour's link and opacity. */
function isAsExported(value: DtcgTokenValue): boolean {
  if (!isValueAsExported(value)) return false;
  if (value.kind === 'alias' || !value.composed) return true;
  const { color, opacity, stamp } = value.composed;
  return stamp !== undefined && stamp === valueStamp([written(color), written(opacity)]);
}

/** The Figma value a desired value stands for, or undefined after naming the problem. */
function desiredFigmaValue(
  site: ValueSite,
  mode: DtcgMode,
  value: DtcgTokenValue,
  old: VariableValue | undefined,
): VariableValue | undefined {
  if (value.kind === 'alias') return aliasValue(site, value, site.type);
  // A font list Figma holds as one text, exported as an array and left as it was: that text.
  if (value.figmaText !== undefined && listsText(value.value, value.figmaText))
    return value.figmaText;
  if (!value.composed) return literalValue(site, mode, site.token.type, value.value, site.type);
  const composed = composedValue(site, mode, value.composed);
  if (
    !composed ||
    !site.existing ||
    !isComposedColor(old) ||
    !sameAsFigma(site, old, composed, site.plan.modeIdByKey.get(mode.key) ?? '')
  )
    return composed;
  // Link and opacity unchanged: a `$value` still as exported is only their resolved colour (even
  // where Figma's resolution has moved since); an edited one is the user's, sent as a flat colour.
  if (isValueAsExported(value)) return old;
  const flat = dtcgColorToRgba(value.value, () => undefined);
  const before = flattenCurrent(
    site.state.current,
    old,
    site.existing,
    site.plan.modeIdByKey.get(mode.key) ?? '',
  );
  if (!flat || before === undefined || sameFigmaValue(before, flat)) return old;
  site.state.warnings.push({
    code: 'composed-flattened',
    message: `"${site.token.name}" (${mode.name}): its $value was edited, so the colour linked to an opacity in Figma becomes this flat colour (edit $extensions.com.figma.composed to keep the link)`,
    variable: site.token.name,
  });
  return flat;
}

/**
 * `before` (Figma's) and `after` (desired) are the same value; a library or deleted variable's
 * alias that the export copied in as its resolved value counts as that value.
 */
function sameAsFigma(
  site: ValueSite,
  before: VariableValue | undefined,
  after: VariableValue,
  modeId: string,
): boolean {
  if (before === undefined) return false;
  if (sameFigmaValue(before, after)) return true;
  if (isComposedColor(before) && isComposedColor(after))
    return (
      sameAsFigma(site, before.color, after.color, modeId) &&
      sameAsFigma(site, before.opacity, after.opacity, modeId)
    );
  return (
    isAlias(before) &&
    !isAlias(after) &&
    !site.desiredIds.has(before.id) &&
    site.existing !== undefined &&
    sameFigmaValue(flattenCurrent(site.state.current, before, site.existing, modeId), after)
  );
}

/** True when sending `value` would change nothing the user meant to change. */
function isUnchanged(
  site: ValueSite,
  dtcg: DtcgTokenValue,
  value: VariableValue,
  old: VariableValue | undefined,
  modeId: string,
): boolean {
  const { existing, plan } = site;
  if (!existing) return false;
  if (dtcg.filled) {
    // Left as the export filled it: Figma still has no value of its own there to change.
    if (isAsExported(dtcg)) return true;
    // Filled from the default mode on export: unchanged while it still equals that value.
    const defaultModeId = plan.current?.defaultModeId;
    const fillSource = defaultModeId ? getOwn(existing.valuesByMode, defaultModeId) : undefined;
    if (sameAsFigma(site, fillSource, value, modeId)) return true;
  }
  return sameAsFigma(site, old, value, modeId);
}

/** Conversions that lose what the file holds (see planValues). */
const HELD_IN_FILES = new Set(['font-family-list', 'out-of-gamut']);

export function planValues(site: ValueSite): Map<string, VariableValue> {
  const { existing, plan, token, unit, row } = site;
  const values = new Map<string, VariableValue>(
    existing ? Object.entries(existing.valuesByMode) : [],
  );
  for (const mode of plan.desired.modes) {
    const modeId = plan.modeIdByKey.get(mode.key);
    const dtcg = getOwn(token.values, mode.key);
    if (!modeId || !dtcg) continue;
    const old =
      existing && !modeId.startsWith('tmp:') ? getOwn(existing.valuesByMode, modeId) : undefined;
    const warned = site.state.warnings.length;
    const value = desiredFigmaValue(site, mode, dtcg, old);
    if (value !== undefined && isUnchanged(site, dtcg, value, old, modeId)) {
      // Not sent: Figma keeps what it has, so value by value there is nothing to warn about. A
      // font stack's fallbacks or a wide-gamut colour stay in the files only, said once in all
      // (an edit of just the fallbacks would otherwise pass unseen).
      const dropped = site.state.warnings.splice(warned);
      if (dropped.some((w) => HELD_IN_FILES.has(w.code)))
        site.state.heldInFilesOnly.add(token.name);
      continue;
    }
    if (value === undefined) continue;
    unit.values.push({ variableId: unit.id, modeId, value });
    values.set(modeId, value);
    row.changes.push({ mode: mode.name, ...(old !== undefined ? { old } : {}), new: value });
  }
  // Figma has no duration type: the new variable is a plain number, typed again only by hand.
  if (!existing && token.type === 'duration' && values.size > 0)
    site.state.warnings.push({
      code: 'unit-converted',
      message: `"${token.name}" is a duration; Figma holds it as a number of milliseconds, so an export from Figma reads it as a number unless its type is set to Duration (ms)`,
      variable: token.name,
    });
  return values;
}
