/**
 * Packs a change set into POST bodies of at most `maxBytes` (Figma rejects larger ones with 413).
 * Collections and modes go first, then variables with their values (alias targets created in
 * this change set before the variables that point at them), deletes last. Every body holds whole
 * units (a variable together with its values); ids created by an earlier body are replaced with
 * real ones by `applyTempIds` before the next is sent.
 */
import type {
  PostVariablesRequestBody,
  VariableChange,
  VariableCollectionChange,
  VariableModeChange,
  VariableModeValue,
} from '@figma/rest-api-spec';

export interface VariableUnit {
  /** Real or temp id of the variable. */
  id: string;
  change?: VariableChange;
  creates?: boolean;
  values: VariableModeValue[];
  /** Temp ids of variables created in this change set that the values alias. */
  dependsOn: Set<string>;
}

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

function bodyOf(
  collections: VariableCollectionChange[],
  modes: VariableModeChange[],
  units: readonly VariableUnit[],
): PostVariablesRequestBody {
  const body: PostVariablesRequestBody = {};
  if (collections.length > 0) body.variableCollections = collections;
  if (modes.length > 0) body.variableModes = modes;
  const variables = units.flatMap((unit) => (unit.change ? [unit.change] : []));
  if (variables.length > 0) body.variables = variables;
  const values = units.flatMap((unit) => unit.values);
  if (values.length > 0) body.variableModeValues = values;
  return body;
}

/** Creates whose aliases point at other creates come after them (no cycles: validated before). */
function orderUnits(units: readonly VariableUnit[]): VariableUnit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const done = new Set<string>();
  const out: VariableUnit[] = [];
  const visit = (unit: VariableUnit) => {
    const stack: { unit: VariableUnit; deps: string[] }[] = [{ unit, deps: [...unit.dependsOn] }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = frame.deps.pop();
      if (next !== undefined) {
        const dependency = byId.get(next);
        if (dependency && !done.has(dependency.id) && !stack.some((f) => f.unit === dependency)) {
          stack.push({ unit: dependency, deps: [...dependency.dependsOn] });
        }
        continue;
      }
      stack.pop();
      if (!done.has(frame.unit.id)) {
        done.add(frame.unit.id);
        out.push(frame.unit);
      }
    }
  };
  for (const unit of units) if (unit.creates) visit(unit);
  for (const unit of units) if (!done.has(unit.id)) visit(unit);
  return out;
}

export function assembleBodies(
  collections: VariableCollectionChange[],
  modes: VariableModeChange[],
  units: readonly VariableUnit[],
  deletes: readonly VariableUnit[],
  maxBytes: number,
): { bodies: PostVariablesRequestBody[]; reason?: string } | { error: string } {
  const all = [...units, ...deletes];
  const whole = bodyOf(collections, modes, all);
  const totalBytes = bytesOf(whole);
  if (totalBytes <= maxBytes) return { bodies: [whole] };

  const ordered = [...orderUnits(units), ...deletes];
  const bodies: PostVariablesRequestBody[] = [];
  let currentCollections = collections;
  let currentModes = modes;
  let pending: VariableUnit[] = [];
  // Running size estimate: the empty body plus each unit's items and their separators.
  const baseBytes = (c: VariableCollectionChange[], m: VariableModeChange[]) =>
    bytesOf(bodyOf(c, m, [])) + 64;
  let size = baseBytes(currentCollections, currentModes);
  if (size > maxBytes)
    return { error: `the collection and mode changes alone are larger than ${maxBytes} bytes` };
  const flush = () => {
    bodies.push(bodyOf(currentCollections, currentModes, pending));
    currentCollections = [];
    currentModes = [];
    pending = [];
    size = baseBytes([], []);
  };
  for (const unit of ordered) {
    const unitBytes =
      (unit.change ? bytesOf(unit.change) + 1 : 0) +
      unit.values.reduce((sum, value) => sum + bytesOf(value) + 1, 0);
    if (unitBytes + baseBytes([], []) > maxBytes) {
      return {
        error: `the changes to one variable (${unit.id}) are larger than ${maxBytes} bytes`,
      };
    }
    if (
      size + unitBytes > maxBytes &&
      (pending.length > 0 || currentCollections.length > 0 || currentModes.length > 0)
    )
      flush();
    pending.push(unit);
    size += unitBytes;
  }
  if (pending.length > 0 || currentCollections.length > 0 || currentModes.length > 0) flush();
  const megabytes = (totalBytes / (1024 * 1024)).toFixed(1);
  return {
    bodies,
    reason: `the change is ${megabytes} MB and Figma accepts at most ${(maxBytes / (1024 * 1024)).toFixed(1)} MB per request, so it is sent as ${bodies.length} requests in order (each applied on its own, not as one atomic change)`,
  };
}
