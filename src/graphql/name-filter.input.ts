import { Field, ID, InputType } from 'type-graphql';

const PATTERN =
  'A pattern: * matches any run of characters, every other character (% and _ included) is literal; without * it is an exact match.';

/**
 * The filter input `name` of a list by id, reference and name (domain/named-records.ts), whose
 * rows the descriptions call `singular`/`plural`.
 */
export function nameFilterInput(name: string, singular: string, plural: string) {
  @InputType(name, { description: `Which ${plural} to list. Every field given must hold (they are ANDed).` })
  class NameFilter {
    @Field(() => [ID], { nullable: true, description: `Only these ${plural} (at most 1000 ids).` })
    ids?: string[] | null;

    @Field(() => String, {
      nullable: true,
      description: `The ${singular}'s reference. ${PATTERN} Matching is exact in case and accents, as references are.`,
    })
    reference?: string | null;

    @Field(() => String, { nullable: true, description: `The ${singular}'s name. ${PATTERN} Matching ignores ASCII case.` })
    name?: string | null;
  }
  return NameFilter;
}
