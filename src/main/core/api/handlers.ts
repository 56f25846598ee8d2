import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** One handler per contract method; the type makes a missing or mistyped handler a compile error. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** The slice of the table for one area, e.g. `AreaHandlers<'catalog:list' | 'catalog:get'>`. */
export type AreaHandlers<M extends MethodName> = { [K in M]: Handler<K> };
