import type { Actor } from '../context/actor';
import { User } from './user.entity';
import { ErrorCode } from '../errors/error-code';
import { DomainError } from '../errors/domain.error';
import { Viewer, ViewerRole } from './viewer.type';
import { APPLICATIONS, isApplication } from './applications';

const ROLES: Record<string, ViewerRole> = { employee: ViewerRole.EMPLOYEE, liaison: ViewerRole.LIAISON, client: ViewerRole.CLIENT };

/** The `viewer` of a request, built from what authentication found: no further query. */
export function viewerOf(actor: Actor): Viewer {
  const role = ROLES[actor.role];
  if (!role || !isApplication(actor.application)) {
    throw new DomainError(ErrorCode.PermissionDenied, 'Only a signed-in user or an application token has a viewer.');
  }
  const s = actor.session ?? null;
  const user = s ? Object.assign(new User(), { id: s.user.id, reference: s.user.reference, name: s.user.name, email: s.user.email }) : null;
  return {
    session: s && {
      id: String(s.id),
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      rememberMe: s.rememberMe,
      application: s.application,
      expiresAt: s.expiresAt,
    },
    application: { slug: actor.application, name: APPLICATIONS[actor.application] },
    user,
    role,
  };
}
