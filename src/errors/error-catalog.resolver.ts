import { Query, Resolver } from 'type-graphql';
import { ERROR_CATALOG, ErrorCode } from './error-code';
import { ErrorCatalogEntry } from './error-catalog.type';

@Resolver()
export class ErrorCatalogResolver {
  @Query(() => [ErrorCatalogEntry], { description: 'Every error code the gateway answers with, and its HTTP status.' })
  errorCatalog(): ErrorCatalogEntry[] {
    return Object.values(ErrorCode).map((code) => ({ code, value: code, ...ERROR_CATALOG[code] }));
  }
}
