/**
 * The only module that imports the Appwrite SDK. Everything else goes through these exports, so the
 * SDK can be swapped, upgraded or faked in one place.
 */
import { Account, AppwriteException, Client, OAuthProvider } from 'appwrite';
import type { Models } from 'appwrite';
import { getConfig } from '../config';

export { AppwriteException, OAuthProvider };
export type AppwriteUser = Models.User<Models.Preferences>;
export type AppwriteSession = Models.Session;
export type AppwritePreferences = Models.Preferences;

let account: Account | undefined;

/** Built on first use, after the config gate has accepted the configuration. */
export function getAccount(): Account {
  if (!account) {
    const config = getConfig();
    const client = new Client()
      .setEndpoint(config.appwriteEndpoint)
      .setProject(config.appwriteProjectId);
    account = new Account(client);
  }
  return account;
}

export function isAppwriteException(error: unknown): error is AppwriteException {
  return error instanceof AppwriteException;
}
