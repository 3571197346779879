import { Field, ID, InputType } from 'type-graphql';

const PATTERN =
  'A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match.';

@InputType({ description: 'Which customers to list. Every field given must hold (they are ANDed).' })
export class CustomerFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these customers (at most 1000 ids).' })
  ids?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: `The customer's reference. ${PATTERN} Matching is exact in case and accents, as references are.`,
  })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: `The customer's name. ${PATTERN} Matching ignores ASCII case.` })
  name?: string | null;
}
