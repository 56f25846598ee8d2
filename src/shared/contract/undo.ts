import { UndoRestoreInputSchema, UndoRestoredSchema } from '../schemas/undo';
import { defineMethods } from './define';

export const undoMethods = defineMethods({
  'undo:restore': {
    input: UndoRestoreInputSchema,
    output: UndoRestoredSchema,
    summary: 'Bring back a deleted record with its links and evidence, unless something changed since',
  },
});
