/**
 * One output scope (a CSS file, a Swift enum, Android's resource table…) in which every emitted
 * name must be unique after the platform's own rules. The first claimant keeps its name; a later
 * one gets a suffix derived from its id (stable across runs and input order of unrelated tokens)
 * and a warning naming both.
 */
import type { ConversionWarning } from '../model.ts';
import { idSuffix } from '../names.ts';

export interface NameOwner {
  /** Stable identity (variable, collection or mode id) that seeds the disambiguating suffix. */
  id: string;
  /** What a person would recognise in the warning, e.g. `“color/bg” of “Semantic”`. */
  label: string;
  variableId?: string;
  variableName?: string;
  collectionName?: string;
}

export class NameScope {
  /** Who holds each name: a label, or the owner whose label is written only if a clash needs it. */
  private readonly owners = new Map<string, string | NameOwner>();

  /**
   * @param platform shown in warnings ("CSS", "Swift"…)
   * @param key what the platform treats as the same name (Sass: `-` and `_` are one character)
   */
  constructor(
    private readonly platform: string,
    private readonly warnings: ConversionWarning[],
    private readonly key: (name: string) => string = (name) => name,
  ) {}

  /** Names the platform already owns (SwiftUI's `Color`…): claiming one renames the claimant. */
  reserve(names: Iterable<string>, owner: string): void {
    for (const name of names) this.owners.set(this.key(name), owner);
  }

  has(name: string): boolean {
    return this.owners.has(this.key(name));
  }

  /**
   * Claims `name` for `owner`, or the first free `withSuffix(suffix)` when it is taken.
   * `withSuffix` must keep the result legal for the platform.
   */
  claim(name: string, owner: NameOwner, withSuffix: (suffix: string) => string): string {
    const key = this.key(name);
    const holding = this.owners.get(key);
    if (holding === undefined) {
      this.owners.set(key, owner);
      return name;
    }
    const holder = typeof holding === 'string' ? holding : holding.label;
    let renamed = withSuffix(idSuffix(owner.id));
    for (let attempt = 2; this.owners.has(this.key(renamed)); attempt++)
      renamed = withSuffix(idSuffix(`${owner.id}#${attempt}`));
    this.owners.set(this.key(renamed), owner);
    this.warnings.push({
      code: 'slug-collision',
      message: `${this.platform}: ${owner.label} would be named ${name}, which ${holder} already has; it is named ${renamed}.`,
      ...(owner.variableId ? { variableId: owner.variableId } : {}),
      ...(owner.variableName ? { variableName: owner.variableName } : {}),
      ...(owner.collectionName ? { collectionName: owner.collectionName } : {}),
    });
    return renamed;
  }
}

/**
 * A type name (Swift enum, Kotlin object) that shadows none of `reserved` (renamed with
 * `reservedSuffix` and a warning), unique in `scope`.
 */
export function claimTypeName(
  name: string,
  reserved: { names: ReadonlySet<string>; suffix: string; platform: string },
  owner: NameOwner,
  scope: NameScope,
  warnings: ConversionWarning[],
): string {
  let wanted = name;
  if (reserved.names.has(name)) {
    wanted = `${name}${reserved.suffix}`;
    warnings.push({
      code: 'renamed',
      message: `${reserved.platform}: ${owner.label} would be named ${name}, shadowing the ${reserved.platform} type ${name}; it is named ${wanted}.`,
      ...(owner.collectionName ? { collectionName: owner.collectionName } : {}),
    });
  }
  return scope.claim(wanted, owner, (suffix) => `${wanted}_${suffix}`);
}

/**
 * A token as a name owner. Its label is written only when a clash puts it in a warning: every
 * exporter claims one name per token, and almost none clash.
 */
class TokenOwner implements NameOwner {
  readonly id: string;
  readonly variableId: string;
  readonly variableName: string;
  readonly collectionName: string;

  constructor(token: { id: string; name: string }, collection: { name: string }) {
    this.id = token.id;
    this.variableId = token.id;
    this.variableName = token.name;
    this.collectionName = collection.name;
  }

  get label(): string {
    return `“${this.variableName}” of “${this.collectionName}”`;
  }
}

export function tokenOwner(
  token: { id: string; name: string },
  collection: { name: string },
): NameOwner {
  return new TokenOwner(token, collection);
}

export function collectionOwner(collection: { id: string; name: string }): NameOwner {
  return {
    id: collection.id,
    label: `collection “${collection.name}”`,
    collectionName: collection.name,
  };
}

export function modeOwner(
  mode: { id: string; name: string },
  collection: { name: string },
): NameOwner {
  return {
    id: mode.id,
    label: `mode “${mode.name}” of “${collection.name}”`,
    collectionName: collection.name,
  };
}
