/**
 * Generated CSS in real Chromium: `data-<collection>="<mode>"` on a nested element gives the right
 * computed values for tokens whose own value changes, for tokens that alias them (same
 * collection, other collection, composed colour), when two collections' modes combine, and when
 * the default mode is set again inside another mode's subtree.
 */
import { expect, test } from '@playwright/test';
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';

type Value = LocalVariable['valuesByMode'][string];

function collection(id: string, modes: string[]): LocalVariableCollection {
  return {
    id,
    name: id,
    key: id,
    modes: modes.map((name) => ({ modeId: `${id}:${name}`, name })),
    defaultModeId: `${id}:${modes[0]}`,
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  };
}

function css(): string {
  const collections = [
    collection('Primitives', ['Value']),
    collection('Theme', ['Light', 'Dark']),
    collection('Component', ['Default', 'Compact']),
  ];
  const variables: Record<string, LocalVariable> = {};
  const add = (c: LocalVariableCollection, name: string, values: Value[]) => {
    const valuesByMode: LocalVariable['valuesByMode'] = {};
    c.modes.forEach((mode, i) => (valuesByMode[mode.modeId] = values[i] ?? values[0]!));
    variables[name] = {
      ...{ id: name, name, key: name, variableCollectionId: c.id, resolvedType: 'COLOR' },
      ...{ valuesByMode, remote: false, description: '', hiddenFromPublishing: false },
      ...{ scopes: [], codeSyntax: {} },
    };
    c.variableIds.push(name);
  };
  const alias = (id: string): Value => ({ type: 'VARIABLE_ALIAS', id });
  const [primitives, theme, component] = collections as [
    LocalVariableCollection,
    LocalVariableCollection,
    LocalVariableCollection,
  ];
  add(primitives, 'blue', [{ r: 0, g: 0, b: 1, a: 1 }]);
  add(primitives, 'red', [{ r: 1, g: 0, b: 0, a: 1 }]);
  add(primitives, 'green', [{ r: 0, g: 0.5, b: 0, a: 1 }]);
  add(theme, 'accent', [alias('blue'), alias('red')]);
  add(theme, 'accent/text', [alias('accent')]);
  // Figma's composed colour: an alias with its own opacity.
  add(theme, 'accent/soft', [{ color: alias('accent'), opacity: 0.5 } as unknown as Value]);
  add(component, 'button/bg', [alias('accent')]);
  add(component, 'button/border', [alias('accent/text'), alias('green')]);
  const model = convertVariables({
    variables,
    variableCollections: Object.fromEntries(collections.map((c) => [c.id, c])),
  });
  return buildFormat(model, 'css', { modeSelector: 'data-attribute' })[0]?.contents ?? '';
}

const PROBE = `color: var(--component-button-bg); background-color: var(--theme-accent-soft);
  border-top-color: var(--component-button-border); outline-color: var(--theme-accent-text);`;

test('mode attributes on nested elements give the right computed values', async ({ page }) => {
  const stylesheet = css();
  expect(stylesheet).toContain('[data-theme="dark"] {');
  await page.setContent(`<!doctype html><style>${stylesheet}
    .probe { ${PROBE} }</style>
    <div class="probe" id="root"></div>
    <section data-theme="dark"><p><span class="probe" id="dark"></span></p></section>
    <section data-component="compact"><div data-theme="dark"><i class="probe" id="both"></i></div></section>
    <section data-theme="dark"><div data-component="compact"><i class="probe" id="inner"></i></div></section>
    <section data-theme="dark"><div data-theme="light"><i class="probe" id="light-in-dark"></i></div></section>
    <section data-component="compact"><div data-component="default"><i class="probe" id="default-in-compact"></i></div></section>
    <b id="blue-half" style="color: color-mix(in srgb, #0000ff 50%, transparent)"></b>
    <b id="red-half" style="color: color-mix(in srgb, #ff0000 50%, transparent)"></b>`);
  const styles = (id: string) =>
    page.locator(`#${id}`).evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        bg: style.color,
        soft: style.backgroundColor,
        border: style.borderTopColor,
        text: style.outlineColor,
      };
    });
  const half = async (id: string) =>
    page.locator(`#${id}`).evaluate((element) => getComputedStyle(element).color);
  const [blue, red, green] = ['rgb(0, 0, 255)', 'rgb(255, 0, 0)', 'rgb(0, 128, 0)'];

  expect(await styles('root')).toEqual({
    bg: blue,
    soft: await half('blue-half'),
    border: blue,
    text: blue,
  });
  // Only accent changes in Dark; everything that aliases it must follow inside the subtree.
  expect(await styles('dark')).toEqual({
    bg: red,
    soft: await half('red-half'),
    border: red,
    text: red,
  });
  // The default mode set inside another mode's subtree brings the defaults back (a light card on
  // a dark page), for the tokens that change and for those that alias them.
  expect(await styles('light-in-dark')).toEqual(await styles('root'));
  expect(await styles('default-in-compact')).toEqual(await styles('root'));
  for (const id of ['both', 'inner'])
    expect(await styles(id), id).toEqual({
      bg: red,
      soft: await half('red-half'),
      border: green,
      text: red,
    });
});
