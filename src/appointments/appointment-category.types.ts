import type { ConnectionArgs, ConnectionPage, OffsetListArgs, OffsetPage } from '../domain/list-pages';
import type { NameFilterFields } from '../domain/named-records';
import type { AppointmentCategory } from '../database/entities';

/** The orders a list of appointment categories can be sorted in; ties are always broken by id. */
export enum AppointmentCategorySort {
  ID = 'ID',
  NAME = 'NAME',
  REFERENCE = 'REFERENCE',
}

export type AppointmentCategoryListArgs = OffsetListArgs<NameFilterFields, AppointmentCategorySort>;
export type AppointmentCategoryConnectionArgs = ConnectionArgs<NameFilterFields, AppointmentCategorySort>;
export type AppointmentCategoryPageResult = OffsetPage<AppointmentCategory>;
export type AppointmentCategoryConnectionResult = ConnectionPage<AppointmentCategory>;
