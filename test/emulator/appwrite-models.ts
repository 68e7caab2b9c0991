/** Appwrite's response models for users and sessions (research/appwrite.md §8.4, §9). */
import type { AppwriteSession, AppwriteUser } from './state';

export const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
/** Appwrite 1.9.x's PATCH reply format. */
export const legacyDate = (ms: number) =>
  new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

export function userModel(user: AppwriteUser) {
  return {
    $id: user.id,
    $createdAt: user.createdAt,
    $updatedAt: user.createdAt,
    name: user.name,
    registration: user.createdAt,
    status: true,
    labels: [],
    passwordUpdate: '',
    email: user.email,
    phone: '',
    emailVerification: true,
    phoneVerification: false,
    mfa: false,
    prefs: user.prefs,
    targets: [
      {
        $id: `target-${user.id}`,
        $createdAt: user.createdAt,
        $updatedAt: user.createdAt,
        name: '',
        userId: user.id,
        providerId: null,
        providerType: 'email',
        identifier: user.email,
        expired: false,
      },
    ],
    accessedAt: iso(Date.now()),
  };
}

export function sessionModel(
  session: AppwriteSession,
  current: boolean,
  expireFormat: 'iso' | 'legacy' = 'iso',
) {
  const expireMs = Date.parse(session.expire);
  return {
    $id: session.id,
    $createdAt: session.createdAt,
    $updatedAt: session.updatedAt,
    userId: session.userId,
    expire: expireFormat === 'legacy' ? legacyDate(expireMs) : session.expire,
    provider: 'figma',
    providerUid: session.providerUid,
    providerAccessToken: session.providerAccessToken,
    providerAccessTokenExpiry: session.providerAccessTokenExpiry,
    providerRefreshToken: session.providerRefreshToken,
    ip: '127.0.0.1',
    osCode: 'LIN',
    osName: 'Linux',
    osVersion: '',
    clientType: 'browser',
    clientCode: 'CH',
    clientName: 'Chrome',
    clientVersion: '',
    clientEngine: 'Blink',
    clientEngineVersion: '',
    deviceName: 'desktop',
    deviceBrand: '',
    deviceModel: '',
    countryCode: '--',
    countryName: 'Unknown',
    current,
    factors: session.factors,
    secret: '',
    mfaUpdatedAt: '',
  };
}
