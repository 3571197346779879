import { APPLICATIONS, ApplicationSlug } from './applications';
import { hasAnyRecord, roleFor, UserRecords } from './roles';

const records = (...roles: (keyof UserRecords)[]): UserRecords => ({
  employee: roles.includes('employee'),
  liaison: roles.includes('liaison'),
  client: roles.includes('client'),
});

describe("roleFor: the application picks the role among the user's records", () => {
  it.each<[ApplicationSlug, UserRecords, string | null]>([
    ['planox2', records('employee'), 'employee'],
    ['planox2', records('liaison', 'client'), null],
    ['planoorder', records('employee'), null],
    ['planoorder', records('client'), 'client'],
    ['planoorder', records('liaison', 'client'), 'liaison'],
    ['planoauth', records('employee', 'liaison', 'client'), 'employee'],
    ['planoauth', records('client'), 'client'],
    ['planoauth', records(), null],
  ])('%s with %j → %s', (application, r, role) => {
    expect(roleFor(application, r)).toBe(role);
  });

  it('knows exactly the three applications of the contract', () => {
    expect(Object.keys(APPLICATIONS).sort()).toEqual(['planoauth', 'planoorder', 'planox2']);
  });

  it('tells a user with no record apart', () => {
    expect(hasAnyRecord(records())).toBe(false);
    expect(hasAnyRecord(records('liaison'))).toBe(true);
  });
});
