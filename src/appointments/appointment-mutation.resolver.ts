import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { Appointment } from '../database/entities';
import { AppointmentWriteService } from './appointment-write.service';
import { CreateAppointmentInput, UpdateAppointmentInput, UpsertAppointmentInput } from './appointment-inputs.type';
import { DeleteAppointmentPayload } from './delete-payload.type';
import { UpsertAppointmentPayload } from './upsert-payload.type';
import { selectedFieldNames } from '../graphql/selected-fields';

// Nullable with a default, as the contract has it: an explicit null reads as false.
const MONTH_FIRST = {
  nullable: true,
  defaultValue: false,
  description: "Read every date-only input as MM/DD/YYYY instead of YYYY-MM-DD (the FileMaker apps' format).",
};

// What every create, update and upsert can answer besides its own codes.
const WRITE_ERRORS =
  'invalid-param (a length or range, a pointer that does not exist or does not belong with the appointment), ' +
  'invalid-param-type (an id that is not a positive integer), invalid-datetime-format (a date, time or instant not in its format), ' +
  'date-validation-error (an end before its start), save-failed (the reference is taken); and, retryable, ' +
  'lock-timeout (the row stayed locked by another writer past the bound; Retry-After), shutting-down, ' +
  'idempotency-in-progress (an Idempotency-Key whose first request is still running)';
const BY_ID = { description: "The appointment's id." };
const UPDATE_INPUT = 'The fields to change (left out: kept; null: cleared), and the updatedAtMt last read.';
const BY_REFERENCE = { description: "The appointment's external reference (Appointment.reference)." };

@Resolver()
export class AppointmentMutationResolver {
  constructor(private readonly service: AppointmentWriteService) {}

  @Mutation(() => Appointment, {
    description:
      'Creates an appointment; employees only (else permission-denied). Needs title, startDate and endDate ' +
      `(or their *Utc date+time pairs): missing-param. Other refusals: ${WRITE_ERRORS}.`,
  })
  createAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateAppointmentInput, { description: "The new appointment's fields." }) input: CreateAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Appointment> {
    return this.service.create(ctx, input, !!monthFirst, selectedFieldNames(info, []));
  }

  @Mutation(() => Appointment, {
    description:
      "Partially updates an appointment: employees any, liaisons their customers' (clients: permission-denied). " +
      'input.updatedAtMt must be its current stamp, else stale-update (extensions.currentStamp holds the current one); ' +
      `not-found when it does not exist or the caller may not see it. Other refusals: ${WRITE_ERRORS}.`,
  })
  updateAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, BY_ID) id: string,
    @Arg('input', () => UpdateAppointmentInput, { description: UPDATE_INPUT }) input: UpdateAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Appointment> {
    return this.service.update(ctx, { id: parseId(id, 'id') }, input, !!monthFirst, selectedFieldNames(info, []));
  }

  @Mutation(() => Appointment, {
    description: 'updateAppointment, naming the appointment by its external reference: the same roles, rules and errors.',
  })
  updateAppointmentByReference(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String, BY_REFERENCE) reference: string,
    @Arg('input', () => UpdateAppointmentInput, { description: UPDATE_INPUT }) input: UpdateAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Appointment> {
    return this.service.update(ctx, { reference }, input, !!monthFirst, selectedFieldNames(info, []));
  }

  @Mutation(() => UpsertAppointmentPayload, {
    description:
      'Inserts the appointment with this reference, or updates the fields sent on the existing one; race-free. Employees only ' +
      `(else permission-denied). missing-param for an empty reference or no start or end instant; other refusals: ${WRITE_ERRORS}.`,
  })
  upsertAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String, {
      description: 'The external reference naming the appointment (up to 100 characters): inserted when none has it, else updated.',
    })
    reference: string,
    @Arg('input', () => UpsertAppointmentInput, { description: 'The fields to insert, or to overwrite on the existing appointment.' })
    input: UpsertAppointmentInput,
    @Arg('monthFirst', () => Boolean, MONTH_FIRST) monthFirst: boolean | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UpsertAppointmentPayload> {
    return this.service.upsert(ctx, reference, input, !!monthFirst, selectedFieldNames(info, ['appointment']));
  }

  @Mutation(() => DeleteAppointmentPayload, {
    description:
      'Deletes an appointment and its contact links (customers, orders and contacts stay); employees only (else permission-denied). ' +
      'not-found when it does not exist; delete-failed when it is signed off.',
  })
  deleteAppointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID, BY_ID) id: string): Promise<DeleteAppointmentPayload> {
    return this.service.delete(ctx, { id: parseId(id, 'id') });
  }

  @Mutation(() => DeleteAppointmentPayload, {
    description: 'deleteAppointment, naming the appointment by its external reference: the same roles and errors.',
  })
  deleteAppointmentByReference(
    @Ctx() ctx: RequestContext,
    @Arg('reference', () => String, BY_REFERENCE) reference: string,
  ): Promise<DeleteAppointmentPayload> {
    return this.service.delete(ctx, { reference });
  }
}
