/**
 * Where this browser keeps a user's data at rest. One list, so the features that write these
 * stores and the sign-out wipe (src/auth/user-data.ts) can never disagree about a name.
 * None of them may ever hold a token.
 */

/** The IndexedDB database of Tokenport's features. */
export const USER_DATA_DB = 'tokenport';

/** Object store of the last export downloaded per source (src/variables/last-export-store.ts). */
export const LAST_EXPORTS_STORE = 'last-exports';

/** localStorage prefix of the per-file FLOAT type overrides (src/variables/float-overrides.ts). */
export const FLOAT_TYPES_KEY_PREFIX = 'tokenport.float-types.';

/** Object stores of USER_DATA_DB that the sign-out wipe clears. */
export const USER_DATA_OBJECT_STORES: readonly string[] = [LAST_EXPORTS_STORE];

/** localStorage key prefixes that the sign-out wipe removes. */
export const USER_DATA_LOCAL_PREFIXES: readonly string[] = [FLOAT_TYPES_KEY_PREFIX];
