/**
 * Figma's extended collections: a collection (a brand, say) that extends another "inherits all
 * variables and modes from its parent collection, but can specify different values for any
 * inherited variables" (REST docs). Each mode names its parent's mode (`parentModeId`), and
 * `variableOverrides` holds the values it sets itself, by variable and mode.
 *
 * Code has no inheritance between collections, so each extension becomes a collection of its own
 * holding every inherited variable under its Figma name: the override where there is one, else
 * the parent's value in the parent mode. An alias to another variable of the same family is
 * redirected to the extension's own copy, because Figma resolves it in the mode the node selected
 * for the family, which is the extension's. The copies carry the variable they view
 * (`inheritedVariables`), so a DTCG reader can tell them from variables of the collection's own.
 */
import type { LocalVariable, LocalVariableCollection, VariableValue } from '@figma/rest-api-spec';
import { getOwn, setOwn } from '../import/errors.ts';
import type { ConversionWarning, FigmaVariablesInput } from '../model.ts';
import { isAlias } from '../writeback/figma-values.ts';

type Value = LocalVariable['valuesByMode'][string];

/** An override may be an RGB colour (no alpha), which a variable's own values never are. */
function withAlpha(value: VariableValue): Value {
  if (typeof value === 'object' && value !== null && 'r' in value && !('a' in value))
    return { ...value, a: 1 };
  return value as Value;
}

/** The id of an extension's copy of an inherited variable. */
export function inheritedCopyId(collectionId: string, variableId: string): string {
  return `${collectionId}/${variableId}`;
}

/** Parents before the extensions of them, however deep the chain. */
function inChainOrder(collections: readonly LocalVariableCollection[]) {
  const byId = new Map(collections.map((c) => [c.id, c]));
  const depth = (collection: LocalVariableCollection): number => {
    let n = 0;
    for (let c = collection; c.parentVariableCollectionId && n < 32; n++) {
      const parent = byId.get(c.parentVariableCollectionId);
      if (!parent) break;
      c = parent;
    }
    return n;
  };
  return collections
    .filter((c) => c.isExtension || c.parentVariableCollectionId)
    .map((c) => ({ collection: c, depth: depth(c) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ collection }) => collection);
}

/** The parent's mode an extension's mode inherits from: named, else the same position. */
function parentModeOf(
  mode: LocalVariableCollection['modes'][number],
  index: number,
  parent: LocalVariableCollection,
): string {
  if (mode.parentModeId && parent.modes.some((m) => m.modeId === mode.parentModeId))
    return mode.parentModeId;
  return parent.modes[index]?.modeId ?? parent.defaultModeId;
}

export function expandExtendedCollections(
  input: FigmaVariablesInput,
  warnings: ConversionWarning[],
): FigmaVariablesInput {
  const extensions = inChainOrder(Object.values(input.variableCollections ?? {}));
  if (extensions.length === 0) return input;
  const variables: Record<string, LocalVariable> = { ...input.variables };
  const variableCollections: Record<string, LocalVariableCollection> = {
    ...input.variableCollections,
  };
  const inheritedVariables: Record<string, string> = { ...input.inheritedVariables };
  /** Per collection: the variables it holds (own and inherited), by the root variable's id. */
  const members = new Map<string, Map<string, LocalVariable>>();
  const membersOf = (collectionId: string) => {
    let found = members.get(collectionId);
    if (!found) {
      found = new Map();
      for (const variable of Object.values(variables))
        if (variable.variableCollectionId === collectionId) found.set(variable.id, variable);
      members.set(collectionId, found);
    }
    return found;
  };
  for (const extension of extensions) {
    const parentId = extension.parentVariableCollectionId;
    const parent = parentId === undefined ? undefined : getOwn(variableCollections, parentId);
    if (!parent) {
      warnings.push({
        code: 'extended-collection',
        message: `“${extension.name}” extends a collection that is not in the file, so its inherited variables cannot be exported; only its own are.`,
        collectionName: extension.name,
      });
      continue;
    }
    const inherited = membersOf(parent.id);
    if (parent.remote)
      // The response holds only the library variables this file uses, and their values as it
      // last saw them; `--library skip` does not apply to the brand's own view of them.
      warnings.push({
        code: 'extended-collection',
        message: `“${extension.name}” extends the library collection “${parent.name}”: its ${inherited.size} inherited variable${inherited.size === 1 ? '' : 's'} are the library variables this file's response holds, with the values the file last saw; the library may hold more.`,
        collectionName: extension.name,
      });
    // Read before the copies join the collection.
    const own = membersOf(extension.id);
    const overrides = extension.variableOverrides ?? {};
    const copies = new Map<string, LocalVariable>();
    // Redirect within the family: the parent's copy (or the root variable) → this extension's.
    const redirect = new Map<string, string>();
    for (const [rootId, variable] of inherited) {
      redirect.set(variable.id, inheritedCopyId(extension.id, rootId));
      // Figma's own aliases name the real variable, whichever extension resolves them.
      redirect.set(rootId, inheritedCopyId(extension.id, rootId));
    }
    const retarget = (value: Value): Value =>
      isAlias(value) && redirect.has(value.id)
        ? { type: 'VARIABLE_ALIAS', id: redirect.get(value.id)! }
        : value;
    for (const [rootId, variable] of inherited) {
      const valuesByMode: LocalVariable['valuesByMode'] = {};
      const overridden = getOwn(overrides, rootId);
      extension.modes.forEach((mode, index) => {
        const override = overridden && getOwn(overridden, mode.modeId);
        const value =
          (override === undefined ? undefined : withAlpha(override)) ??
          getOwn(variable.valuesByMode, parentModeOf(mode, index, parent));
        if (value !== undefined) setOwn(valuesByMode, mode.modeId, retarget(value));
      });
      const id = inheritedCopyId(extension.id, rootId);
      const copy: LocalVariable = {
        ...variable,
        id,
        variableCollectionId: extension.id,
        remote: false,
        valuesByMode,
      };
      setOwn(variables, id, copy);
      setOwn(inheritedVariables, id, rootId);
      copies.set(rootId, copy);
    }
    // Its own variables may alias inherited ones too, which resolve in its modes.
    for (const [id, variable] of own) {
      const valuesByMode: LocalVariable['valuesByMode'] = {};
      for (const [modeId, value] of Object.entries(variable.valuesByMode))
        setOwn(valuesByMode, modeId, retarget(value));
      setOwn(variables, id, { ...variable, valuesByMode });
    }
    const unknown = Object.keys(overrides).filter((id) => !inherited.has(id));
    if (unknown.length > 0)
      warnings.push({
        code: 'extended-collection',
        message: `“${extension.name}” overrides ${unknown.length} variable${unknown.length === 1 ? '' : 's'} that “${parent.name}” does not hold (${unknown.slice(0, 3).join(', ')}); ${unknown.length === 1 ? 'that override is' : 'those overrides are'} left out.`,
        collectionName: extension.name,
      });
    members.set(extension.id, new Map([...copies, ...own]));
    setOwn(variableCollections, extension.id, {
      ...extension,
      variableIds: [...copies.values(), ...own.values()].map((v) => v.id),
    });
  }
  return { ...input, variables, variableCollections, inheritedVariables };
}
