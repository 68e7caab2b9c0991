import { describe, expect, it } from 'vitest';
import { fileName, folderOf, groupByFolder } from './file-groups';

const paths = (list: string[]) => list.map((path) => ({ path }));

describe('groupByFolder', () => {
  it('puts top-level files first, then folders in generated order with parents before subfolders', () => {
    const groups = groupByFolder(
      paths([
        'tokens/primitives.tokens.json',
        'tokens/semantic/light.tokens.json',
        'tokens.resolver.json',
        'tokens.css',
        'android/res/values/tokens.xml',
        'tokens/semantic/dark.tokens.json',
        'android/res/values-night/tokens.xml',
        'android/Tokens.kt',
      ]),
    );
    expect(groups.map((g) => [g.folder, g.files.map((f) => f.path)])).toEqual([
      ['', ['tokens.resolver.json', 'tokens.css']],
      ['tokens/', ['tokens/primitives.tokens.json']],
      [
        'tokens/semantic/',
        ['tokens/semantic/light.tokens.json', 'tokens/semantic/dark.tokens.json'],
      ],
      ['android/', ['android/Tokens.kt']],
      ['android/res/values/', ['android/res/values/tokens.xml']],
      ['android/res/values-night/', ['android/res/values-night/tokens.xml']],
    ]);
  });

  it('has no empty top-level group when every file is in a folder', () => {
    expect(groupByFolder(paths(['ios/Tokens.swift'])).map((g) => g.folder)).toEqual(['ios/']);
    expect(groupByFolder([])).toEqual([]);
  });
});

describe('folderOf and fileName', () => {
  it('split a path at its last slash', () => {
    expect(folderOf('android/res/values/tokens.xml')).toBe('android/res/values/');
    expect(fileName('android/res/values/tokens.xml')).toBe('tokens.xml');
    expect(folderOf('tokens.css')).toBe('');
    expect(fileName('tokens.css')).toBe('tokens.css');
  });
});
