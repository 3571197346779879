import crypto from 'node:crypto';
import { DomainError } from '../errors/domain.error';

/*
 * The change feed's cursors: base64url JSON of [version, seq], followed by a MAC, as the
 * appointment connection's (appointments/keyset-cursor.ts) but under a key of its own, so that
 * neither kind of cursor passes for the other. Not a secret: a forged position would only show
 * changes the caller may see anyway; the MAC makes an edited or foreign cursor invalid-param.
 */

const VERSION = 1;
const MAC_KEY = 'appointment-changes-cursor/v1';

function mac(body: string): string {
  return crypto.createHmac('sha256', MAC_KEY).update(body).digest('base64url').slice(0, 22);
}

/** The cursor of the change at `seq`: the feed continues after it. */
export function encodeChangeCursor(seq: number): string {
  const body = Buffer.from(JSON.stringify([VERSION, seq])).toString('base64url');
  return `${body}.${mac(body)}`;
}

function invalid(): DomainError {
  return DomainError.invalidParam('after', 'The cursor after is not a change feed cursor (it is malformed or altered).');
}

/** The seq a cursor made by encodeChangeCursor names; anything else is invalid-param ['after']. */
export function decodeChangeCursor(cursor: string): number {
  const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  if (!match) throw invalid();
  const [, body, tag] = match;
  if (!crypto.timingSafeEqual(Buffer.from(mac(body)), Buffer.from(tag))) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [version, seq] = parsed as unknown[];
  if (version !== VERSION || typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) throw invalid();
  return seq;
}
