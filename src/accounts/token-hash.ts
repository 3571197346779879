import { hash, randomBytes } from 'node:crypto';

/** What a token is for; its prefix says so, so a leaked token is recognisable at a glance. */
export type TokenKind = 'session' | 'application';

const PREFIX: Record<TokenKind, string> = { session: 'gws_', application: 'gwa_' };

/** A new token: 32 random bytes, base64url, behind its kind's prefix. Shown once, never stored. */
export function newToken(kind: TokenKind): string {
  return `${PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
}

/** The kind a token claims by its prefix, or null for anything that is not one of ours. */
export function tokenKind(token: string): TokenKind | null {
  if (token.startsWith(PREFIX.session)) return 'session';
  if (token.startsWith(PREFIX.application)) return 'application';
  return null;
}

/**
 * The only form in which a token is stored: SHA-256, lowercase hex (64 characters). One call,
 * without the Hash stream createHash makes: every request hashes its token.
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}
