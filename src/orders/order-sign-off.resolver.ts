import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { OrderSignOffService } from './order-sign-off.service';
import { SignOffOrderInput } from './sign-off.input';
import { SignOffOrderPayload } from './sign-off-payload.type';

@Resolver()
export class OrderSignOffResolver {
  constructor(private readonly service: OrderSignOffService) {}

  @Mutation(() => SignOffOrderPayload, {
    description:
      'Signs an order off after the shoot: notes, line items, the appointment (done, or cancelled with a reason) ' +
      "and a history entry, in one transaction. Needs the order's current updatedAt; any failure changes nothing.",
  })
  signOffOrder(@Ctx() ctx: RequestContext, @Arg('input', () => SignOffOrderInput) input: SignOffOrderInput): Promise<SignOffOrderPayload> {
    return this.service.signOff(ctx, input);
  }
}
