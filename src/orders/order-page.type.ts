import { Field, ObjectType } from 'type-graphql';
import { Order } from '../database/entities';
import { Paging } from '../graphql/paging.type';

@ObjectType({ description: 'One offset page of orders, with the total over all pages.' })
export class OrderPage {
  @Field(() => Paging, { description: "Where this page sits: the total, the page size and offset, and the neighbouring pages' offsets." })
  paging!: Paging;

  @Field(() => [Order], { description: "The page's orders, in the order asked for." })
  data!: Order[];
}
