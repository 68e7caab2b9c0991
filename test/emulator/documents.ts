/**
 * File documents the emulator serves: pages (CANVAS) with top-level frames, components and, for
 * design-system files, colour, text and effect styles whose nodes carry real fills, type and
 * shadows. Deterministic per file key.
 */
import type { SeedFile } from './seed';

type Json = Record<string, unknown>;

const rgba = (hex: string, a = 1) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
};

function box(x: number, y: number, width: number, height: number) {
  return { x, y, width, height };
}

function frame(
  id: string,
  name: string,
  color: string,
  index: number,
  children: Json[] = [],
): Json {
  const bounds = box(index * 1600, 0, 1440, 900);
  return {
    id,
    name,
    type: 'FRAME',
    scrollBehavior: 'SCROLLS',
    visible: true,
    locked: false,
    blendMode: 'PASS_THROUGH',
    clipsContent: true,
    background: [{ blendMode: 'NORMAL', type: 'SOLID', color: rgba(color) }],
    backgroundColor: rgba(color),
    fills: [{ blendMode: 'NORMAL', type: 'SOLID', color: rgba(color) }],
    strokes: [],
    strokeWeight: 1,
    strokeAlign: 'INSIDE',
    effects: [],
    absoluteBoundingBox: bounds,
    absoluteRenderBounds: bounds,
    constraints: { vertical: 'TOP', horizontal: 'LEFT' },
    interactions: [],
    children,
  };
}

export interface StyleDef {
  nodeId: string;
  key: string;
  name: string;
  styleType: 'FILL' | 'TEXT' | 'EFFECT';
  description: string;
  node: Json;
}

/** The 64×64 rectangle a fill or effect style is defined on. */
function swatchNode(nodeId: string, name: string, fill: Json, effects: Json[]): Json {
  return {
    id: nodeId,
    name,
    type: 'RECTANGLE',
    scrollBehavior: 'SCROLLS',
    blendMode: 'PASS_THROUGH',
    fills: [fill],
    strokes: [],
    strokeWeight: 0,
    strokeAlign: 'INSIDE',
    effects,
    absoluteBoundingBox: box(0, 0, 64, 64),
    absoluteRenderBounds: box(0, 0, 64, 64),
    constraints: { vertical: 'TOP', horizontal: 'LEFT' },
    interactions: [],
  };
}

function styleDef(
  nodeId: string,
  name: string,
  styleType: StyleDef['styleType'],
  node: Json,
  description = '',
): StyleDef {
  return { nodeId, key: `style-${nodeId.replace(':', '-')}`, name, styleType, description, node };
}

function fillStyle(nodeId: string, name: string, hex: string, alpha = 1): StyleDef {
  return styleDef(
    nodeId,
    name,
    'FILL',
    swatchNode(nodeId, name, { blendMode: 'NORMAL', type: 'SOLID', color: rgba(hex, alpha) }, []),
  );
}

function textStyle(
  nodeId: string,
  name: string,
  fontSize: number,
  fontWeight: number,
  lineHeightPx: number,
  letterSpacing = 0,
): StyleDef {
  return {
    nodeId,
    key: `style-${nodeId.replace(':', '-')}`,
    name,
    styleType: 'TEXT',
    description: `${fontSize}/${lineHeightPx}`,
    node: {
      id: nodeId,
      name,
      type: 'TEXT',
      scrollBehavior: 'SCROLLS',
      blendMode: 'PASS_THROUGH',
      characters: name,
      fills: [{ blendMode: 'NORMAL', type: 'SOLID', color: rgba('#111827') }],
      strokes: [],
      strokeWeight: 0,
      strokeAlign: 'OUTSIDE',
      effects: [],
      absoluteBoundingBox: box(0, 0, 320, lineHeightPx),
      absoluteRenderBounds: box(0, 0, 320, lineHeightPx),
      constraints: { vertical: 'TOP', horizontal: 'LEFT' },
      interactions: [],
      characterStyleOverrides: [],
      styleOverrideTable: {},
      lineTypes: ['NONE'],
      lineIndentations: [0],
      style: {
        fontFamily: 'Inter',
        fontPostScriptName: `Inter-${fontWeight >= 700 ? 'Bold' : 'Regular'}`,
        fontWeight,
        fontSize,
        textAlignHorizontal: 'LEFT',
        textAlignVertical: 'TOP',
        letterSpacing,
        lineHeightPx,
        lineHeightPercentFontSize: (lineHeightPx / fontSize) * 100,
        lineHeightUnit: 'PIXELS',
      },
    },
  };
}

function effectStyle(
  nodeId: string,
  name: string,
  y: number,
  blur: number,
  alpha: number,
): StyleDef {
  const shadow = {
    type: 'DROP_SHADOW',
    visible: true,
    radius: blur,
    color: rgba('#111827', alpha),
    blendMode: 'NORMAL',
    offset: { x: 0, y },
    spread: 0,
    showShadowBehindNode: false,
  };
  return styleDef(
    nodeId,
    name,
    'EFFECT',
    swatchNode(nodeId, name, { blendMode: 'NORMAL', type: 'SOLID', color: rgba('#ffffff') }, [
      shadow,
    ]),
  );
}

export function stylesFor(file: SeedFile): StyleDef[] {
  if (file.kind !== 'design-system') return [];
  return [
    fillStyle('10:1', 'Brand/Primary', '#4f46e5'),
    fillStyle('10:2', 'Brand/Secondary', '#0ea5e9'),
    fillStyle('10:3', 'Neutral/Surface', '#ffffff'),
    fillStyle('10:4', 'Neutral/Ink', '#111827'),
    fillStyle('10:5', 'Overlay/Scrim', '#111827', 0.48),
    textStyle('11:1', 'Heading/Large', 32, 700, 40, -0.5),
    textStyle('11:2', 'Body/Regular', 16, 400, 24),
    textStyle('11:3', 'Caption', 12, 400, 16, 0.2),
    effectStyle('12:1', 'Elevation/1', 1, 3, 0.12),
    effectStyle('12:2', 'Elevation/2', 8, 24, 0.16),
  ];
}

const PALETTE = ['#eef2ff', '#ecfeff', '#fef3c7', '#fce7f3', '#dcfce7', '#f1f5f9'];

function pagesFor(file: SeedFile): { name: string; frames: string[] }[] {
  switch (file.kind) {
    case 'design-system':
      return [
        { name: 'Cover', frames: ['Cover'] },
        { name: 'Foundations', frames: ['Colour', 'Typography', 'Spacing', 'Elevation'] },
        { name: 'Components', frames: ['Buttons', 'Inputs', 'Cards'] },
      ];
    case 'board':
      return [{ name: 'Board', frames: ['Interview notes', 'Affinity map'] }];
    default:
      return [
        { name: 'Flows', frames: [file.name, 'Empty state', 'Error state'] },
        { name: 'Archive', frames: [] },
      ];
  }
}

/** The full document, or a truncated copy for `depth` (1 = pages, 2 = pages + top frames). */
export function buildDocument(file: SeedFile, depth?: number): Json {
  let nodeCounter = 1;
  const styles = stylesFor(file);
  const pages = pagesFor(file).map((page, pageIndex) => {
    const pageId = `${pageIndex}:1`;
    const frames = page.frames.map((name, frameIndex) => {
      const frameId = `${pageIndex + 1}:${100 + frameIndex}`;
      const styleChildren =
        page.name === 'Foundations' && frameIndex === 0 ? styles.map((style) => style.node) : [];
      const button = {
        ...frame(`${frameId}-c${nodeCounter++}`, 'Button', '#4f46e5', 0),
        type: 'COMPONENT',
        children: [],
      };
      return frame(
        frameId,
        name,
        PALETTE[(pageIndex + frameIndex) % PALETTE.length] ?? '#ffffff',
        frameIndex,
        [...styleChildren, ...(page.name === 'Components' ? [button] : [])],
      );
    });
    return {
      id: pageId,
      name: page.name,
      type: 'CANVAS',
      scrollBehavior: 'SCROLLS',
      backgroundColor: rgba('#f5f5f5'),
      prototypeStartNodeID: null,
      flowStartingPoints: [],
      prototypeDevice: { type: 'NONE', rotation: 'NONE' },
      children: frames,
    };
  });
  const document = {
    id: '0:0',
    name: 'Document',
    type: 'DOCUMENT',
    scrollBehavior: 'SCROLLS',
    children: pages,
  };
  if (depth === undefined) return document;
  return truncate(document, depth) as Json;
}

function truncate(node: Json, depth: number): Json {
  const children = node.children as Json[] | undefined;
  if (!children) return node;
  if (depth <= 0) return { ...node, children: [] };
  return { ...node, children: children.map((child) => truncate(child, depth - 1)) };
}

export function findNode(root: Json, id: string): Json | undefined {
  if (root.id === id) return root;
  for (const child of (root.children as Json[] | undefined) ?? []) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

export function componentsOf(file: SeedFile): Record<string, Json> {
  if (file.kind !== 'design-system') return {};
  return {
    '3:200': {
      key: `component-${file.key}-button`,
      name: 'Button',
      description: 'Primary action',
      remote: false,
      documentationLinks: [],
    },
    '3:201': {
      key: `component-${file.key}-input`,
      name: 'Input',
      description: '',
      remote: false,
      documentationLinks: [],
    },
  };
}
