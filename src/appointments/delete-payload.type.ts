import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The result of a delete: success is always true (a refused delete is an error).' })
export class DeleteAppointmentPayload {
  @Field(() => Boolean, { description: 'Always true: a refused delete answers an error instead.' })
  success!: boolean;

  @Field(() => ID, { description: 'The id the deleted appointment had.' })
  id!: number;
}
