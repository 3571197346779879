import { AppointmentCategory } from '../database/entities';
import { connectionType } from '../graphql/connection.type';
import { connectionArgs, offsetListArgs } from '../graphql/list-args';
import { nameFilterInput } from '../graphql/name-filter.input';
import { registerNameSort } from '../graphql/name-sort.enum';
import { offsetPageType } from '../graphql/paging.type';
import { AppointmentCategorySort } from './appointment-category.types';

/* The GraphQL types of the appointment category lists: filter, sort, page, connection and their arguments. */

export { AppointmentCategorySort };
registerNameSort(AppointmentCategorySort, 'AppointmentCategorySort', 'appointment categories');

export const AppointmentCategoryFilter = nameFilterInput('AppointmentCategoryFilter', 'category', 'appointment categories');

export const AppointmentCategoryPage = offsetPageType(AppointmentCategory, 'AppointmentCategory', 'appointment categories');
export type AppointmentCategoryPage = InstanceType<typeof AppointmentCategoryPage>;

export const AppointmentCategoryConnection = connectionType(
  AppointmentCategory,
  'AppointmentCategory',
  'appointment category',
  'appointment categories',
);
export type AppointmentCategoryConnection = InstanceType<typeof AppointmentCategoryConnection>;

const PLURAL = 'appointment categories';
export const AppointmentCategoryListArgs = offsetListArgs(
  AppointmentCategoryFilter,
  AppointmentCategorySort,
  AppointmentCategorySort.ID,
  PLURAL,
);
export const AppointmentCategoryConnectionArgs = connectionArgs(
  AppointmentCategoryFilter,
  AppointmentCategorySort,
  AppointmentCategorySort.ID,
  PLURAL,
);
