import { Field, ObjectType } from 'type-graphql';
import { Contact, Customer } from '../database/entities';
import { Paging } from '../graphql/paging.type';

const PAGING = "Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets.";

@ObjectType({ description: 'One offset page of customers, with the total over all pages.' })
export class CustomerPage {
  @Field(() => Paging, { description: PAGING })
  paging!: Paging;

  @Field(() => [Customer], { description: "The page's customers, in the order asked for." })
  data!: Customer[];
}

@ObjectType({ description: "One offset page of a customer's contacts, with the total over all pages." })
export class ContactPage {
  @Field(() => Paging, { description: PAGING })
  paging!: Paging;

  @Field(() => [Contact], { description: "The page's contacts, by name then id." })
  data!: Contact[];
}
