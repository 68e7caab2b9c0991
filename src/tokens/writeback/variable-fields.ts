/** A desired token's metadata against its Figma variable: the UPDATE (or CREATE) it needs. */
import type { LocalVariable, VariableChange, VariableCodeSyntax } from '@figma/rest-api-spec';
import type { DtcgToken } from '../dtcg/read-types.ts';
import type { FigmaResolvedType } from '../dtcg/read-values.ts';
import type { CollectionPlan } from './plan-state.ts';
import type { FieldChangeRow } from './types.ts';

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

export function fieldUpdate(
  token: DtcgToken,
  existing: LocalVariable,
  plan: CollectionPlan,
): { change?: VariableChange; fields: FieldChangeRow[] } {
  const update: VariableChange = { action: 'UPDATE', id: existing.id };
  const fields: FieldChangeRow[] = [];
  if (existing.name !== token.name) {
    update.name = token.name;
    fields.push({ field: 'name', old: existing.name, new: token.name });
  }
  const description = token.description ?? '';
  if (!token.descriptionUnknown && (existing.description ?? '') !== description) {
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
  return fields.length > 0 ? { change: update, fields } : { fields };
}

export function createChange(
  token: DtcgToken,
  id: string,
  plan: CollectionPlan,
  type: FigmaResolvedType,
): VariableChange {
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
  return create;
}
