import { User } from '../database/entities';
import { connectionType } from '../graphql/connection.type';
import { connectionArgs, offsetListArgs } from '../graphql/list-args';
import { nameFilterInput } from '../graphql/name-filter.input';
import { registerNameSort } from '../graphql/name-sort.enum';
import { offsetPageType } from '../graphql/paging.type';
import { PhotographerSort } from './photographer.types';

/* The GraphQL types of the photographer lists: filter, sort, page, connection and their arguments. */

export { PhotographerSort };
registerNameSort(PhotographerSort, 'PhotographerSort', 'photographers');

export const PhotographerFilter = nameFilterInput('PhotographerFilter', 'photographer', 'photographers');

export const PhotographerPage = offsetPageType(User, 'Photographer', 'photographers');
export type PhotographerPage = InstanceType<typeof PhotographerPage>;

export const PhotographerConnection = connectionType(User, 'Photographer', 'photographer', 'photographers');
export type PhotographerConnection = InstanceType<typeof PhotographerConnection>;

export const PhotographerListArgs = offsetListArgs(PhotographerFilter, PhotographerSort, PhotographerSort.ID, 'photographers');
export const PhotographerConnectionArgs = connectionArgs(PhotographerFilter, PhotographerSort, PhotographerSort.ID, 'photographers');
