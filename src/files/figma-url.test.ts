import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFileUrl, parseTeamInput } from './figma-url';

describe('parseFileUrl', () => {
  it.each([
    [
      'https://www.figma.com/design/AbC123xyz0/Name?node-id=1-2&t=x',
      { fileKey: 'AbC123xyz0', mainFileKey: 'AbC123xyz0', nodeId: '1:2' },
    ],
    [
      'https://www.figma.com/file/AbC123xyz0/Name',
      { fileKey: 'AbC123xyz0', mainFileKey: 'AbC123xyz0' },
    ],
    ['figma.com/board/AbC123xyz0', { fileKey: 'AbC123xyz0', mainFileKey: 'AbC123xyz0' }],
    [
      'https://figma.com/proto/AbC123xyz0/Name?page-id=0',
      { fileKey: 'AbC123xyz0', mainFileKey: 'AbC123xyz0' },
    ],
    [
      'https://www.figma.com/design/AbC123xyz0/branch/BrAnCh12345/Name?node-id=3-4',
      {
        fileKey: 'BrAnCh12345',
        mainFileKey: 'AbC123xyz0',
        branchKey: 'BrAnCh12345',
        nodeId: '3:4',
      },
    ],
  ])('reads %s', (input, expected) => {
    expect(parseFileUrl(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['https://example.com/design/AbC123xyz0', /Figma file/],
    ['https://www.figma.com/files/team/123456/Acme', /team link/],
    ['https://www.figma.com/files/project/123456/Name', /project link/],
    ['https://www.figma.com/design/short', /does not look like/],
    ['javascript:alert(1)', /Figma file/],
    ['<script>alert(1)</script>', /Figma file/],
    ['https://www.figma.com/design/../../etc/passwd', /does not look like/],
    ['https://evil.com/?u=https://www.figma.com/design/AbC123xyz0', /Figma file/],
    ['https://www.figma.com.evil.com/design/AbC123xyz0', /Figma file/],
    ['', /Figma file/],
  ])('refuses %s with advice', (input, message) => {
    const result = parseFileUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('never accepts anything that is not on figma.com', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const result = parseFileUrl(url);
        if (result.ok) expect(new URL(url).hostname.endsWith('figma.com')).toBe(true);
      }),
    );
  });
});

describe('parseTeamInput', () => {
  it('reads team links in their forms and bare ids', () => {
    expect(
      parseTeamInput('https://www.figma.com/files/team/1100000000000000001/Acme-Design'),
    ).toEqual({ ok: true, value: '1100000000000000001' });
    expect(parseTeamInput('figma.com/files/98765/team/1234567/Name?fuid=1')).toEqual({
      ok: true,
      value: '1234567',
    });
    expect(parseTeamInput(' 1234567 ')).toEqual({ ok: true, value: '1234567' });
  });

  it('explains what a team link looks like', () => {
    const result = parseTeamInput('https://www.figma.com/design/AbC123xyz0/File');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/files\/team\//);
  });
});
