/** The app's Figma client: configured base URL, requests authorised through the token gate. */
import { getConfig } from '../config';
import { figmaToken, reportRejectedFigmaToken } from '../auth/figma-token';
import { createFigmaClient } from './create-figma-client';
import type { FigmaClient } from './create-figma-client';
import { figmaMeter } from './figma-meter';

let client: FigmaClient | undefined;

export function figmaClient(): FigmaClient {
  client ??= createFigmaClient({
    baseUrl: getConfig().figmaApiBase,
    tokens: { token: figmaToken, reportRejected: reportRejectedFigmaToken },
    meter: figmaMeter,
  });
  return client;
}
