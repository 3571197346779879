import { ErrorCode } from '../errors/error-code';
import { AppointmentSort } from '../appointments/appointment.types';
import { SORT_KEYS } from '../appointments/appointment-sort';
import { decodeCursor, encodeCursor, queryFingerprint } from './keyset-cursor';

const print = queryFingerprint([{}, 'TITLE', 'ASC']);
const expectInvalid = (f: () => unknown) => {
  try {
    f();
  } catch (err: any) {
    expect([err.code, err.params]).toEqual([ErrorCode.InvalidParam, ['after']]);
    return;
  }
  throw new Error('expected invalid-param');
};

describe('keyset cursors', () => {
  it('round-trips a position for the same query', () => {
    const cursor = encodeCursor(print, { key: 'Photo shoot', id: 42 });
    expect(decodeCursor(cursor, print, SORT_KEYS[AppointmentSort.TITLE])).toEqual({ key: 'Photo shoot', id: 42 });
    const nullRef = encodeCursor(print, { key: null, id: 7 });
    expect(decodeCursor(nullRef, print, SORT_KEYS[AppointmentSort.REFERENCE])).toEqual({ key: null, id: 7 });
  });

  it('refuses a cursor of another query, an altered one, and garbage', () => {
    const cursor = encodeCursor(print, { key: 'x', id: 1 });
    expectInvalid(() => decodeCursor(cursor, queryFingerprint([{}, 'TITLE', 'DESC']), SORT_KEYS[AppointmentSort.TITLE]));
    const [body, mac] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify([1, print, 'x', 2])).toString('base64url');
    expectInvalid(() => decodeCursor(`${forged}.${mac}`, print, SORT_KEYS[AppointmentSort.TITLE]));
    expectInvalid(() => decodeCursor(`${body}.${'A'.repeat(22)}`, print, SORT_KEYS[AppointmentSort.TITLE]));
    for (const junk of ['', '.', 'abc', `${body}`, `${body}.${mac}.x`, '%%%.%%%']) {
      expectInvalid(() => decodeCursor(junk, print, SORT_KEYS[AppointmentSort.TITLE]));
    }
  });

  it('refuses a key of the wrong kind for the sort (e.g. NULL where the key cannot be NULL)', () => {
    expectInvalid(() => decodeCursor(encodeCursor(print, { key: null, id: 1 }), print, SORT_KEYS[AppointmentSort.TITLE]));
    expectInvalid(() => decodeCursor(encodeCursor(print, { key: 'yesterday', id: 1 }), print, SORT_KEYS[AppointmentSort.START_DATE]));
    expectInvalid(() => decodeCursor(encodeCursor(print, { key: 5, id: 1 }), print, SORT_KEYS[AppointmentSort.ID]));
    expectInvalid(() => decodeCursor(encodeCursor(print, { key: 'x', id: 0 }), print, SORT_KEYS[AppointmentSort.TITLE]));
  });
});
