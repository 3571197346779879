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
      'and a history entry, in one transaction; employees only (else permission-denied). Any refusal changes nothing: ' +
      "not-found (no such order, or not visible, by id or reference), stale-update (input.updatedAt is not the order's current one), " +
      'invalid-param (a line item or appointment of another order, an unknown appointmentReference, an id and its reference both sent, ' +
      'a line item listed twice, a negative quantity, completedQuantity above quantity, a length), invalid-datetime-format (completedDate), ' +
      'missing-param (a cancelNote without a cancelReason; neither the id nor the reference of the order or the appointment); ' +
      'retryable: lock-timeout (a row stayed locked past the bound; Retry-After), shutting-down, idempotency-in-progress.',
  })
  signOffOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SignOffOrderInput, {
      description: 'The order (by id or reference), its stamp, the line items to update and the appointment (by id or reference).',
    })
    input: SignOffOrderInput,
  ): Promise<SignOffOrderPayload> {
    return this.service.signOff(ctx, input);
  }
}
