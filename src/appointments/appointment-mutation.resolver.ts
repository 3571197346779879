import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { Appointment } from '../database/entities';
import { AppointmentWriteService } from './appointment-write.service';
import { CreateAppointmentInput, UpdateAppointmentInput, UpsertAppointmentInput } from './appointment-inputs.type';
import { DeleteAppointmentPayload } from './delete-payload.type';
import { UpsertAppointmentPayload } from './upsert-payload.type';

// Nullable with a default, as the contract has it: an explicit null reads as false.
const MONTH_FIRST = {
  nullable: true,
  defaultValue: false,
  description: "Read every date-only input as MM/DD/YYYY instead of YYYY-MM-DD (the FileMaker apps' format).",
};

@Resolver()
export class AppointmentMutationResolver {
  constructor(private readonly service: AppointmentWriteService) {}

  @Mutation(() => Appointment, {
    description: 'Creates an appointment. Needs title, startDate and endDate (or their *Utc date+time pairs).',
  })
  createAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateAppointmentInput) input: CreateAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
  ): Promise<Appointment> {
    return this.service.create(ctx, input, !!monthFirst);
  }

  @Mutation(() => Appointment, {
    description: 'Partially updates an appointment; input.updatedAtMt must be its current stamp (else stale-update).',
  })
  updateAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAppointmentInput) input: UpdateAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
  ): Promise<Appointment> {
    return this.service.update(ctx, { id: parseId(id, 'id') }, input, !!monthFirst);
  }

  @Mutation(() => Appointment, { description: 'updateAppointment, naming the appointment by its external reference.' })
  updateAppointmentByReference(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String) reference: string,
    @Arg('input', () => UpdateAppointmentInput) input: UpdateAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
  ): Promise<Appointment> {
    return this.service.update(ctx, { reference }, input, !!monthFirst);
  }

  @Mutation(() => UpsertAppointmentPayload, {
    description: 'Inserts the appointment with this reference, or updates the fields sent on the existing one; race-free.',
  })
  upsertAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String) reference: string,
    @Arg('input', () => UpsertAppointmentInput) input: UpsertAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
  ): Promise<UpsertAppointmentPayload> {
    return this.service.upsert(ctx, reference, input, !!monthFirst);
  }

  @Mutation(() => DeleteAppointmentPayload, {
    description: 'Deletes an appointment and its contact links; a signed-off one is refused (delete-failed).',
  })
  deleteAppointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<DeleteAppointmentPayload> {
    return this.service.delete(ctx, { id: parseId(id, 'id') });
  }

  @Mutation(() => DeleteAppointmentPayload, { description: 'deleteAppointment, naming the appointment by its external reference.' })
  deleteAppointmentByReference(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String) reference: string,
  ): Promise<DeleteAppointmentPayload> {
    return this.service.delete(ctx, { reference });
  }
}
