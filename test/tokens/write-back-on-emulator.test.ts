/**
 * Write-back over HTTP against the emulator, the way the app does it: a saved `variables/local`
 * response becomes a file's variables, the app's Figma client reads them back, the converter
 * exports DTCG, the plan is made against the live variables, and `writeVariables` POSTs it. An
 * unchanged export plans nothing; one edit to the DTCG files plans exactly that change, Figma then
 * holds it and nothing else moved, and planning the edited files again finds nothing left to do.
 */
import { readFileSync } from 'node:fs';
import type { GetLocalVariablesResponse, LocalVariable } from '@figma/rest-api-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFigmaClient } from '../../src/figma/create-figma-client.ts';
import type { FigmaClient } from '../../src/figma/create-figma-client.ts';
import { writeVariables } from '../../src/figma/write-variables.ts';
import { convertVariables } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { applyTempIds } from '../../src/tokens/writeback/apply-temp-ids.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import type { ChangeSet } from '../../src/tokens/writeback/types.ts';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';
import { DESIGN_SYSTEM_KEY } from '../emulator/seed.ts';
import type { Emulator } from '../emulator/server.ts';
import { session, signedIn, withEmulator } from '../emulator/testing.ts';
import { singleEdits } from './dtcg-edits.ts';
import type { DtcgFile } from './dtcg-edits.ts';

type Meta = FigmaVariablesInput;

const publicResponse = (name: string): Meta =>
  (JSON.parse(readFileSync(`test/fixtures/public/${name}`, 'utf8')) as GetLocalVariablesResponse)
    .meta;

/** The demo file plus composed colours (linked colour or opacity) and a variable aliasing one. */
function demoWithComposedColours(): Meta {
  const meta = designSystemVariables();
  const named = (name: string) => Object.values(meta.variables).find((v) => v.name === name)!;
  const alias = (name: string) => ({ type: 'VARIABLE_ALIAS' as const, id: named(name).id });
  const semantic = meta.variableCollections['VariableCollectionId:2:1']!;
  const [light, dark] = semantic.modes.map((mode) => mode.modeId) as [string, string];
  const add = (id: string, name: string, values: Record<string, unknown>) => {
    meta.variables[id] = {
      ...named('color/bg/canvas'),
      id,
      name,
      key: `key-${id}`,
      valuesByMode: values as LocalVariable['valuesByMode'],
    };
    semantic.variableIds.push(id);
  };
  add('VariableID:2:901', 'color/overlay/scrim', {
    [light]: { color: alias('color/gray/900'), opacity: 0.5 },
    [dark]: { color: alias('color/gray/950'), opacity: alias('opacity/disabled') },
  });
  add('VariableID:2:902', 'color/accent/wash', {
    [light]: { color: { r: 0.2, g: 0.4, b: 0.6, a: 1 }, opacity: alias('opacity/disabled') },
    [dark]: { color: alias('color/accent/default'), opacity: 0.3 },
  });
  add('VariableID:2:903', 'color/bg/dimmed', {
    [light]: alias('color/overlay/scrim'),
    [dark]: alias('color/overlay/scrim'),
  });
  return meta;
}

const INPUTS: [string, () => Meta][] = [
  [
    'figma-example-handles-aliases.json',
    () => publicResponse('figma-example-handles-aliases.json'),
  ],
  [
    'figma-example-returns-token-files.json',
    () => publicResponse('figma-example-returns-token-files.json'),
  ],
  ['figma-example-ignores-remote.json', () => publicResponse('figma-example-ignores-remote.json')],
  [
    'tromsfylkestrafikk-variables-local.json',
    () => publicResponse('tromsfylkestrafikk-variables-local.json'),
  ],
  ['the emulator’s demo file', designSystemVariables],
  ['the demo file with composed colours', demoWithComposedColours],
];

const exportFiles = (meta: Meta): DtcgFile[] =>
  buildFormat(convertVariables(meta, {}), 'dtcg', {}).map((file) => ({
    name: file.path,
    text: file.contents,
  }));

const plan = (meta: Meta, files: DtcgFile[], allowDelete: boolean): ChangeSet =>
  buildChangeSet(meta, readDtcgExport(files), { allowDelete });

let emulator: Emulator;
let figma: FigmaClient;

beforeAll(async () => {
  emulator = await withEmulator();
  const { providerAccessToken } = await session(await signedIn(emulator, 'ada'), emulator);
  figma = createFigmaClient({
    baseUrl: emulator.figmaApiBase,
    tokens: { token: async () => providerAccessToken, reportRejected: () => undefined },
  });
  // Dozens of writes in a few seconds would meet Figma's Tier 3 budget; limits have their own tests.
  await control('config', { rateLimits: false });
});
afterAll(() => emulator.close());

async function control(path: string, body: unknown) {
  const response = await fetch(`${emulator.appwriteOrigin}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** The file now holds `meta`, as Figma would after those variables were made in it. */
const load = (meta: Meta) => control(`files/${DESIGN_SYSTEM_KEY}/variables`, { meta });

const live = async (): Promise<Meta> =>
  (
    await figma.get<GetLocalVariablesResponse>(
      `/v1/files/${encodeURIComponent(DESIGN_SYSTEM_KEY)}/variables/local`,
    )
  ).meta;

/** Sends the plan exactly as the write-back confirmation does. */
const write = (changeSet: ChangeSet) =>
  writeVariables(figma, DESIGN_SYSTEM_KEY, {
    bodies: changeSet.bodies,
    withRealIds: (bodies, tempIdToRealId) =>
      applyTempIds({ ...changeSet, bodies: [...bodies] }, tempIdToRealId).bodies,
  });

const expectNothingPlanned = (changeSet: ChangeSet) => {
  expect(changeSet.errors).toEqual([]);
  expect(changeSet.preview.rows).toEqual([]);
  expect(changeSet.bodies).toEqual([]);
  expect(changeSet.empty).toBe(true);
};

describe.each(INPUTS)('%s on the emulator', (_name, input) => {
  it.each([false, true])(
    'reads back as loaded, and its export plans nothing (deletes allowed: %s)',
    async (allowDelete) => {
      await load(input());
      const current = await live();
      expect(current).toEqual(input());
      expectNothingPlanned(plan(current, exportFiles(current), allowDelete));
    },
  );

  it.each(singleEdits(exportFiles(input()), input()))(
    'one $kind edit ($token) is planned, written and read back alone',
    async (edit) => {
      await load(input());
      const before = await live();
      const edited = edit.apply(exportFiles(before));
      const changeSet = plan(before, edited, true);
      expect(changeSet.errors).toEqual([]);
      expect(changeSet.preview.rows).toHaveLength(1);
      expect(changeSet.bodies).toEqual([
        {
          variableModeValues: [
            { variableId: edit.variableId, modeId: edit.modeId, value: edit.expected },
          ],
        },
      ]);

      await write(changeSet);
      const after = await live();
      const wanted = structuredClone(before);
      wanted.variables[edit.variableId]!.valuesByMode[edit.modeId] = edit.expected;
      expect(after).toEqual(wanted);
      expectNothingPlanned(plan(after, edited, true));
    },
  );
});

describe('the inputs above', () => {
  it('offer every kind of single edit somewhere', () => {
    const kinds = new Set(
      INPUTS.flatMap(([, input]) => singleEdits(exportFiles(input()), input())).map((e) => e.kind),
    );
    expect([...kinds].sort()).toEqual(
      ['alias retarget', 'colour', 'composed opacity', 'filled mode', 'number'].sort(),
    );
  });
});

describe('structural edits on the emulator', () => {
  it('a mode whose file and context are removed is deleted, with its values', async () => {
    // tromsfylkestrafikk's Theme collection has four modes; "fram" goes (deletes allowed).
    const input = publicResponse('tromsfylkestrafikk-variables-local.json');
    await load(input);
    const before = await live();
    const theme = Object.values(before.variableCollections).find((c) => c.name === 'Theme')!;
    const fram = theme.modes.find((m) => m.name.toLowerCase() === 'fram')!;
    const files = exportFiles(before)
      .filter((file) => file.name !== 'tokens/theme/fram.tokens.json')
      .map((file) => {
        if (!file.name.endsWith('.resolver.json')) return file;
        const resolver = JSON.parse(file.text) as {
          modifiers: Record<string, { contexts: Record<string, unknown> }>;
        };
        delete resolver.modifiers.theme!.contexts.fram;
        return { ...file, text: JSON.stringify(resolver) };
      });
    const changeSet = plan(before, files, true);
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.bodies).toEqual([{ variableModes: [{ action: 'DELETE', id: fram.modeId }] }]);

    await write(changeSet);
    const after = await live();
    const wanted = structuredClone(before);
    const wantedTheme = wanted.variableCollections[theme.id]!;
    wantedTheme.modes = wantedTheme.modes.filter((m) => m.modeId !== fram.modeId);
    for (const variable of Object.values(wanted.variables))
      delete variable.valuesByMode[fram.modeId];
    expect(after).toEqual(wanted);
    expectNothingPlanned(plan(after, files, true));
  });
});

describe('renaming a mode in the resolver', () => {
  it('renames the Figma mode its file names, keeping its id and values', async () => {
    const input = publicResponse('tromsfylkestrafikk-variables-local.json');
    await load(input);
    const before = await live();
    const theme = Object.values(before.variableCollections).find((c) => c.name === 'Theme')!;
    const reis = theme.modes.find((m) => m.name === 'Reis')!;
    // The context key alone is edited; tokens/theme/reis.tokens.json still names mode 3766:0.
    const files = exportFiles(before).map((file) => {
      if (!file.name.endsWith('.resolver.json')) return file;
      const resolver = JSON.parse(file.text) as {
        modifiers: Record<string, { contexts: Record<string, unknown> }>;
      };
      const contexts = resolver.modifiers.theme!.contexts;
      resolver.modifiers.theme!.contexts = Object.fromEntries(
        Object.entries(contexts).map(([name, value]) => [
          name === 'reis' ? 'reis-2025' : name,
          value,
        ]),
      );
      return { ...file, text: JSON.stringify(resolver) };
    });
    const changeSet = plan(before, files, true);
    expect(changeSet.errors).toEqual([]);
    expect(changeSet.bodies).toEqual([
      {
        variableModes: [
          { action: 'UPDATE', id: reis.modeId, name: 'reis-2025', variableCollectionId: theme.id },
        ],
      },
    ]);

    await write(changeSet);
    const after = await live();
    const wanted = structuredClone(before);
    wanted.variableCollections[theme.id]!.modes.find((m) => m.modeId === reis.modeId)!.name =
      'reis-2025';
    expect(after).toEqual(wanted);
    expectNothingPlanned(plan(after, files, true));
  });
});
