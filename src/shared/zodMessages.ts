import { z } from 'zod';

/**
 * Plain-language defaults for the messages zod writes itself (a missing field, a wrong type), so
 * a person never reads "expected string, received undefined". Specific messages in the schemas win.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined || issue.input === null) return 'Required';
      if (issue.expected === 'number') return 'Must be a number';
      if (issue.expected === 'string') return 'Must be text';
      if (issue.expected === 'boolean') return 'Must be yes or no';
      if (issue.expected === 'array') return 'Must be a list';
      if (issue.expected === 'object') return 'Must be an object';
    }
    if (issue.code === 'unrecognized_keys') return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    return undefined;
  },
});
