/**
 * buildChangeSet: what to POST to Figma so its variables match a DTCG export. Matches by the
 * variable id Tokenport keeps in `$extensions["com.figma"]`, then by collection + name; sends
 * only real differences (a round trip sends nothing); checks Figma's limits first and returns
 * errors instead of a body Figma would reject.
 */
import type {
  LocalVariable,
  LocalVariableCollection,
  VariableChange,
  VariableCodeSyntax,
  VariableCollectionChange,
  VariableModeChange,
  VariableValue,
} from '@figma/rest-api-spec';
import type { DtcgCollection, DtcgExport } from '../dtcg/read-types.ts';
import { dtcgLiteralToFigma } from '../dtcg/read-values.ts';
import type { FigmaResolvedType } from '../dtcg/read-values.ts';
import { resolvedTypeOfToken } from '../import/dtcg-import.ts';
import { getOwn } from '../import/errors.ts';
import type { FigmaVariablesInput } from '../model.ts';
import { isAlias, isComposedColor, sameFigmaValue } from './figma-values.ts';
import { assembleBodies } from './split-bodies.ts';
import type { VariableUnit } from './split-bodies.ts';
import { validateFinalState } from './validate-limits.ts';
import type { FinalCollection } from './validate-limits.ts';
import { FIGMA_LIMITS } from './types.ts';
import type {
  ChangeSet,
  ChangeSetCounts,
  ChangeSetOptions,
  ChangeSetProblem,
  ChangeSetRow,
  FieldChangeRow,
} from './types.ts';

interface CollectionPlan {
  desired: DtcgCollection;
  /** Real or temp id. */
  id: string;
  current?: LocalVariableCollection;
  /** Desired mode key → real or temp mode id. */
  modeIdByKey: Map<string, string>;
  changed: boolean;
}

function emptyCounts(): ChangeSetCounts {
  const zero = () => ({ created: 0, updated: 0, deleted: 0 });
  return { collections: zero(), modes: zero(), variables: zero(), valuesChanged: 0, notDeleted: 0 };
}

function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function normalizeCodeSyntax(value: VariableCodeSyntax | undefined): string {
  return JSON.stringify({
    WEB: value?.WEB ?? '',
    ANDROID: value?.ANDROID ?? '',
    iOS: value?.iOS ?? '',
  });
}

/** Follows an alias in `current` to a literal, picking the consumer's mode inside one collection. */
function resolveCurrent(
  current: FigmaVariablesInput,
  value: VariableValue | undefined,
  consumer: LocalVariable,
  modeId: string,
): VariableValue | undefined {
  let node = value;
  let collectionId = consumer.variableCollectionId;
  let mode = modeId;
  for (let hops = 0; hops < 50 && isAlias(node); hops++) {
    const target = getOwn(current.variables, node.id);
    if (!target) return undefined;
    if (target.variableCollectionId !== collectionId) {
      const collection = getOwn(current.variableCollections, target.variableCollectionId);
      mode = collection?.defaultModeId ?? Object.keys(target.valuesByMode)[0] ?? mode;
      collectionId = target.variableCollectionId;
    }
    node = getOwn(target.valuesByMode, mode) ?? Object.values(target.valuesByMode)[0];
  }
  return isAlias(node) ? undefined : node;
}

export function buildChangeSet(
  current: FigmaVariablesInput,
  desired: DtcgExport,
  options: ChangeSetOptions,
): ChangeSet {
  const errors: ChangeSetProblem[] = [];
  const warnings: ChangeSetProblem[] = [];
  const counts = emptyCounts();
  const rows: ChangeSetRow[] = [];
  const collectionChanges: VariableCollectionChange[] = [];
  const modeChanges: VariableModeChange[] = [];
  const units: VariableUnit[] = [];
  let tempCounter = 0;
  const temp = (kind: 'c' | 'm' | 'v') => `tmp:${kind}:${++tempCounter}`;

  // 1. Collections and modes.
  const plans = new Map<string, CollectionPlan>();
  const claimedCollections = new Set<string>();
  const currentCollections = Object.values(current.variableCollections);
  for (const wanted of desired.collections) {
    const byId = wanted.id ? getOwn(current.variableCollections, wanted.id) : undefined;
    const existing =
      byId ??
      currentCollections.find((c) => !claimedCollections.has(c.id) && c.name === wanted.name);
    if (existing) {
      claimedCollections.add(existing.id);
      const plan: CollectionPlan = {
        desired: wanted,
        id: existing.id,
        current: existing,
        modeIdByKey: new Map(),
        changed: false,
      };
      const update: {
        action: 'UPDATE';
        id: string;
        name?: string;
        hiddenFromPublishing?: boolean;
      } = { action: 'UPDATE', id: existing.id };
      if (existing.name !== wanted.name) update.name = wanted.name;
      if (
        wanted.hiddenFromPublishing !== undefined &&
        wanted.hiddenFromPublishing !== existing.hiddenFromPublishing
      )
        update.hiddenFromPublishing = wanted.hiddenFromPublishing;
      if (update.name !== undefined || update.hiddenFromPublishing !== undefined) {
        collectionChanges.push(update);
        counts.collections.updated++;
        plan.changed = true;
      }
      const claimedModes = new Set<string>();
      for (const mode of wanted.modes) {
        // A made-up name ("Default" of a plain DTCG set) stands for the collection's default mode.
        const synthesized =
          mode.synthesized && wanted.modes.length === 1
            ? existing.modes.find((m) => m.modeId === existing.defaultModeId)
            : undefined;
        const match =
          (mode.id ? existing.modes.find((m) => m.modeId === mode.id) : undefined) ??
          synthesized ??
          existing.modes.find((m) => !claimedModes.has(m.modeId) && m.name === mode.name);
        if (match) {
          claimedModes.add(match.modeId);
          plan.modeIdByKey.set(mode.key, match.modeId);
          if (match.name !== mode.name && !mode.synthesized) {
            modeChanges.push({
              action: 'UPDATE',
              id: match.modeId,
              variableCollectionId: existing.id,
              name: mode.name,
            });
            counts.modes.updated++;
            plan.changed = true;
          }
        } else {
          const id = temp('m');
          plan.modeIdByKey.set(mode.key, id);
          modeChanges.push({
            action: 'CREATE',
            id,
            name: mode.name,
            variableCollectionId: existing.id,
          });
          counts.modes.created++;
          plan.changed = true;
        }
      }
      for (const mode of existing.modes) {
        if (claimedModes.has(mode.modeId)) continue;
        if (options.allowDelete) {
          modeChanges.push({ action: 'DELETE', id: mode.modeId });
          counts.modes.deleted++;
          plan.changed = true;
        } else {
          warnings.push({
            code: 'mode-kept',
            message: `mode "${mode.name}" of "${existing.name}" is not in the export; kept (deletes are off)`,
            collection: existing.name,
          });
        }
      }
      if (existing.remote && plan.changed) {
        errors.push({
          code: 'remote-collection',
          message: `"${existing.name}" is a library collection; change it in its library file`,
          collection: existing.name,
        });
      }
      plans.set(wanted.key, plan);
    } else {
      const id = temp('c');
      const plan: CollectionPlan = { desired: wanted, id, modeIdByKey: new Map(), changed: true };
      const [first, ...rest] = wanted.modes;
      const initialModeId = temp('m');
      const create: VariableCollectionChange = {
        action: 'CREATE',
        id,
        name: wanted.name,
        initialModeId,
      };
      if (wanted.hiddenFromPublishing) create.hiddenFromPublishing = true;
      collectionChanges.push(create);
      counts.collections.created++;
      if (first) {
        plan.modeIdByKey.set(first.key, initialModeId);
        // A new collection starts with one mode named by Figma; give it the export's name.
        modeChanges.push({
          action: 'UPDATE',
          id: initialModeId,
          variableCollectionId: id,
          name: first.name,
        });
        counts.modes.created++;
      }
      for (const mode of rest) {
        const modeId = temp('m');
        plan.modeIdByKey.set(mode.key, modeId);
        modeChanges.push({
          action: 'CREATE',
          id: modeId,
          name: mode.name,
          variableCollectionId: id,
        });
        counts.modes.created++;
      }
      plans.set(wanted.key, plan);
    }
  }

  // 2. Match variables and give every desired token an id (real or temp).
  const byCollectionAndName = new Map<string, LocalVariable>();
  for (const variable of Object.values(current.variables))
    byCollectionAndName.set(`${variable.variableCollectionId}\u0000${variable.name}`, variable);
  const claimedVariables = new Set<string>();
  const idByKey = new Map<string, string>();
  const typeByKey = new Map<string, FigmaResolvedType>();
  const matched = new Map<string, LocalVariable>();
  const tokens = Object.values(desired.tokens);
  for (const token of tokens) {
    const type = resolvedTypeOfToken(desired, token);
    if (!type) {
      warnings.push({
        code: 'unsupported-type',
        message: `$type "${token.type ?? 'none'}" cannot be a Figma variable; not written`,
        variable: token.name,
      });
      continue;
    }
    const plan = plans.get(token.collectionKey);
    if (!plan) continue;
    const byId = token.variableId ? getOwn(current.variables, token.variableId) : undefined;
    const existing =
      byId && !claimedVariables.has(byId.id)
        ? byId
        : plan.current
          ? byCollectionAndName.get(`${plan.current.id}\u0000${token.name}`)
          : undefined;
    if (existing && !claimedVariables.has(existing.id)) {
      claimedVariables.add(existing.id);
      matched.set(token.key, existing);
      idByKey.set(token.key, existing.id);
    } else {
      idByKey.set(token.key, temp('v'));
    }
    typeByKey.set(token.key, type);
  }

  // 3. Variable creates, updates and values.
  const desiredIds = new Set(idByKey.values());
  const finalValues = new Map<string, Map<string, VariableValue>>(); // variable id → mode id → value
  const finalNames = new Map<
    string,
    { name: string; collectionId: string; type: FigmaResolvedType; label: string; touched: boolean }
  >();
  for (const token of tokens) {
    const id = idByKey.get(token.key);
    const type = typeByKey.get(token.key);
    const plan = plans.get(token.collectionKey);
    if (!id || !type || !plan) continue;
    const existing = matched.get(token.key);
    const row: ChangeSetRow = {
      variableId: id,
      name: token.name,
      collection: plan.desired.name,
      action: existing ? 'UPDATE' : 'CREATE',
      changes: [],
      fields: [],
    };
    const unit: VariableUnit = { id, values: [], dependsOn: new Set() };
    const problem = (code: string, message: string) =>
      errors.push({ code, message, variable: token.name, collection: plan.desired.name });

    if (existing && existing.resolvedType !== type) {
      problem(
        'type-change',
        `"${token.name}" is ${existing.resolvedType} in Figma but ${type} in the export; Figma cannot change a variable's type (delete and recreate it)`,
      );
      continue;
    }
    if (existing && existing.variableCollectionId !== plan.id) {
      problem(
        'collection-change',
        `"${token.name}" lives in another collection in Figma; Figma cannot move variables between collections`,
      );
      continue;
    }

    if (existing) {
      const update: VariableChange = { action: 'UPDATE', id };
      const fields: FieldChangeRow[] = [];
      if (existing.name !== token.name) {
        update.name = token.name;
        fields.push({ field: 'name', old: existing.name, new: token.name });
      }
      const description = token.description ?? '';
      if ((existing.description ?? '') !== description) {
        update.description = description;
        fields.push({ field: 'description', old: existing.description, new: description });
      }
      const figma = token.figma;
      // The export marks a variable hidden when its collection is; that says nothing about the
      // variable's own flag.
      const hiddenViaCollection =
        Boolean(plan.desired.hiddenFromPublishing) && figma?.hiddenFromPublishing === true;
      if (
        figma?.hiddenFromPublishing !== undefined &&
        !hiddenViaCollection &&
        figma.hiddenFromPublishing !== existing.hiddenFromPublishing
      ) {
        update.hiddenFromPublishing = figma.hiddenFromPublishing;
        fields.push({
          field: 'hiddenFromPublishing',
          old: existing.hiddenFromPublishing,
          new: figma.hiddenFromPublishing,
        });
      }
      if (figma?.scopes && !sameScopes(figma.scopes, existing.scopes ?? [])) {
        update.scopes = figma.scopes;
        fields.push({ field: 'scopes', old: existing.scopes, new: figma.scopes });
      }
      if (
        figma?.codeSyntax &&
        normalizeCodeSyntax(figma.codeSyntax) !== normalizeCodeSyntax(existing.codeSyntax)
      ) {
        update.codeSyntax = figma.codeSyntax;
        fields.push({ field: 'codeSyntax', old: existing.codeSyntax, new: figma.codeSyntax });
      }
      if (fields.length > 0) {
        unit.change = update;
        row.fields = fields;
      }
    } else {
      const create: VariableChange = {
        action: 'CREATE',
        id,
        name: token.name,
        variableCollectionId: plan.id,
        resolvedType: type,
      };
      if (token.description) create.description = token.description;
      if (token.figma?.hiddenFromPublishing) create.hiddenFromPublishing = true;
      if (token.figma?.scopes) create.scopes = token.figma.scopes;
      if (token.figma?.codeSyntax && Object.keys(token.figma.codeSyntax).length > 0)
        create.codeSyntax = token.figma.codeSyntax;
      unit.change = create;
      unit.creates = true;
    }

    const values = new Map<string, VariableValue>(
      existing ? Object.entries(existing.valuesByMode) : [],
    );
    for (const mode of plan.desired.modes) {
      const modeId = plan.modeIdByKey.get(mode.key);
      const value = getOwn(token.values, mode.key);
      if (!modeId || !value) continue;
      let figmaValue: VariableValue | undefined;
      if (value.kind === 'alias') {
        const targetId = idByKey.get(value.targetKey);
        const targetType = typeByKey.get(value.targetKey);
        if (!targetId || !targetType) {
          problem(
            'alias-target',
            `"${token.name}" aliases {${value.targetPath}}, which cannot be written to Figma`,
          );
          continue;
        }
        if (targetType !== type) {
          problem(
            'alias-type',
            `"${token.name}" (${type}) aliases {${value.targetPath}} (${targetType}); Figma requires the same type`,
          );
          continue;
        }
        figmaValue = { type: 'VARIABLE_ALIAS', id: targetId };
        if (targetId.startsWith('tmp:')) unit.dependsOn.add(targetId);
      } else {
        figmaValue = dtcgLiteralToFigma(token.type, value.value, type, (p) =>
          warnings.push({
            code: p.code,
            message: `${token.name} (${mode.name}): ${p.message}`,
            variable: token.name,
          }),
        );
        if (figmaValue === undefined) {
          problem(
            'value',
            `"${token.name}" has a value in mode "${mode.name}" that Figma cannot hold`,
          );
          continue;
        }
      }
      const old =
        existing && !modeId.startsWith('tmp:') ? getOwn(existing.valuesByMode, modeId) : undefined;
      if (existing && old !== undefined) {
        if (isComposedColor(old)) {
          warnings.push({
            code: 'composed-color',
            message: `"${token.name}" (${mode.name}) is a colour with a separate opacity in Figma; left as it is`,
            variable: token.name,
          });
          continue;
        }
        if (sameFigmaValue(old, figmaValue)) continue;
        // A library alias exported as its resolved value: the same value is no change.
        if (isAlias(old) && !isAlias(figmaValue) && !desiredIds.has(old.id)) {
          const resolved = resolveCurrent(current, old, existing, modeId);
          if (sameFigmaValue(resolved, figmaValue)) continue;
        }
      }
      unit.values.push({ variableId: id, modeId, value: figmaValue });
      values.set(modeId, figmaValue);
      row.changes.push({ mode: mode.name, ...(old !== undefined ? { old } : {}), new: figmaValue });
    }

    const touched = unit.change !== undefined || unit.values.length > 0;
    finalValues.set(id, values);
    finalNames.set(id, {
      name: token.name,
      collectionId: plan.id,
      type,
      label: token.name,
      touched: touched && (!existing || existing.name !== token.name),
    });
    if (!touched) continue;
    if (existing?.remote) {
      problem(
        'remote-variable',
        `"${token.name}" is a library variable; change it in its library file`,
      );
      continue;
    }
    units.push(unit);
    rows.push(row);
    if (existing) counts.variables.updated++;
    else counts.variables.created++;
    counts.valuesChanged += unit.values.length;
  }

  // 4. Deletes: what Figma has and the export does not.
  const deleteUnits: VariableUnit[] = [];
  for (const collection of currentCollections) {
    if (claimedCollections.has(collection.id) || collection.remote) continue;
    if (!options.allowDelete) {
      counts.notDeleted++;
      warnings.push({
        code: 'collection-kept',
        message: `collection "${collection.name}" is not in the export; kept (deletes are off)`,
        collection: collection.name,
      });
      continue;
    }
    collectionChanges.push({ action: 'DELETE', id: collection.id });
    counts.collections.deleted++;
    for (const variableId of collection.variableIds) {
      const variable = getOwn(current.variables, variableId);
      if (!variable) continue;
      counts.variables.deleted++;
      rows.push({
        variableId,
        name: variable.name,
        collection: collection.name,
        action: 'DELETE',
        changes: [],
        fields: [],
      });
    }
  }
  for (const variable of Object.values(current.variables)) {
    if (claimedVariables.has(variable.id) || variable.remote || variable.deletedButReferenced)
      continue;
    if (!claimedCollections.has(variable.variableCollectionId)) {
      // Its collection is deleted (or kept) as a whole above; remember its values for cycle checks.
      if (
        !options.allowDelete &&
        getOwn(current.variableCollections, variable.variableCollectionId)
      ) {
        finalValues.set(variable.id, new Map(Object.entries(variable.valuesByMode)));
      }
      continue;
    }
    const collection = getOwn(current.variableCollections, variable.variableCollectionId)!;
    if (!options.allowDelete) {
      counts.notDeleted++;
      finalValues.set(variable.id, new Map(Object.entries(variable.valuesByMode)));
      finalNames.set(variable.id, {
        name: variable.name,
        collectionId: collection.id,
        type: variable.resolvedType,
        label: variable.name,
        touched: false,
      });
      continue;
    }
    deleteUnits.push({
      id: variable.id,
      change: { action: 'DELETE', id: variable.id },
      values: [],
      dependsOn: new Set(),
    });
    counts.variables.deleted++;
    rows.push({
      variableId: variable.id,
      name: variable.name,
      collection: collection.name,
      action: 'DELETE',
      changes: [],
      fields: [],
    });
  }
  if (counts.notDeleted > 0 && !options.allowDelete) {
    warnings.push({
      code: 'not-deleted',
      message: `${counts.notDeleted} variable(s) or collection(s) exist only in Figma and were kept; allow deletes to remove them`,
    });
  }
  // Remote variables can still be alias targets: include them for the cycle check.
  for (const variable of Object.values(current.variables)) {
    if (!finalValues.has(variable.id))
      finalValues.set(variable.id, new Map(Object.entries(variable.valuesByMode)));
  }

  // 5. Figma's limits, checked on the state after the change.
  const finalCollections = new Map<string, FinalCollection>();
  for (const plan of plans.values()) {
    const modeNames = new Map<string, string>();
    for (const mode of plan.desired.modes) {
      const modeId = plan.modeIdByKey.get(mode.key);
      if (modeId) modeNames.set(modeId, mode.name);
    }
    if (plan.current && !options.allowDelete) {
      for (const mode of plan.current.modes)
        if (![...plan.modeIdByKey.values()].includes(mode.modeId))
          modeNames.set(mode.modeId, mode.name);
    }
    finalCollections.set(plan.id, {
      id: plan.id,
      name: plan.desired.name,
      modeNames,
      variables: [],
    });
  }
  for (const [id, info] of finalNames) {
    finalCollections
      .get(info.collectionId)
      ?.variables.push({ id, name: info.name, checkName: info.touched });
  }
  const collectionOf = new Map<string, string>();
  for (const [id, info] of finalNames) collectionOf.set(id, info.collectionId);
  for (const variable of Object.values(current.variables))
    if (!collectionOf.has(variable.id))
      collectionOf.set(variable.id, variable.variableCollectionId);
  const nameOf = (id: string) =>
    finalNames.get(id)?.label ?? getOwn(current.variables, id)?.name ?? id;
  errors.push(
    ...validateFinalState({
      collections: [...finalCollections.values()],
      values: finalValues,
      collectionOf,
      modesOf: (collectionId) => [
        ...(finalCollections.get(collectionId)?.modeNames.keys() ??
          (getOwn(current.variableCollections, collectionId)?.modes ?? []).map(
            (mode) => mode.modeId,
          )),
      ],
      nameOf,
      createdModeNames: modeChanges
        .filter((c) => c.action !== 'DELETE' && 'name' in c && c.name !== undefined)
        .map((c) => ('name' in c ? (c.name ?? '') : '')),
    }),
  );

  const changeSet: ChangeSet = {
    bodies: [],
    split: false,
    empty:
      collectionChanges.length === 0 &&
      modeChanges.length === 0 &&
      units.length === 0 &&
      deleteUnits.length === 0,
    preview: { counts, rows },
    errors,
    warnings,
  };
  if (errors.length > 0 || changeSet.empty) return changeSet;

  const assembled = assembleBodies(
    collectionChanges,
    modeChanges,
    units,
    deleteUnits,
    options.maxBodyBytes ?? FIGMA_LIMITS.bodyBytes,
  );
  if ('error' in assembled) {
    errors.push({ code: 'too-large', message: assembled.error });
    return changeSet;
  }
  changeSet.bodies = assembled.bodies;
  if (assembled.bodies.length === 1) changeSet.body = assembled.bodies[0]!;
  else {
    changeSet.split = true;
    changeSet.splitReason = assembled.reason;
  }
  return changeSet;
}
