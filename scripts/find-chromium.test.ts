import { findChromium } from './find-chromium.mjs';

// The e2e suite must never be skipped for want of a browser: every path either yields one or
// says how to get one.
describe('findChromium', () => {
  const saved = { path: process.env.CHROMIUM_PATH, mode: process.env.TOKENPORT_CHROMIUM };
  afterEach(() => {
    for (const [key, value] of [
      ['CHROMIUM_PATH', saved.path],
      ['TOKENPORT_CHROMIUM', saved.mode],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('names a CHROMIUM_PATH that does not exist, with the fix', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(await findChromium()).toEqual({
      error: expect.stringContaining('CHROMIUM_PATH points at /nonexistent/chromium'),
    });
  });

  it('unpacks the Chromium shipped in the npm package when asked to skip the system one', async () => {
    delete process.env.CHROMIUM_PATH;
    process.env.TOKENPORT_CHROMIUM = 'npm';
    const found = await findChromium();
    expect(found).toMatchObject({ source: 'npm', path: expect.stringMatching(/chromium$/) });
  });
});
