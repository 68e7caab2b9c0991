import type { GetFileNodesResponse, GetFileResponse } from '@figma/rest-api-spec';
import { stylesToVariables } from './styles.ts';

const style = (name: string, styleType: string, description = '') =>
  ({ key: name, name, styleType, description, remote: false }) as GetFileResponse['styles'][string];
const node = (document: Record<string, unknown>) =>
  ({ document }) as unknown as GetFileNodesResponse['nodes'][string];

describe('stylesToVariables', () => {
  const result = stylesToVariables(
    {
      styles: {
        '1:1': style('brand/primary', 'FILL', 'Main brand colour'),
        '1:2': style('brand/gradient', 'FILL'),
        '1:3': style('heading/h1', 'TEXT', 'Page titles'),
        '1:4': style('elevation/1', 'EFFECT'),
        '1:5': style('layout/grid', 'GRID'),
        '1:6': style('orphan', 'FILL'),
      },
    },
    {
      '1:1': node({ fills: [{ type: 'SOLID', color: { r: 1, g: 0, b: 0, a: 1 }, opacity: 0.5 }] }),
      '1:2': node({ fills: [{ type: 'GRADIENT_LINEAR' }] }),
      '1:3': node({
        style: { fontFamily: 'Inter', fontSize: 32, fontWeight: 700, lineHeightPx: 38.4001 },
      }),
      '1:4': node({
        effects: [
          { type: 'LAYER_BLUR', visible: true, radius: 3 },
          {
            type: 'DROP_SHADOW',
            color: { r: 0, g: 0, b: 0, a: 0.25 },
            offset: { x: 0, y: 2 },
            radius: 4,
          },
        ],
      }),
      '1:5': node({}),
    },
  );
  const byName = Object.fromEntries(
    Object.values(result.input.variables).map((variable) => [variable.name, variable]),
  );
  const value = (name: string) => Object.values(byName[name]!.valuesByMode)[0];

  it('turns a solid fill into a colour with the fill opacity folded into alpha', () => {
    expect(value('brand/primary')).toEqual({ r: 1, g: 0, b: 0, a: 0.5 });
    expect(byName['brand/primary']!.description).toBe('Main brand colour');
  });

  it('turns text and shadow styles into typed parts, describing only the first', () => {
    expect(value('heading/h1/font-family')).toBe('Inter');
    expect(value('heading/h1/font-size')).toBe(32);
    expect(value('heading/h1/line-height')).toBe(38.4);
    expect(byName['heading/h1/letter-spacing']).toBeUndefined();
    expect(byName['heading/h1/font-family']!.description).toBe('Page titles');
    expect(byName['heading/h1/font-size']!.description).toBe('');
    expect(value('elevation/1/offset-y')).toBe(2);
    expect(value('elevation/1/blur')).toBe(4);
    expect(byName['elevation/1/color']!.scopes).toEqual(['EFFECT_COLOR']);
  });

  it('names every style it cannot export, and why', () => {
    expect(result.skipped).toEqual([
      { name: 'brand/gradient', reason: 'GRADIENT_LINEAR fills are not exported yet' },
      { name: 'layout/grid', reason: 'GRID styles are not exported' },
      { name: 'orphan', reason: 'Figma returned no node for this style' },
    ]);
  });

  it('lists every variable in the one Styles collection', () => {
    const [collection] = Object.values(result.input.variableCollections);
    expect(collection!.variableIds.sort()).toEqual(Object.keys(result.input.variables).sort());
    expect(collection!.variableIds).toHaveLength(1 + 4 + 5);
  });
});
