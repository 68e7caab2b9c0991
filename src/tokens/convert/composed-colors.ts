/**
 * Composed colours get their resolved colour (base colour, alpha times opacity) once every token
 * exists, so platforms without a cascade get a plain colour while the model keeps the link.
 */
import type {
  ColorValue,
  ConversionWarning,
  Literal,
  ModelCollection,
  ModelToken,
} from '../model.ts';
import { colorValue, isColor } from '../color.ts';
import type { PendingComposed } from './mode-values.ts';

const MAX_HOPS = 64;

function modeIn(collection: ModelCollection | undefined, modeName: string): string | undefined {
  if (!collection) return undefined;
  const wanted = modeName.toLowerCase();
  return (
    collection.modes.find((mode) => mode.name.toLowerCase() === wanted)?.id ??
    collection.defaultModeId
  );
}

export function resolveComposedColors(
  pending: readonly PendingComposed[],
  byId: Map<string, ModelToken>,
  collections: Map<string, ModelCollection>,
  warnings: ConversionWarning[],
) {
  const done = new Set<string>();
  const visiting = new Set<string>();

  function literalAt(tokenId: string, modeId: string, hops: number): Literal | undefined {
    const token = byId.get(tokenId);
    if (!token || hops > MAX_HOPS) return undefined;
    const collection = collections.get(token.collectionId);
    const ownMode = token.values[modeId] !== undefined ? modeId : collection?.defaultModeId;
    const value = ownMode !== undefined ? token.values[ownMode] : undefined;
    if (!value || ownMode === undefined) return undefined;
    if (value.kind === 'alias') {
      const target = byId.get(value.targetId);
      if (!target) return undefined;
      const modeName = collection?.modes.find((mode) => mode.id === modeId)?.name ?? '';
      const targetMode =
        target.collectionId === token.collectionId
          ? modeId
          : modeIn(collections.get(target.collectionId), modeName);
      return targetMode === undefined ? undefined : literalAt(target.id, targetMode, hops + 1);
    }
    if (value.kind === 'composite') return undefined;
    if (value.composed && !done.has(`${tokenId}\u0000${ownMode}`)) {
      return resolveOne(token, ownMode, hops + 1);
    }
    return value.value;
  }

  function linkedLiteral(
    token: ModelToken,
    modeId: string,
    link: { kind: 'alias'; targetId: string } | { kind: 'literal'; value: Literal },
    hops: number,
  ): Literal | undefined {
    if (link.kind === 'literal') return link.value;
    const target = byId.get(link.targetId);
    if (!target) return undefined;
    const collection = collections.get(token.collectionId);
    const modeName = collection?.modes.find((mode) => mode.id === modeId)?.name ?? '';
    const targetMode =
      target.collectionId === token.collectionId
        ? modeId
        : modeIn(collections.get(target.collectionId), modeName);
    return targetMode === undefined ? undefined : literalAt(target.id, targetMode, hops + 1);
  }

  function resolveOne(token: ModelToken, modeId: string, hops: number): ColorValue | undefined {
    const key = `${token.id}\u0000${modeId}`;
    const value = token.values[modeId];
    if (!value || value.kind !== 'literal' || !value.composed) return undefined;
    if (done.has(key)) return isColor(value.value) ? value.value : undefined;
    if (visiting.has(key)) return undefined;
    visiting.add(key);
    const base = linkedLiteral(token, modeId, value.composed.color, hops);
    const linked = linkedLiteral(token, modeId, value.composed.opacity, hops);
    visiting.delete(key);
    if (!base || !isColor(base) || typeof linked !== 'number') return undefined;
    // An opacity variable holding a percentage (opacity-scale.ts) is that share of 1.
    const link = value.composed.opacity;
    const opacity =
      link.kind === 'alias' && byId.get(link.targetId)?.percent ? linked / 100 : linked;
    const clamped = Math.min(1, Math.max(0, opacity));
    if (clamped !== opacity) {
      warnings.push({
        code: 'opacity-range',
        message: `“${token.name}” has an opacity of ${opacity}; Figma opacities are 0–1, so ${clamped} is used for the resolved colour.`,
        variableId: token.id,
        variableName: token.name,
      });
    }
    const [r, g, b] = base.components;
    const resolved = colorValue({ r, g, b, a: base.alpha * clamped });
    value.value = resolved;
    done.add(key);
    return resolved;
  }

  for (const { tokenId, modeId } of pending) {
    const token = byId.get(tokenId);
    if (!token || !token.values[modeId]) continue;
    if (done.has(`${tokenId}\u0000${modeId}`) || resolveOne(token, modeId, 0)) continue;
    delete token.values[modeId];
    warnings.push({
      code: 'unsupported-value',
      message: `“${token.name}” is a composed colour whose colour or opacity cannot be resolved; that mode is left out.`,
      variableId: token.id,
      variableName: token.name,
    });
  }
}
