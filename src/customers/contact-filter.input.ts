import { Field, ID, InputType } from 'type-graphql';

const PATTERN =
  'A pattern: * matches any run of characters, every other character (%, _ and \\ included) is literal; without * it is an exact match. ' +
  'Matching ignores ASCII case.';

@InputType({ description: 'Which contacts to list. Every field given must hold (they are ANDed).' })
export class ContactFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these contacts (at most 1000 ids).' })
  ids?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only the contacts of these customers (at most 1000 ids); customers the caller may not see add none.',
  })
  customerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: `The contact's name. ${PATTERN}` })
  name?: string | null;

  @Field(() => String, { nullable: true, description: `The contact's email address (contacts without one never match). ${PATTERN}` })
  email?: string | null;
}
