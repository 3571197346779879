import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from './user.entity';

/** The role a request acts in, picked by its application from the user's records. */
export enum ViewerRole {
  EMPLOYEE = 'employee',
  LIAISON = 'liaison',
  CLIENT = 'client',
}

registerEnumType(ViewerRole, {
  name: 'Role',
  description: "The role a request acts in: the application (X-Application) picks it among the user's records.",
  valuesConfig: {
    EMPLOYEE: {
      description: 'Staff: reads and writes every appointment, reads and signs off every order. Application tokens act as employees.',
    },
    LIAISON: {
      description: "Reads and updates the appointments of the customers they are linked to, and reads those customers' orders.",
    },
    CLIENT: { description: "Reads their own customer's appointments and orders; writes nothing." },
  },
});

@ObjectType('ViewerSession', {
  description: "The session the request was made with (the seed's session_view). The token itself is never shown.",
})
export class ViewerSession {
  @Field(() => ID, { description: "The session's id (what `npm run token -- revoke --session <id>` takes)." })
  id!: string;

  @Field(() => Date, { description: 'When the session was created (UTC instant).' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Written at most once a minute, so it may lag by up to a minute.' })
  lastUsedAt!: Date;

  @Field(() => Boolean, { description: 'A remember-me session never expires (it can still be revoked).' })
  rememberMe!: boolean;

  @Field(() => String, { nullable: true, description: 'The application the session was created for.' })
  application!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the session stops being accepted: seven days after it was created or 72 hours after its last use, whichever is first; null with rememberMe.',
  })
  expiresAt!: Date | null;
}

@ObjectType('Application', { description: "An application a request can act in (the seed's application_view)." })
export class ViewerApplication {
  @Field(() => String, { description: "planoauth, planoorder or planox2: the X-Application header's value." })
  slug!: string;

  @Field(() => String, { description: "The application's display name, e.g. Plano Scheduler." })
  name!: string;
}

@ObjectType('Viewer', { description: 'Who the request acts as.' })
export class Viewer {
  @Field(() => ViewerSession, { nullable: true, description: 'Null for an application token.' })
  session!: ViewerSession | null;

  @Field(() => ViewerApplication, { description: 'The application the request acts in.' })
  application!: ViewerApplication;

  @Field(() => User, { nullable: true, description: 'The signed-in user; null for an application token.' })
  user!: User | null;

  @Field(() => ViewerRole, { description: 'The role the request acts in, which decides what it may read and write.' })
  role!: ViewerRole;
}
