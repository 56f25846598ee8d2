import type { CatalogService } from '../services/catalogService';
import type { AreaHandlers } from './handlers';

export function catalogHandlers(
  catalog: CatalogService,
): AreaHandlers<
  'catalog:list' | 'catalog:get' | 'catalog:create-custom' | 'catalog:update-custom' | 'catalog:delete-custom'
> {
  return {
    'catalog:list': (filter) => catalog.list(filter),
    'catalog:get': ({ id }) => catalog.get(id),
    'catalog:create-custom': ({ certification }) => catalog.createCustom(certification),
    'catalog:update-custom': ({ id, certification }) => catalog.updateCustom(id, certification),
    'catalog:delete-custom': ({ id }) => catalog.deleteCustom(id),
  };
}
